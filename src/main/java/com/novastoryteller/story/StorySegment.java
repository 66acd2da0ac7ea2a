package com.novastoryteller.story;

/**
 * One spoken piece of a story: a sentence of narration or a line of dialogue, with who speaks it.
 * {@code seq} orders the segments of a revision; {@code part} is the part they belong to.
 */
public record StorySegment(int seq, int part, String speaker, String text) {

    public static final String NARRATOR = "NARRATOR";

    /** Whether this segment goes on the paragraph {@code previous} is in: narration joins, dialogue stands alone. */
    public boolean continuesParagraphOf(@org.jspecify.annotations.Nullable StorySegment previous) {
        return previous != null && NARRATOR.equals(speaker) && NARRATOR.equals(previous.speaker());
    }
}
