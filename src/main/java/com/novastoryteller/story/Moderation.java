package com.novastoryteller.story;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.jspecify.annotations.Nullable;

/** Which stories the admin's moderation list takes in: hidden, deleted, made from and before a time. */
public record Moderation(boolean includeHidden, boolean includeDeleted, @Nullable Instant createdFrom,
        @Nullable Instant createdTo) {

    /** What a family's shelf shows: neither hidden nor deleted stories. */
    static final Moderation ON_SHELF = new Moderation(false, false, null, null);

    /** Where a day (UTC) begins as a "made from" bound; {@code endOfDay} takes in all of it, as a "made to" bound. */
    public static Instant bound(LocalDate day, boolean endOfDay) {
        return (endOfDay ? day.plusDays(1) : day).atStartOfDay().toInstant(ZoneOffset.UTC);
    }
}
