package com.novastoryteller.account.internal;

import java.time.Duration;
import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.core.env.Environment;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.stereotype.Component;

import com.novastoryteller.Application;

/**
 * Deletes the throttle buckets that are full again, every few minutes, on every node (a delete that another node
 * did first deletes nothing). Its own scheduler thread, as Spring Session's cleanup of expired sessions has.
 */
@Component
class ThrottleBucketCleanup implements SmartLifecycle {

    static final Duration EVERY = Duration.ofMinutes(10);

    private static final Logger log = LoggerFactory.getLogger(ThrottleBucketCleanup.class);

    private final ThrottleBuckets buckets;
    private final boolean serving;
    private @Nullable ThreadPoolTaskScheduler scheduler;

    ThrottleBucketCleanup(ThrottleBuckets buckets, Environment environment) {
        this.buckets = buckets;
        this.serving = !Application.runsCommand(environment);
    }

    @Override
    public synchronized void start() {
        if (serving && scheduler == null) {
            ThreadPoolTaskScheduler started = new ThreadPoolTaskScheduler();
            started.setThreadNamePrefix("throttle-cleanup-");
            started.setDaemon(true);
            started.initialize();
            started.scheduleWithFixedDelay(this::deleteFull, Instant.now().plus(EVERY), EVERY);
            scheduler = started;
        }
    }

    private void deleteFull() {
        try {
            buckets.deleteFull();
        }
        catch (RuntimeException e) {
            log.warn("Could not delete the full throttle buckets; will try again in {}: {}", EVERY, e.getMessage());
        }
    }

    @Override
    public synchronized void stop() {
        ThreadPoolTaskScheduler running = scheduler;
        if (running != null) {
            running.shutdown();
            scheduler = null;
        }
    }

    @Override
    public boolean isRunning() {
        return scheduler != null;
    }
}
