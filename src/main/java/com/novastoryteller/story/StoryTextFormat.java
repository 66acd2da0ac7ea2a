package com.novastoryteller.story;

import java.util.ArrayList;
import java.util.List;

/** Turns segments into readable prose and back: narration joins into paragraphs, dialogue stands alone. */
final class StoryTextFormat {

    private StoryTextFormat() {
    }

    static String prose(List<StorySegment> segments) {
        StringBuilder text = new StringBuilder();
        StorySegment previous = null;
        for (StorySegment segment : segments) {
            if (!text.isEmpty()) {
                text.append(segment.continuesParagraphOf(previous) ? " " : "\n\n");
            }
            text.append(segment.text());
            previous = segment;
        }
        return text.toString();
    }

    /** Splits edited prose into segments: each paragraph's sentences are narration, quoted lines dialogue. */
    static List<StorySegment> segments(int part, int firstSeq, String prose) {
        List<StorySegment> segments = new ArrayList<>();
        int seq = firstSeq;
        for (String paragraph : prose.split("\\R\\s*\\R")) {
            for (String sentence : Sentences.split(paragraph)) {
                segments.add(new StorySegment(seq++, part, StorySegment.NARRATOR, sentence));
            }
        }
        return segments;
    }
}
