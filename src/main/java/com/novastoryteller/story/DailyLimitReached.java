package com.novastoryteller.story;

import java.time.Instant;

/** The account has started as many stories today as it may; more can be made from {@code resetsAt}. */
public class DailyLimitReached extends RuntimeException {

    private final int limit;
    private final Instant resetsAt;

    DailyLimitReached(int limit, Instant resetsAt) {
        super("You have made " + limit + (limit == 1 ? " story" : " stories")
                + " today, as many as this installation allows in a day. You can make more from " + resetsAt + ".");
        this.limit = limit;
        this.resetsAt = resetsAt;
    }

    public int limit() {
        return limit;
    }

    public Instant resetsAt() {
        return resetsAt;
    }
}
