package com.novastoryteller.admin.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/** A day of the moderation's "made from" and "made to" filters, taken as a whole day in UTC. */
final class UtcDays {

    private UtcDays() {
    }

    static Instant startOf(LocalDate day) {
        return day.atStartOfDay().toInstant(ZoneOffset.UTC);
    }

    /** The first instant after the day, so that a "made to" bound takes in all of it. */
    static Instant endOf(LocalDate day) {
        return startOf(day.plusDays(1));
    }
}
