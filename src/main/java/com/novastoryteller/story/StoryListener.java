package com.novastoryteller.story;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * One open event stream. Until it goes live it is sent what was already written (or missed); events that arrive
 * meanwhile wait. Live, it sends each event once, in the order of their numbers: an event that comes before an
 * earlier one (written on this node while the earlier one, from another node, is still to be read) waits for it.
 */
final class StoryListener {

    // Payloads are JSON text; without a charset the String converter would write them as ISO-8859-1.
    private static final MediaType JSON = new MediaType("application", "json", StandardCharsets.UTF_8);

    final UUID storyId;
    final SseEmitter emitter;
    private final Map<Long, StoryEvent> waiting = new TreeMap<>();
    private long sent;
    private boolean live;
    private boolean ended;

    StoryListener(UUID storyId, SseEmitter emitter) {
        this.storyId = storyId;
        this.emitter = emitter;
    }

    /** Sends an event that is not in the table (what the story is now); {@code seq} is the id it carries, if any. */
    synchronized void send(String kind, String payload, @Nullable Long seq) {
        if (ended) {
            return;
        }
        try {
            SseEmitter.SseEventBuilder event = SseEmitter.event().name(kind).data(payload, JSON);
            emitter.send(seq == null ? event : event.id(Long.toString(seq)));
            if (StoryEvent.endsStream(kind)) {
                end();
            }
        }
        catch (IOException | IllegalStateException goneAway) {
            ended = true;
            emitter.completeWithError(goneAway);
        }
    }

    /** Starts sending live events after number {@code seq}. */
    synchronized void goLive(long seq) {
        sent = seq;
        live = true;
        sendWaiting();
    }

    /** Takes an event for sending; answers whether it waits for events still to be read. */
    synchronized boolean offer(StoryEvent event) {
        if (ended || (live && event.seq() <= sent)) {
            return false;
        }
        waiting.put(event.seq(), event);
        return live && sendWaiting();
    }

    private boolean sendWaiting() {
        var next = waiting.entrySet().iterator();
        while (next.hasNext() && !ended) {
            StoryEvent event = next.next().getValue();
            if (event.seq() > sent + 1) {
                return true;
            }
            next.remove();
            if (event.seq() == sent + 1) {
                sent = event.seq();
                send(event.kind(), event.payload(), event.seq());
            }
        }
        return false;
    }

    /** The number of the last event sent, or -1 while the stream is not live yet. */
    synchronized long lastSent() {
        return live && !ended ? sent : -1;
    }

    synchronized boolean hasEnded() {
        return ended;
    }

    /** Ends the stream; a browser's EventSource reconnects (through a balancer, perhaps to another node). */
    synchronized void end() {
        if (!ended) {
            ended = true;
            emitter.complete();
        }
    }
}
