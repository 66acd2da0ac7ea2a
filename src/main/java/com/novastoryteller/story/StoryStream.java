package com.novastoryteller.story;

import java.util.List;
import java.util.Map;

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

    StoryStream(StoryEvents events, StoryText text) {
        this.events = events;
        this.text = text;
    }

    SseEmitter open(StoryView story) {
        SseEmitter emitter = events.subscribe(story.id());
        int revision = story.revision();
        StoryEvents.send(emitter, "status", new StoryEvents.StatusEvent(story.status().id(), revision));
        Map<Integer, String> partTitles = text.partTitles(story.id(), revision);
        List<StorySegment> segments = text.segments(story.id(), revision);
        partTitles.forEach((index, title) -> {
            StoryEvents.send(emitter, "part", new StoryEvents.PartEvent(index, title, revision));
            segments.stream().filter(segment -> segment.part() == index).forEach(segment -> StoryEvents.send(emitter,
                    "segment", new StoryEvents.SegmentEvent(segment.seq(), index, segment.speaker(), segment.text(), revision)));
        });
        if (story.status() == StoryStatus.READY) {
            StoryEvents.send(emitter, "done", new StoryEvents.DoneEvent("ready", revision, story.title()));
            emitter.complete();
        }
        else if (story.status() == StoryStatus.FAILED) {
            StoryEvents.send(emitter, "error", new StoryEvents.ErrorEvent(String.valueOf(story.failure()), revision));
            emitter.complete();
        }
        return emitter;
    }
}
