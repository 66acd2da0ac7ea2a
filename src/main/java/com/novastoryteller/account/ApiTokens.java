package com.novastoryteller.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Component;

import com.novastoryteller.account.internal.SecurityProperties;

/** Issues random API tokens, finds the account behind one, and revokes them. */
@Component
class ApiTokens {

    private static final String PREFIX = "nst_";

    private final ApiTokenRepository tokens;
    private final SecurityProperties properties;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    ApiTokens(ApiTokenRepository tokens, SecurityProperties properties, Clock clock) {
        this.tokens = tokens;
        this.properties = properties;
        this.clock = clock;
    }

    String issue(UUID accountId) {
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        Instant now = clock.instant();
        tokens.save(new ApiToken(UUID.randomUUID(), null, accountId, hash(token), now, now.plus(properties.tokenTtl())));
        return token;
    }

    Optional<UUID> accountFor(String token) {
        return tokens.findByTokenHash(hash(token))
                .filter(apiToken -> apiToken.isValidAt(clock.instant()))
                .map(ApiToken::accountId);
    }

    void revoke(String token) {
        tokens.deleteByTokenHash(hash(token));
    }

    void revokeAll(UUID accountId) {
        tokens.deleteByAccountId(accountId);
    }

    /** Revokes every token of the account but the one given (the one the request came with), if any. */
    void revokeAllBut(UUID accountId, Optional<String> kept) {
        kept.ifPresentOrElse(token -> tokens.deleteByAccountIdExcept(accountId, hash(token)),
                () -> revokeAll(accountId));
    }

    private static String hash(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        }
        catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
