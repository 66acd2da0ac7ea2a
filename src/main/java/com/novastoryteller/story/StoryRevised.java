package com.novastoryteller.story;

import java.util.UUID;

/** A grown-up replaced a story's text: a new, complete revision exists (published inside its transaction). */
public record StoryRevised(UUID storyId, int revision, String language) {
}
