package com.novastoryteller.generation;

import java.util.Locale;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.novastoryteller.engine.SafetyFilter;
import com.novastoryteller.story.Sentences;
import com.novastoryteller.story.StorySegment;
import com.novastoryteller.story.StoryWriting;

/**
 * Takes the writer's lines one at a time and stores the story they make: the title, each part, and
 * each segment (a sentence of narration or a line of dialogue) the moment it is complete. A resumed
 * job replays the same lines and skips the segments stored before the interruption.
 */
class StoryAssembler {

    private static final Logger log = LoggerFactory.getLogger(StoryAssembler.class);
    private static final Pattern LINE = Pattern.compile("^([A-Z][A-Z0-9 .'\\-]{0,58}):\\s*(.*)$");

    private final StoryWriting writing;
    private final SafetyFilter safety;
    private final UUID storyId;
    private final int revision;
    private final int alreadyStored;
    private final IntConsumer partsStarted;
    private final Consumer<StorySegment> stored;
    private int part = -1;
    private int seq;

    StoryAssembler(StoryWriting writing, SafetyFilter safety, UUID storyId, int revision, int alreadyStored,
            IntConsumer partsStarted, Consumer<StorySegment> stored) {
        this.writing = writing;
        this.safety = safety;
        this.storyId = storyId;
        this.revision = revision;
        this.alreadyStored = alreadyStored;
        this.partsStarted = partsStarted;
        this.stored = stored;
    }

    void accept(String line) {
        Matcher matcher = LINE.matcher(line.strip());
        if (!matcher.matches() || matcher.group(2).isBlank()) {
            return;
        }
        String label = matcher.group(1).strip().toUpperCase(Locale.ROOT);
        String content = matcher.group(2).strip();
        switch (label) {
            case "TITLE" -> writing.title(storyId, content);
            case "PART" -> startPart(content);
            case StorySegment.NARRATOR -> Sentences.split(content).forEach(sentence -> speak(label, sentence));
            default -> speak(label, content);
        }
    }

    int segments() {
        return seq;
    }

    private void startPart(String title) {
        part++;
        writing.part(storyId, revision, part, title);
        partsStarted.accept(part + 1);
    }

    private void speak(String speaker, String text) {
        if (part < 0) {
            startPart("Once upon a time");
        }
        if (!safety.check(text).isSafe()) {
            log.warn("Left out an unsafe line the writer produced for story {}", storyId);
            return;
        }
        int next = seq++;
        if (next >= alreadyStored) {
            StorySegment segment = new StorySegment(next, part, speaker, text);
            writing.segment(storyId, revision, segment);
            stored.accept(segment);
        }
    }
}
