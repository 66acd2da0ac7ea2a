package com.novastoryteller.generation;

import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.IntConsumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.novastoryteller.engine.SafetyFilter;
import com.novastoryteller.engine.SafetyVerdict;
import com.novastoryteller.engine.StoryLine;
import com.novastoryteller.story.Sentences;
import com.novastoryteller.story.StorySegment;
import com.novastoryteller.story.StoryWriting;

/**
 * Takes the writer's lines one at a time and stores the story they make: the title, each part, and
 * each segment (a sentence of narration or a line of dialogue) the moment it is complete, and the choices
 * an interactive story offers; and says when a part that got new text is finished (so it can be
 * illustrated while the next is written). A resumed job replays the same lines and skips the segments stored before
 * the interruption.
 */
class StoryAssembler {

    private static final Logger log = LoggerFactory.getLogger(StoryAssembler.class);
    /** What the story's and the task's notice columns hold. */
    private static final int NOTICE_LENGTH = 300;

    private final StoryWriting writing;
    private final SafetyFilter safety;
    private final UUID storyId;
    private final int revision;
    private final int alreadyStored;
    private final IntConsumer partsStarted;
    private final Consumer<StorySegment> stored;
    private final IntConsumer partFinished;
    private final Consumer<String> noticed;
    private boolean partHasNewText;
    private int part;
    private int seq;
    private int choices;

    /**
     * @param firstSeq  the first segment's number: after those kept from the revision this one carries on
     * @param lastPart  the part those kept segments end in, which new segments join until the next {@code PART:}
     */
    StoryAssembler(StoryWriting writing, SafetyFilter safety, UUID storyId, int revision, int alreadyStored,
            int firstSeq, int lastPart, IntConsumer partsStarted, Consumer<StorySegment> stored, IntConsumer partFinished,
            Consumer<String> noticed) {
        this.partFinished = partFinished;
        this.noticed = noticed;
        this.writing = writing;
        this.safety = safety;
        this.storyId = storyId;
        this.revision = revision;
        this.alreadyStored = alreadyStored;
        this.seq = firstSeq;
        this.part = lastPart;
        this.partsStarted = partsStarted;
        this.stored = stored;
    }

    void accept(String line) {
        StoryLine.parse(line).ifPresent(read -> {
            switch (read.label()) {
                case StoryLine.TITLE -> writing.title(storyId, read.content());
                case StoryLine.PART -> startPart(read.content());
                case StoryLine.CHOICE -> offer(read.content());
                case StoryLine.NOTICE -> noticed.accept(read.content().length() > NOTICE_LENGTH
                        ? read.content().substring(0, NOTICE_LENGTH) : read.content());
                case StorySegment.NARRATOR -> Sentences.split(read.content()).forEach(sentence -> speak(read.label(), sentence));
                default -> speak(read.label(), read.content());
            }
        });
    }

    /** The writer is done: the last part that got new text is finished too. */
    void finish() {
        if (partHasNewText) {
            partFinished.accept(part);
            partHasNewText = false;
        }
    }

    /** How many segments the revision has: those it kept and those written. */
    int segments() {
        return seq;
    }

    private void offer(String option) {
        if (safety.check(option).isSafe()) {
            writing.choice(storyId, revision, choices++, option.length() > 200 ? option.substring(0, 200) : option);
        }
    }

    private void startPart(String title) {
        finish();
        part++;
        writing.part(storyId, revision, part, title);
        partsStarted.accept(part + 1);
    }

    private void speak(String speaker, String text) {
        if (part < 0) {
            startPart("Once upon a time");
        }
        SafetyVerdict verdict = safety.checkWritten(text);
        if (!verdict.isSafe()) {
            log.warn("Left out a line the writer produced for story {}, read as {}", storyId, verdict.categories());
            return;
        }
        int next = seq++;
        partHasNewText = true;
        if (next >= alreadyStored) {
            StorySegment segment = new StorySegment(next, part, speaker, text);
            writing.segment(storyId, revision, segment);
            stored.accept(segment);
        }
    }
}
