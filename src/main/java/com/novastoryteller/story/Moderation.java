package com.novastoryteller.story;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * Which stories the admin's moderation list takes in: one family's or everyone's ({@code family} null), with
 * these words, in this status, hidden and deleted ones when asked, made from and before a time.
 */
public record Moderation(@Nullable UUID family, @Nullable String words, @Nullable StoryStatus status,
        boolean includeHidden, boolean includeDeleted, @Nullable Instant createdFrom, @Nullable Instant createdTo) {

    StoryFilter filter() {
        return new StoryFilter(words, null, status);
    }

    Visibility visibility() {
        return new Visibility(includeHidden, includeDeleted, createdFrom, createdTo);
    }
}
