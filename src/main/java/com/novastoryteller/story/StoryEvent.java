package com.novastoryteller.story;

import java.util.UUID;

/**
 * One event of a story's stream as it was written: its number among the story's events (the SSE {@code id}), its
 * kind (the SSE {@code event}) and its JSON payload (the SSE {@code data}).
 */
record StoryEvent(UUID storyId, long seq, String kind, String payload) {

    /** After {@code done} or {@code error} a stream ends; a client that wants the next revision listens again. */
    boolean endsStream() {
        return endsStream(kind);
    }

    static boolean endsStream(String kind) {
        return "done".equals(kind) || "error".equals(kind);
    }

    /** An event published in a transaction, numbered when the transaction commits. */
    record Unwritten(String kind, String payload) {
    }
}
