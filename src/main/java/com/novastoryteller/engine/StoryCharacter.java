package com.novastoryteller.engine;

import org.jspecify.annotations.Nullable;

/** A character from the family's library that the story must include. */
public record StoryCharacter(String name, String description, @Nullable String voice) {
}
