package com.novastoryteller.story;

import java.util.UUID;

/**
 * A revision of a story is to be written; published inside the transaction that asked for it.
 *
 * @param ownerId the family the story is written for, whose turn in the queue it takes
 */
public record StoryWritingRequested(UUID storyId, int revision, UUID taskId, UUID ownerId) {
}
