package com.novastoryteller.account;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * An account as the API shows it (the {@code user} object of the API contract), with its own daily limits on
 * stories and on provider spend (US dollars) when the admin gave it some (null: the installation's).
 */
public record UserProfile(UUID id, String username, String email, String firstName, String lastName, Role role,
        boolean isActive, Instant dateJoined, @Nullable Integer dailyStoryLimit, @Nullable BigDecimal dailySpendLimitUsd) {
}
