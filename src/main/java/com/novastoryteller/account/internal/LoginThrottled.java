package com.novastoryteller.account.internal;

import java.time.Duration;

import org.springframework.security.core.AuthenticationException;

/** Too many wrong passwords: no password is checked until the wait is over. */
public class LoginThrottled extends AuthenticationException {

    private final Duration retryAfter;

    LoginThrottled(Duration retryAfter) {
        super("Too many sign-in attempts. Please wait before trying again.");
        this.retryAfter = retryAfter;
    }

    /** The wait in whole seconds, rounded up, as {@code Retry-After} gives it. */
    public long retryAfterSeconds() {
        return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
    }
}
