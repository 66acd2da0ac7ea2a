package com.novastoryteller.engine;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Everything a writer needs for one story. The same request with the same seed gives the same story;
 * {@code modifications} are the child's changes, in order, each of which the story must honour while
 * keeping the original hero. An {@code interactive} story stops at a turning point and offers the child
 * two or three {@code CHOICE:} lines; a {@code continuation} asks for the rest of a story already begun.
 */
public record StoryRequest(String prompt, Template template, AgeBand ageBand, StoryLength length, String language,
        List<StoryCharacter> characters, @Nullable String imageDescription, List<String> modifications,
        @Nullable String title, long seed, boolean interactive, @Nullable Continuation continuation) {

    public StoryRequest {
        characters = List.copyOf(characters);
        modifications = List.copyOf(modifications);
    }

    /** A new story from the beginning, not interactive. */
    public StoryRequest(String prompt, Template template, AgeBand ageBand, StoryLength length, String language,
            List<StoryCharacter> characters, @Nullable String imageDescription, List<String> modifications,
            @Nullable String title, long seed) {
        this(prompt, template, ageBand, length, language, characters, imageDescription, modifications, title, seed,
                false, null);
    }
}
