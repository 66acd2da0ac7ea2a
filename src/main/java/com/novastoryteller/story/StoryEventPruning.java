package com.novastoryteller.story;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Deletes story events once they are older than {@code storyteller.events.keep}: a client that reconnects later
 * is sent the story as it stands instead. Every node prunes; a second deletion finds nothing to delete.
 */
@Component
class StoryEventPruning implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(StoryEventPruning.class);

    private final StoryEventLog eventLog;
    private final Clock clock;
    private final Duration keep;
    private final Duration interval;
    private volatile @Nullable ScheduledExecutorService schedule;

    StoryEventPruning(StoryEventLog eventLog, Clock clock, StoryEventProperties properties) {
        this.eventLog = eventLog;
        this.clock = clock;
        this.keep = properties.keep();
        this.interval = properties.pruneInterval();
    }

    /** Deletes the events written more than {@code keep} ago; answers how many. */
    int prune() {
        return eventLog.deleteWrittenBefore(clock.instant().minus(keep));
    }

    private void pruneQuietly() {
        try {
            int pruned = prune();
            log.debug("Pruned {} story events", pruned);
        }
        catch (RuntimeException e) {
            log.warn("Could not prune story events: {}", e.toString());
        }
    }

    @Override
    public synchronized void start() {
        if (schedule == null) {
            ScheduledExecutorService started = Executors.newSingleThreadScheduledExecutor(task -> {
                Thread thread = new Thread(task, "story-events-pruning");
                thread.setDaemon(true);
                return thread;
            });
            started.scheduleWithFixedDelay(this::pruneQuietly, interval.toMillis(), interval.toMillis(),
                    TimeUnit.MILLISECONDS);
            schedule = started;
        }
    }

    @Override
    public synchronized void stop() {
        ScheduledExecutorService running = schedule;
        schedule = null;
        if (running != null) {
            running.shutdownNow();
        }
    }

    @Override
    public boolean isRunning() {
        return schedule != null;
    }
}
