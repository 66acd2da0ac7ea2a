package com.novastoryteller.story;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A part (chapter) of a story as the API shows it.
 *
 * @param illustration             the address of the part's picture, or null while it has none
 * @param illustrationDescription  what the picture shows, in words (who is in it, where, when): its alt text; null
 *                                 when there is no picture
 */
public record StoryPart(int index, String title, String text, @Nullable String illustration,
        @Nullable String illustrationDescription) {

    /** Said of a picture drawn before what it shows was kept with it, before the part's first sentence. */
    static final String EARLIER_PICTURE = "A picture of this part of the story: ";
    private static final int SENTENCE_LENGTH = 160;

    /** The text as paragraphs, the way a page shows it. */
    public List<String> paragraphs() {
        return text.isBlank() ? List.of() : List.of(text.split("\n\n"));
    }

    /** The same part with its picture at another address (through a share link), still described. */
    StoryPart at(@Nullable String address) {
        return new StoryPart(index, title, text, address, illustrationDescription);
    }

    static StoryPart of(int index, String title, List<StorySegment> segments, @Nullable String illustration,
            @Nullable String description) {
        String prose = StoryTextFormat.prose(segments);
        return new StoryPart(index, title, prose, illustration,
                illustration == null ? null : description != null ? description : fromText(segments));
    }

    /**
     * For a picture kept without its description: what it was drawn from, the part's own words, starting with its
     * first sentence (the picture shows who and where that sentence says).
     */
    private static String fromText(List<StorySegment> segments) {
        String first = segments.isEmpty() ? "" : segments.get(0).text().strip();
        if (first.length() > SENTENCE_LENGTH) {
            int space = first.lastIndexOf(' ', SENTENCE_LENGTH - 1);
            first = first.substring(0, space > 0 ? space : SENTENCE_LENGTH - 1) + "…";
        }
        return first.isEmpty() ? "A picture of this part of the story." : EARLIER_PICTURE + first;
    }
}
