package com.novastoryteller.story;

import java.util.List;

import org.jspecify.annotations.Nullable;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * An edit of a story, from the edit page's form or the API's body; fields left out stay as they are. New text
 * ({@code story_text}, or {@code parts} with their titles) becomes a new revision, and the previous text is kept;
 * text saved as it was makes none.
 */
public record StoryChanges(
        @Size(min = 1, max = 200, message = "A title has 1 to 200 characters.")
        @Pattern(regexp = SOME_WORDS, message = "A title needs some words.") @Nullable String title,
        @Size(min = 1, max = 20000, message = "The story text has 1 to 20000 characters.")
        @Pattern(regexp = SOME_WORDS, message = "The story text needs some words.") @Nullable String storyText,
        @Size(min = 1, max = 10, message = "A story has 1 to 10 parts.") @Nullable List<@Valid PartText> parts,
        @Nullable Boolean isPublished) {

    /** Anything but blanks. */
    static final String SOME_WORDS = "(?s).*\\S.*";

    public record PartText(
            @NotBlank(message = "A part needs a title.") @Size(max = 200) String title,
            @NotBlank(message = "A part needs some text.") @Size(max = 10000) String text) {
    }
}
