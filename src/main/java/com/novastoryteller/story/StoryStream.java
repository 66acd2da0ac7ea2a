package com.novastoryteller.story;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * Opens a story's event stream: first what is already written (so a late listener misses nothing),
 * then live events. A segment may come twice around the switch; clients keep the first of each seq.
 */
@Component
class StoryStream {

    private final StoryEvents events;
    private final StoryText text;
    private final StoryRepository stories;

    StoryStream(StoryEvents events, StoryText text, StoryRepository stories) {
        this.events = events;
        this.text = text;
        this.stories = stories;
    }

    /** Subscribes first and reads the story after, so nothing that happens in between is missed. */
    SseEmitter open(UUID storyId) {
        StoryEvents.Listener listener = events.subscribe(storyId);
        Story story = stories.findById(storyId).orElseThrow(() -> new StoryNotFound(storyId));
        int revision = story.revision();
        listener.send("status", new StoryEvents.StatusEvent(story.status().id(), revision));
        Map<Integer, String> partTitles = text.partTitles(story.id(), revision);
        List<StorySegment> segments = text.segments(story.id(), revision);
        partTitles.forEach((index, title) -> {
            listener.send("part", new StoryEvents.PartEvent(index, title, revision));
            segments.stream().filter(segment -> segment.part() == index).forEach(segment -> listener.send("segment",
                    new StoryEvents.SegmentEvent(segment.seq(), index, segment.speaker(), segment.text(), revision)));
        });
        if (story.status() == StoryStatus.READY) {
            listener.send("done", new StoryEvents.DoneEvent("ready", revision, story.title()));
        }
        else if (story.status() == StoryStatus.FAILED) {
            listener.send("error", new StoryEvents.ErrorEvent(String.valueOf(story.failure()), revision));
        }
        listener.goLive();
        return listener.emitter;
    }
}
