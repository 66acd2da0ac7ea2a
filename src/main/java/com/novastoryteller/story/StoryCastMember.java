package com.novastoryteller.story;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A library character a story was asked to include, as the story keeps them: {@code id} is the library
 * character it was copied from (which may since have changed or gone).
 */
public record StoryCastMember(UUID id, String name, String description, @Nullable String voice) {
}
