package com.novastoryteller.story;

import org.jspecify.annotations.Nullable;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The live event stream of each story ({@code status}, {@code part}, {@code segment}, {@code audio},
 * {@code done}, {@code error}), for the pages and API clients that watch a story being written. Events are sent
 * once the change that caused them is committed, so a client that reacts by reading sees it.
 */
@Component
class StoryEvents {

    // Long enough for the longest story to be written; the browser's EventSource reconnects after it.
    private static final Duration STREAM_TIMEOUT = Duration.ofMinutes(10);

    private final Map<UUID, List<Listener>> listeners = new ConcurrentHashMap<>();

    /** A new listener; live events wait until {@link Listener#goLive()}, after what it was sent first. */
    Listener subscribe(UUID storyId) {
        Listener listener = new Listener(new SseEmitter(STREAM_TIMEOUT.toMillis()));
        List<Listener> forStory = listeners.computeIfAbsent(storyId, id -> new CopyOnWriteArrayList<>());
        forStory.add(listener);
        Runnable remove = () -> forStory.remove(listener);
        listener.emitter.onCompletion(remove);
        listener.emitter.onTimeout(remove);
        listener.emitter.onError(error -> remove.run());
        return listener;
    }

    void publishAfterCommit(UUID storyId, String name, Object data) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    publish(storyId, name, data);
                }
            });
        }
        else {
            publish(storyId, name, data);
        }
    }

    private void publish(UUID storyId, String name, Object data) {
        List<Listener> forStory = isLast(name) ? listeners.remove(storyId) : listeners.get(storyId);
        for (Listener listener : forStory == null ? List.<Listener>of() : forStory) {
            listener.deliver(name, data);
        }
    }

    private static boolean isLast(String name) {
        return "done".equals(name) || "error".equals(name);
    }

    /** One open stream: what was already written goes first, live events queue behind it. */
    static final class Listener {

        final SseEmitter emitter;
        private final List<Object[]> waiting = new java.util.ArrayList<>();
        private boolean live;

        private Listener(SseEmitter emitter) {
            this.emitter = emitter;
        }

        synchronized void send(String name, Object data) {
            try {
                emitter.send(SseEmitter.event().name(name).data(data));
                if (isLast(name)) {
                    emitter.complete();
                }
            }
            catch (IOException | IllegalStateException goneAway) {
                emitter.completeWithError(goneAway);
            }
        }

        synchronized void deliver(String name, Object data) {
            if (live) {
                send(name, data);
            }
            else {
                waiting.add(new Object[] { name, data });
            }
        }

        synchronized void goLive() {
            waiting.forEach(event -> send((String) event[0], event[1]));
            waiting.clear();
            live = true;
        }
    }

    record StatusEvent(String status, int revision) {
    }

    record PartEvent(int index, String title, int revision) {
    }

    record SegmentEvent(int seq, int part, String speaker, String text, int revision) {
    }

    record AudioEvent(int seq, String audio, long durationMs, int revision) {
    }

    record IllustrationEvent(int part, @Nullable String illustration, int revision) {
    }

    record ChoiceEvent(int index, String text, int revision) {
    }

    record DoneEvent(String status, int revision, String title) {
    }

    record ErrorEvent(String message, int revision) {
    }
}
