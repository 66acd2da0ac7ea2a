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
    public static final String INTERRUPTED = "interrupted";
    public static final String CONTINUED = "continued";
    public static final String CHOSE = "chose";
    static final String RESTORED = "restored";
}
