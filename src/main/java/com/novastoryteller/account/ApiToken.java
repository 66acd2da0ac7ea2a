package com.novastoryteller.account;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** An API token; only the SHA-256 hash of the token is kept, so a copy of the database signs no one in. */
@Table("api_token")
record ApiToken(@Id UUID id, @Version @Nullable Long version, UUID accountId, String tokenHash, Instant createdAt,
        Instant expiresAt) {

    boolean isValidAt(Instant now) {
        return expiresAt.isAfter(now);
    }
}
