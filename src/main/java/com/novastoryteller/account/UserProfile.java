package com.novastoryteller.account;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * An account as the API shows it (the {@code user} object of the API contract), with its own daily story limit
 * when the admin gave it one (null: the installation's).
 */
public record UserProfile(UUID id, String username, String email, String firstName, String lastName, Role role,
        boolean isActive, Instant dateJoined, @Nullable Integer dailyStoryLimit) {
}
