package com.novastoryteller.story;

import org.jspecify.annotations.Nullable;

import com.novastoryteller.engine.Template;

/** Narrows a list of stories: words in the title or text, a template, a status. */
public record StoryFilter(@Nullable String query, @Nullable Template template, @Nullable StoryStatus status) {
}
