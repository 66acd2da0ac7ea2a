package com.novastoryteller.story;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.novastoryteller.account.AccountArchive;
import com.novastoryteller.engine.Continuation;
import com.novastoryteller.engine.Scene;
import com.novastoryteller.engine.StoryLine;
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
    private final StoryCast cast;

    StoryWriting(StoryRepository stories, StoryText text, StoryEvents events, Clock clock, StoryCast cast) {
        this.cast = cast;
        this.stories = stories;
        this.text = text;
        this.events = events;
        this.clock = clock;
    }

    /**
     * The request to write a revision, and how many of its segments are already stored. A revision that
     * carries on from another (an interruption, a next part, a choice) asks for the rest of the story, told
     * after the segments it kept, with the same seed as the story it carries on.
     */
    @Transactional(readOnly = true)
    public WritingOrder order(UUID storyId, int revision) {
        Story story = find(storyId);
        List<StoryText.RevisionRow> lineage = text.lineage(storyId, revision);
        if (lineage.isEmpty()) {
            throw new StoryNotFound(storyId);
        }
        StoryText.RevisionRow row = lineage.get(0);
        int kept = row.keptSegments() == null ? 0 : row.keptSegments();
        List<StorySegment> segments = text.segments(storyId, revision);
        List<StorySegment> keptSegments = segments.subList(0, Math.min(kept, segments.size()));
        Continuation continuation = continuation(storyId, row, keptSegments, lineage);
        // A revision that carries on keeps the seed of the one first written, so the hero, friends and places stay.
        int writtenFromStart = lineage.get(lineage.size() - 1).revision();
        long seed = story.seed() + (continuation == null ? revision : writtenFromStart) - 1;
        var request = new StoryRequest(story.prompt(), story.template(), story.ageBand(), story.length(),
                story.language(), cast.members(storyId).stream().map(StoryCast.Member::forWriter).toList(),
                story.imageDescription(), text.modificationsUpTo(storyId, revision),
                story.title().isBlank() ? null : story.title(), seed, story.interactive(), continuation);
        int lastPart = keptSegments.isEmpty() ? -1 : keptSegments.get(keptSegments.size() - 1).part();
        return new WritingOrder(request, segments.size(), story.revision() == revision, kept, lastPart, story.ownerId());
    }

    private @Nullable Continuation continuation(UUID storyId, StoryText.RevisionRow row, List<StorySegment> kept,
            List<StoryText.RevisionRow> lineage) {
        Continuation.Kind kind = switch (row.reason()) {
            case Revision.INTERRUPTED -> Continuation.Kind.INTERRUPT;
            case Revision.CONTINUED -> Continuation.Kind.CONTINUE;
            case Revision.CHOSE -> Continuation.Kind.CHOOSE;
            default -> null;
        };
        if (kind == null) {
            return null;
        }
        List<String> soFar = new ArrayList<>();
        Map<Integer, String> titles = text.partTitles(storyId, row.revision());
        int part = -1;
        for (StorySegment segment : kept) {
            if (segment.part() != part) {
                part = segment.part();
                soFar.add(StoryLine.PART + ": " + titles.getOrDefault(part, ""));
            }
            soFar.add(segment.speaker() + ": " + segment.text());
        }
        return new Continuation(kind, soFar, row.instruction(), StoryText.path(lineage));
    }

    /** What the child asked for, in their words. */
    @Transactional(readOnly = true)
    public String prompt(UUID storyId) {
        return find(storyId).prompt();
    }

    /** How the library characters the story was asked to include are drawn, by name. */
    @Transactional(readOnly = true)
    public List<Scene.Figure> castFigures(UUID storyId) {
        return cast.members(storyId).stream().map(StoryCast.Member::figure).toList();
    }

    /** The voices the family chose for the story's library characters, by the speaker name of their lines. */
    @Transactional(readOnly = true)
    public Map<String, String> chosenVoices(UUID storyId) {
        return cast.voices(storyId);
    }

    /** Whether this revision is still the one the story shows; a newer one makes writing it pointless. */
    @Transactional(readOnly = true)
    public boolean isCurrent(UUID storyId, int revision) {
        return stories.findById(storyId).map(story -> story.revision() == revision).orElse(false);
    }

    /** A segment still to be heard, with whose story it is, while its revision is still the one the story shows. */
    @Transactional(readOnly = true)
    public Optional<SegmentToVoice> toVoice(UUID storyId, int revision, int seq) {
        return stories.findById(storyId).filter(story -> story.revision() == revision)
            .flatMap(story -> text.segment(storyId, revision, seq).map(segment -> new SegmentToVoice(story.ownerId(), segment)));
    }

    public record SegmentToVoice(UUID ownerId, StorySegment segment) {
    }

    public void choice(UUID storyId, int revision, int index, String option) {
        if (text.addChoice(storyId, revision, index, option)) {
            events.publishAfterCommit(storyId, "choice", new StoryEvents.ChoiceEvent(index, option, revision));
        }
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

    /** Every revision's segments, by revision, for forgetting all that was ever said of a story. */
    @Transactional(readOnly = true)
    public Map<Integer, List<StorySegment>> everyRevision(UUID storyId) {
        return text.everyRevision(storyId);
    }

    /** Which of these sentences a story other than this one also says. */
    @Transactional(readOnly = true)
    public Set<String> toldElsewhere(UUID storyId, Collection<String> sentences) {
        return text.toldElsewhere(storyId, sentences);
    }

    /** Each of a family's stories (hidden and deleted ones too) with its current revision, oldest first. */
    @Transactional(readOnly = true)
    public Map<UUID, Integer> currentRevisions(UUID ownerId) {
        Map<UUID, Integer> revisions = new LinkedHashMap<>();
        stories.findByOwnerIdOrderByCreatedAt(ownerId).forEach(story -> revisions.put(story.id(), story.revision()));
        return revisions;
    }

    /**
     * Where each of a family's stories (hidden and deleted ones too) is in the family's download: a folder named
     * after its title, the same for every module that puts something of the story there.
     */
    @Transactional(readOnly = true)
    public Map<UUID, String> archiveFolders(UUID ownerId) {
        LinkedHashMap<UUID, String> titles = new LinkedHashMap<>();
        stories.findByOwnerIdOrderByCreatedAt(ownerId).forEach(story -> titles.put(story.id(), story.title()));
        return AccountArchive.storyFolders(titles);
    }

    /**
     * A part's picture is drawn and kept under {@code key}, with what it shows in words (its alt text); whoever
     * watches the story is told.
     */
    public void illustration(UUID storyId, int revision, int part, String key, String description) {
        text.illustrate(storyId, revision, part, key, description);
        events.publishAfterCommit(storyId, "illustration", new StoryEvents.IllustrationEvent(part,
                StoryIllustrations.url(storyId, key), revision));
    }

    /** Tells whoever watches the story that a segment can now be heard. */
    public void audio(UUID storyId, int revision, int seq, String url, long durationMs) {
        events.publishAfterCommit(storyId, "audio", new StoryEvents.AudioEvent(seq, url, durationMs, revision));
    }

    public void finish(UUID storyId, int revision) {
        Story story = find(storyId);
        if (!story.markReady(revision, clock.instant())) {
            return;
        }
        stories.save(story);
        events.publishAfterCommit(storyId, "done", new StoryEvents.DoneEvent("ready", revision, story.title()));
    }

    /** A word for the family about how this revision was written ("the offline storyteller finished it"). */
    public void notice(UUID storyId, int revision, String text) {
        Story story = find(storyId);
        story.notice(revision, text, clock.instant());
        stories.save(story);
    }

    public void fail(UUID storyId, int revision, String reason) {
        Story story = find(storyId);
        story.markFailed(revision, reason, clock.instant());
        stories.save(story);
        events.publishAfterCommit(storyId, "error", new StoryEvents.ErrorEvent(reason, revision));
    }

    /**
     * @param current    false when a newer revision was asked for meanwhile, so this one need not be finished
     * @param kept       how many segments the revision kept from the one it carries on from
     * @param lastPart   the part the last kept segment belongs to (-1 when none was kept)
     * @param ownerId    the family the story is written for, who pays for any provider it uses
     */
    public record WritingOrder(StoryRequest request, int segmentsWritten, boolean current, int kept, int lastPart,
            UUID ownerId) {
    }

    private Story find(UUID storyId) {
        return stories.findById(storyId).orElseThrow(() -> new StoryNotFound(storyId));
    }
}
