package com.novastoryteller.story;

import java.util.UUID;

/** A revision of a story is to be written; published inside the transaction that asked for it. */
public record StoryWritingRequested(UUID storyId, int revision, UUID taskId) {
}
