package com.novastoryteller.account.internal;

import java.time.Duration;

/** Too many sign-ups from one address: none is looked at until the wait is over. */
public class SignUpsThrottled extends RuntimeException {

    private final Duration retryAfter;

    SignUpsThrottled(Duration retryAfter) {
        super("Too many sign-ups from this network just now. Please wait " + minutes(retryAfter)
                + " before trying again.");
        this.retryAfter = retryAfter;
    }

    /** The wait in whole seconds, rounded up, as {@code Retry-After} gives it. */
    public long retryAfterSeconds() {
        return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
    }

    private static String minutes(Duration wait) {
        long minutes = Math.max(1, (wait.toSeconds() + 59) / 60);
        return minutes == 1 ? "a minute" : minutes + " minutes";
    }
}
