package com.novastoryteller.story;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * One version of a story's text, as the revisions list shows it: why it was made, what the child said
 * (an interruption, a wish for the next part, the option chosen or the modifications), and which
 * version it carried on from.
 */
public record Revision(int revision, String reason, @Nullable String instruction, @Nullable Integer baseRevision,
        boolean current, Instant createdAt) {

    static final String CREATED = "created";
    static final String REGENERATED = "regenerated";
    static final String EDITED = "edited";
    static final String INTERRUPTED = "interrupted";
    static final String CONTINUED = "continued";
    static final String CHOSE = "chose";
    static final String RESTORED = "restored";
}
