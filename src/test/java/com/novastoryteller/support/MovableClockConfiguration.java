package com.novastoryteller.support;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * Puts a {@link MovableClock} in the place of the application's {@link Clock}. Every {@link ApplicationTest} imports
 * it, so the tests still share their application contexts; until a test moves it, it tells the real time. Imported,
 * not a {@code @TestConfiguration}: the benches start the application with the test classes, and would scan one.
 */
public class MovableClockConfiguration {

    @Bean
    @Primary
    MovableClock movableClock() {
        return new MovableClock();
    }
}
