package com.novastoryteller.account;

import java.time.Instant;
import java.util.UUID;

/** An account as the API shows it (the {@code user} object of the API contract). */
public record UserProfile(UUID id, String username, String email, String firstName, String lastName, Role role,
        boolean isActive, Instant dateJoined) {
}
