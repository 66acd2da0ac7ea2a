package com.novastoryteller.story;

import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * This node's listeners, and the thread that brings them the events other nodes write. Events written here are
 * handed over at once after their commit ({@link #deliver}); those of other nodes are read from the table every
 * {@code storyteller.events.poll-interval} while the node has listeners, and at once for a story when a
 * PostgreSQL notification or a listener that misses an event asks ({@link #readSoon}).
 */
@Component
class StoryEventFeed implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(StoryEventFeed.class);

    private final StoryEventLog eventLog;
    private final Duration pollInterval;
    private final Map<UUID, List<StoryListener>> listeners = new ConcurrentHashMap<>();
    private final Set<UUID> asked = ConcurrentHashMap.newKeySet();
    private final Object news = new Object();
    private volatile @Nullable Thread reader;

    StoryEventFeed(StoryEventLog eventLog, StoryEventProperties properties) {
        this.eventLog = eventLog;
        this.pollInterval = properties.pollInterval();
    }

    /** A new listener on the story; it sends no events until {@link StoryListener#goLive}. */
    StoryListener listen(UUID storyId, SseEmitter emitter) {
        StoryListener listener = new StoryListener(storyId, emitter);
        listeners.computeIfAbsent(storyId, id -> new CopyOnWriteArrayList<>()).add(listener);
        Runnable remove = () -> forget(listener);
        emitter.onCompletion(remove);
        emitter.onTimeout(remove);
        emitter.onError(error -> remove.run());
        synchronized (news) {
            news.notifyAll();
        }
        return listener;
    }

    /** Hands committed events to this node's listeners, each story's in order. */
    void deliver(Collection<StoryEvent> events) {
        for (StoryEvent event : events) {
            for (StoryListener listener : listeners.getOrDefault(event.storyId(), List.of())) {
                if (listener.offer(event)) {
                    readSoon(event.storyId());
                }
                if (listener.hasEnded()) {
                    forget(listener);
                }
            }
        }
    }

    /** Reads the story's new events now rather than at the next poll. */
    void readSoon(UUID storyId) {
        asked.add(storyId);
        synchronized (news) {
            news.notifyAll();
        }
    }

    private void forget(StoryListener listener) {
        listeners.computeIfPresent(listener.storyId, (id, forStory) -> {
            forStory.remove(listener);
            return forStory.isEmpty() ? null : forStory;
        });
    }

    private void readForever() {
        long lastPoll = 0;
        while (reader == Thread.currentThread()) {
            try {
                long sincePoll = System.nanoTime() - lastPoll;
                if (sincePoll >= pollInterval.toNanos() && !listeners.isEmpty()) {
                    asked.clear();
                    read(listeners.keySet());
                    lastPoll = System.nanoTime();
                }
                else if (!asked.isEmpty()) {
                    Set<UUID> stories = new HashSet<>(asked);
                    asked.removeAll(stories);
                    read(stories);
                }
                else {
                    awaitNews(listeners.isEmpty() ? 0 : pollInterval.toNanos() - sincePoll);
                }
            }
            catch (InterruptedException stopping) {
                return;
            }
            catch (RuntimeException e) {
                // The database may be restarting; the listeners keep their place and the next poll catches up.
                log.warn("Could not read story events: {}", e.toString());
                lastPoll = System.nanoTime();
            }
        }
    }

    private void awaitNews(long nanos) throws InterruptedException {
        synchronized (news) {
            if (asked.isEmpty()) {
                if (nanos <= 0) {
                    news.wait(listeners.isEmpty() ? 0 : 1);
                }
                else {
                    news.wait(Math.max(1, nanos / 1_000_000), (int) (nanos % 1_000_000));
                }
            }
        }
    }

    private void read(Collection<UUID> stories) {
        Map<UUID, Long> after = new HashMap<>();
        for (UUID storyId : stories) {
            listeners.getOrDefault(storyId, List.of()).stream().mapToLong(StoryListener::lastSent).filter(seq -> seq >= 0)
                .min().ifPresent(seq -> after.put(storyId, seq));
        }
        if (!after.isEmpty()) {
            deliver(eventLog.after(after));
        }
    }

    @Override
    public synchronized void start() {
        if (reader == null) {
            Thread started = new Thread(this::readForever, "story-events");
            started.setDaemon(true);
            reader = started;
            started.start();
        }
    }

    /** Ends every stream, so that browsers reconnect to a node that is not going away. */
    @Override
    public synchronized void stop() {
        Thread running = reader;
        reader = null;
        if (running != null) {
            running.interrupt();
        }
        listeners.values().forEach(forStory -> forStory.forEach(StoryListener::end));
        listeners.clear();
    }

    @Override
    public boolean isRunning() {
        return reader != null;
    }
}
