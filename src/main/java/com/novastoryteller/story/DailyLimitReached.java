package com.novastoryteller.story;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** The family has used as much today as it may (stories, or provider spend); more from {@code resetsAt}. */
public class DailyLimitReached extends RuntimeException {

    private final @Nullable Integer storyLimit;
    private final Instant resetsAt;

    DailyLimitReached(String what, @Nullable Integer storyLimit, Instant resetsAt) {
        super(what + " You can make more from " + resetsAt + ".");
        this.storyLimit = storyLimit;
        this.resetsAt = resetsAt;
    }

    /** The number of stories a day, when that is the limit reached. */
    public @Nullable Integer storyLimit() {
        return storyLimit;
    }

    public Instant resetsAt() {
        return resetsAt;
    }
}
