package com.novastoryteller.generation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * What Prometheus sees of story writing: stories written and given up on, how long each took from the request,
 * and how many jobs wait in the queue.
 */
@Component
class GenerationMetrics {

    private final Counter ready;
    private final Counter failed;
    private final Timer duration;
    private final Clock clock;

    GenerationMetrics(MeterRegistry registry, JdbcClient jdbc, Clock clock) {
        this.clock = clock;
        this.ready = Counter.builder("storyteller.stories.generated").tag("outcome", "ready")
                .description("Stories (and revisions) written to the end").register(registry);
        this.failed = Counter.builder("storyteller.stories.generated").tag("outcome", "failed")
                .description("Stories (and revisions) given up on after every retry").register(registry);
        this.duration = Timer.builder("storyteller.generation.duration")
                .description("From the request to the whole story written").publishPercentileHistogram()
                .minimumExpectedValue(Duration.ofMillis(100)).maximumExpectedValue(Duration.ofMinutes(10))
                .register(registry);
        Gauge.builder("storyteller.jobs.waiting", jdbc, GenerationMetrics::waiting)
                .description("Story jobs queued and not yet picked up by any instance").register(registry);
    }

    void written(Instant requestedAt) {
        ready.increment();
        duration.record(Duration.between(requestedAt, clock.instant()));
    }

    void gaveUp() {
        failed.increment();
    }

    private static double waiting(JdbcClient jdbc) {
        return jdbc.sql("SELECT COUNT(*) FROM scheduled_tasks WHERE picked = FALSE").query(Long.class).single();
    }
}
