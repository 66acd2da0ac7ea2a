package com.novastoryteller.support;

import java.util.concurrent.atomic.AtomicBoolean;

import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

/**
 * The shared PostgreSQL and MariaDB test databases are wiped once per test run, then migrated, so
 * each run starts from the migrations alone and proves they run unchanged on every database.
 */
@Configuration(proxyBeanMethods = false)
@Profile("test")
class FreshDatabase {

    private static final AtomicBoolean cleaned = new AtomicBoolean();

    @Bean
    FlywayMigrationStrategy cleanOncePerRun() {
        return flyway -> {
            if (cleaned.compareAndSet(false, true)) {
                flyway.clean();
            }
            flyway.migrate();
        };
    }
}
