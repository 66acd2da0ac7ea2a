package com.novastoryteller.story;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * Opens a story's event stream. A client that says which event it saw last ({@code Last-Event-ID}, sent by a
 * browser's EventSource when it reconnects, to this node or another) gets every event after it, then live ones.
 * A new client, or one whose events are no longer kept, gets first what is already written (so a late listener
 * misses nothing), then live events; a segment may come twice around the switch, and clients keep the first of
 * each seq.
 */
@Component
public class StoryStream {

    private final StoryEvents events;
    private final StoryEventLog eventLog;
    private final StoryText text;
    private final StoryRepository stories;

    StoryStream(StoryEvents events, StoryEventLog eventLog, StoryText text, StoryRepository stories) {
        this.events = events;
        this.eventLog = eventLog;
        this.text = text;
        this.stories = stories;
    }

    /** Subscribes first and reads the story after, so nothing that happens in between is missed. */
    public SseEmitter open(UUID storyId, OptionalLong lastSeen) {
        StoryListener listener = events.subscribe(storyId);
        try {
            long sent = lastSeen.isPresent() ? resume(listener, lastSeen.getAsLong()) : -1;
            events.goLive(listener, sent < 0 ? sendAsItStands(listener) : sent);
            return listener.emitter;
        }
        catch (RuntimeException e) {
            listener.end();
            throw e;
        }
    }

    /** Sends the events after {@code lastSeen}; answers the last one's number, or -1 when some are gone. */
    private long resume(StoryListener listener, long lastSeen) {
        List<StoryEvent> missed = eventLog.after(listener.storyId, lastSeen);
        boolean complete = missed.isEmpty() ? eventLog.lastSeq(listener.storyId) == lastSeen
                : missed.get(0).seq() == lastSeen + 1;
        if (!complete) {
            return -1;
        }
        missed.forEach(event -> listener.send(event.kind(), event.payload(), event.seq()));
        return missed.isEmpty() ? lastSeen : missed.get(missed.size() - 1).seq();
    }

    /**
     * Sends the story as it stands, in events; only the last carries an id (the latest event's number, read before
     * the story), so a client cut off half-way through is sent all of it again.
     */
    private long sendAsItStands(StoryListener listener) {
        long latest = eventLog.lastSeq(listener.storyId);
        Story story = stories.findById(listener.storyId).orElseThrow(() -> new StoryNotFound(listener.storyId));
        int revision = story.revision();
        List<Written> now = new ArrayList<>();
        now.add(new Written("status", new StoryEvents.StatusEvent(story.status().id(), revision)));
        Map<Integer, String> partTitles = text.partTitles(story.id(), revision);
        List<StorySegment> segments = text.segments(story.id(), revision);
        partTitles.forEach((index, title) -> {
            now.add(new Written("part", new StoryEvents.PartEvent(index, title, revision)));
            segments.stream().filter(segment -> segment.part() == index).forEach(segment -> now.add(new Written(
                    "segment", new StoryEvents.SegmentEvent(segment.seq(), index, segment.speaker(), segment.text(), revision))));
        });
        if (story.status() == StoryStatus.READY) {
            now.add(new Written("done", new StoryEvents.DoneEvent("ready", revision, story.title())));
        }
        else if (story.status() == StoryStatus.FAILED) {
            now.add(new Written("error", new StoryEvents.ErrorEvent(String.valueOf(story.failure()), revision)));
        }
        for (int i = 0; i < now.size(); i++) {
            listener.send(now.get(i).kind(), events.payload(now.get(i).data()), i == now.size() - 1 ? latest : null);
        }
        return latest;
    }

    /** Part of the story as it stands, told as the event that announced it. */
    private record Written(String kind, Object data) {
    }
}
