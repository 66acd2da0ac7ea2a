package com.novastoryteller.story;

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
 * The live event stream of each story ({@code status}, {@code part}, {@code segment}, {@code done},
 * {@code error}), for the pages and API clients that watch a story being written. Events are sent
 * once the change that caused them is committed, so a client that reacts by reading sees it.
 */
@Component
class StoryEvents {

    // Long enough for the longest story to be written; the browser's EventSource reconnects after it.
    private static final Duration STREAM_TIMEOUT = Duration.ofMinutes(10);

    private final Map<UUID, List<SseEmitter>> listeners = new ConcurrentHashMap<>();

    SseEmitter subscribe(UUID storyId) {
        SseEmitter emitter = new SseEmitter(STREAM_TIMEOUT.toMillis());
        List<SseEmitter> forStory = listeners.computeIfAbsent(storyId, id -> new CopyOnWriteArrayList<>());
        forStory.add(emitter);
        Runnable remove = () -> forStory.remove(emitter);
        emitter.onCompletion(remove);
        emitter.onTimeout(remove);
        emitter.onError(error -> remove.run());
        return emitter;
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
        boolean last = "done".equals(name) || "error".equals(name);
        List<SseEmitter> forStory = last ? listeners.remove(storyId) : listeners.get(storyId);
        for (SseEmitter emitter : forStory == null ? List.<SseEmitter>of() : forStory) {
            if (send(emitter, name, data) && last) {
                emitter.complete();
            }
        }
    }

    static boolean send(SseEmitter emitter, String name, Object data) {
        try {
            emitter.send(SseEmitter.event().name(name).data(data));
            return true;
        }
        catch (IOException | IllegalStateException goneAway) {
            emitter.completeWithError(goneAway);
            return false;
        }
    }

    record StatusEvent(String status, int revision) {
    }

    record PartEvent(int index, String title, int revision) {
    }

    record SegmentEvent(int seq, int part, String speaker, String text, int revision) {
    }

    record DoneEvent(String status, int revision, String title) {
    }

    record ErrorEvent(String message, int revision) {
    }
}
