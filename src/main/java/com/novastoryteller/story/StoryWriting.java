package com.novastoryteller.story;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.novastoryteller.engine.StoryRequest;

/**
 * The story module's face to the generation pipeline: what to write, and a place to put each title,
 * part and segment as it is written. Each call is its own transaction, so what is written survives a
 * crash; writing the same segment twice is refused by its key.
 */
@Service
@Transactional
public class StoryWriting {

    private final StoryRepository stories;
    private final StoryText text;
    private final StoryEvents events;
    private final Clock clock;

    StoryWriting(StoryRepository stories, StoryText text, StoryEvents events, Clock clock) {
        this.stories = stories;
        this.text = text;
        this.events = events;
        this.clock = clock;
    }

    /** The request to write a revision, and how many of its segments are already stored. */
    @Transactional(readOnly = true)
    public WritingOrder order(UUID storyId, int revision) {
        Story story = find(storyId);
        List<String> modifications = text.instructionsUpTo(storyId, revision);
        var request = new StoryRequest(story.prompt(), story.template(), story.ageBand(), story.length(),
                story.language(), List.of(), story.imageDescription(), modifications,
                story.title().isBlank() ? null : story.title(), story.seed() + revision - 1);
        return new WritingOrder(request, text.segmentCount(storyId, revision), story.revision() == revision);
    }

    public void title(UUID storyId, String title) {
        Story story = find(storyId);
        story.nameIfUntitled(title, clock.instant());
        stories.save(story);
    }

    public void part(UUID storyId, int revision, int index, String title) {
        if (text.addPart(storyId, revision, index, title)) {
            events.publishAfterCommit(storyId, "part", new StoryEvents.PartEvent(index, title, revision));
        }
    }

    public void segment(UUID storyId, int revision, StorySegment segment) {
        text.addSegment(storyId, revision, segment);
        events.publishAfterCommit(storyId, "segment", new StoryEvents.SegmentEvent(segment.seq(), segment.part(),
                segment.speaker(), segment.text(), revision));
    }

    /** The segments of a revision, in order. */
    @Transactional(readOnly = true)
    public List<StorySegment> segments(UUID storyId, int revision) {
        return text.segments(storyId, revision);
    }

    /** Tells whoever watches the story that a segment can now be heard. */
    public void audio(UUID storyId, int revision, int seq, String url, long durationMs) {
        events.publishAfterCommit(storyId, "audio", new StoryEvents.AudioEvent(seq, url, durationMs, revision));
    }

    public void finish(UUID storyId, int revision) {
        Story story = find(storyId);
        story.markReady(revision, clock.instant());
        stories.save(story);
        events.publishAfterCommit(storyId, "done", new StoryEvents.DoneEvent("ready", revision, story.title()));
    }

    public void fail(UUID storyId, int revision, String reason) {
        Story story = find(storyId);
        story.markFailed(revision, reason, clock.instant());
        stories.save(story);
        events.publishAfterCommit(storyId, "error", new StoryEvents.ErrorEvent(reason, revision));
    }

    /** @param current false when a newer revision was asked for meanwhile, so this one need not be finished */
    public record WritingOrder(StoryRequest request, int segmentsWritten, boolean current) {
    }

    private Story find(UUID storyId) {
        return stories.findById(storyId).orElseThrow(() -> new StoryNotFound(storyId));
    }
}
