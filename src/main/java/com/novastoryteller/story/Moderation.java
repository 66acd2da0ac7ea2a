package com.novastoryteller.story;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** Which stories the admin's moderation list takes in: hidden, deleted, made from and before a time. */
public record Moderation(boolean includeHidden, boolean includeDeleted, @Nullable Instant createdFrom,
        @Nullable Instant createdTo) {

    /** What a family's shelf shows: neither hidden nor deleted stories. */
    static final Moderation ON_SHELF = new Moderation(false, false, null, null);
}
