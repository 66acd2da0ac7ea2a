package com.novastoryteller.narration;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.core.env.MapPropertySource;

import com.novastoryteller.Application;
import com.novastoryteller.engine.Narrator;
import com.novastoryteller.engine.NarratorVoice;
import com.novastoryteller.engine.Speech;

/**
 * The voices are warmed when the server is ready, and never in a one-off command: there MaryTTS was still starting
 * when the command exited, which ended a successful createsuperuser with "MARY system is not running".
 */
class NarratorWarmUpTests {

    private final WarmingNarrator narrator = new WarmingNarrator();
    private final NarrationThreads threads = new NarrationThreads(2);
    private final NarratorWarmUp warmUp = new NarratorWarmUp(narrator, threads, new Mp3Encoder(), true);

    @Test
    void aOneOffCommandStartsNoVoices() {
        warmUp.warm(ready(Map.of(Application.COMMAND_PROPERTY, "createsuperuser")));
        warmUp.warmed().join();
        threads.destroy();

        assertThat(narrator.warmUps).hasValue(0);
    }

    @Test
    void theServerWarmsTheVoicesOnEveryNarrationThread() {
        warmUp.warm(ready(Map.of()));
        warmUp.warmed().join();
        threads.destroy();

        assertThat(narrator.warmUps).hasValue(2);
    }

    private static ApplicationReadyEvent ready(Map<String, Object> properties) {
        GenericApplicationContext context = new GenericApplicationContext();
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("test", properties));
        return new ApplicationReadyEvent(new SpringApplication(Application.class), new String[0], context, Duration.ZERO);
    }

    private static final class WarmingNarrator implements Narrator {

        final AtomicInteger warmUps = new AtomicInteger();

        @Override
        public List<NarratorVoice> voices() {
            return List.of();
        }

        @Override
        public boolean speaks(String language) {
            return true;
        }

        @Override
        public Speech speak(String text, String voice) {
            return new Speech(new byte[4800], 24_000, List.of());
        }

        @Override
        public String edition() {
            return "test";
        }

        @Override
        public void warmUp() {
            warmUps.incrementAndGet();
        }
    }
}
