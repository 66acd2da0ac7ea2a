package com.novastoryteller.story;

import java.util.List;

/** A part (chapter) of a story as the API shows it. */
public record StoryPart(int index, String title, String text, @org.jspecify.annotations.Nullable String illustration) {

    /** The text as paragraphs, the way a page shows it. */
    public List<String> paragraphs() {
        return text.isBlank() ? List.of() : List.of(text.split("\n\n"));
    }

    static StoryPart of(int index, String title, List<StorySegment> segments,
            @org.jspecify.annotations.Nullable String illustration) {
        return new StoryPart(index, title, StoryTextFormat.prose(segments), illustration);
    }
}
