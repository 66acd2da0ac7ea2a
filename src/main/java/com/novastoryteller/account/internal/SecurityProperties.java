package com.novastoryteller.account.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long API tokens live, how many wrong passwords are let through before sign-in is slowed, and how many
 * sign-ups one address may try. Each sign-in limit refills evenly over {@code login-window}: with 5 attempts per
 * 5 minutes, one more try comes back every minute; sign-ups refill over {@code sign-up-window}.
 */
@ConfigurationProperties("storyteller.security")
public record SecurityProperties(
        @DefaultValue("30d") Duration tokenTtl,
        @DefaultValue("5") int loginAttemptsPerAccount,
        @DefaultValue("20") int loginAttemptsPerAddress,
        @DefaultValue("5m") Duration loginWindow,
        @DefaultValue("10") int signUpsPerAddress,
        @DefaultValue("1h") Duration signUpWindow) {
}
