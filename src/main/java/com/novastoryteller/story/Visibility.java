package com.novastoryteller.story;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** Which stories a search takes in beyond a family's shelf: hidden, deleted, made from and before a time. */
record Visibility(boolean includeHidden, boolean includeDeleted, @Nullable Instant createdFrom,
        @Nullable Instant createdTo) {

    /** What a family's shelf shows: neither hidden nor deleted stories. */
    static final Visibility ON_SHELF = new Visibility(false, false, null, null);
}
