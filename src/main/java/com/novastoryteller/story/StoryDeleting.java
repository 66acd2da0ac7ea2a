package com.novastoryteller.story;

import java.util.UUID;

/**
 * Published in the transaction that deletes a story, just before its rows go (its segments can still be
 * read), so that what other modules keep of it goes with it.
 */
public record StoryDeleting(UUID storyId) {
}
