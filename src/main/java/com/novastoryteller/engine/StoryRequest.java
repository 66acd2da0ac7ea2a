package com.novastoryteller.engine;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Everything a writer needs for one story. The same request with the same seed gives the same story;
 * {@code modifications} are the child's changes, in order, each of which the story must honour while
 * keeping the original hero.
 */
public record StoryRequest(String prompt, Template template, AgeBand ageBand, StoryLength length, String language,
        List<StoryCharacter> characters, @Nullable String imageDescription, List<String> modifications,
        @Nullable String title, long seed) {

    public StoryRequest {
        characters = List.copyOf(characters);
        modifications = List.copyOf(modifications);
    }
}
