package com.novastoryteller.account.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Token buckets in the database (table {@code throttle_bucket}), shared by every node. A bucket of {@code attempts}
 * tokens that refill evenly over {@code window} is kept as the one time at which it is full again: each token
 * taken pushes that time one refill interval on, and a token can be taken while the time is at most a window less
 * one interval ahead. That is Bucket4j's greedy refill, counted by one conditional UPDATE that any node can run.
 * <p>
 * Every change commits on its own, whatever the caller's transaction does afterwards: a sign-up refused later
 * still counts as an attempt.
 */
@Component
class ThrottleBuckets {

    /** How many attempts a bucket holds, refilled evenly over the window. */
    record Limit(int attempts, Duration window) {

        long refillMillis() {
            return Math.max(1, window.toMillis() / Math.max(1, attempts));
        }
    }

    private final JdbcClient jdbc;
    private final TransactionTemplate ownTransaction;
    private final Clock clock;

    ThrottleBuckets(JdbcClient jdbc, PlatformTransactionManager transactions, Clock clock) {
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    /** How long until the bucket has a token again; empty when it has one now. Takes nothing. */
    Optional<Duration> waitFor(String subject, Limit limit) {
        long now = nowMillis();
        return fullAt(key(subject, limit)).map(fullAt -> fullAt - latestToTake(now, limit))
                .filter(wait -> wait > 0).map(Duration::ofMillis);
    }

    /** Takes a token; when there is none, takes nothing and answers how long until there is one. */
    Optional<Duration> take(String subject, Limit limit) {
        String key = key(subject, limit);
        // A row another node inserts or deletes between our statements sends us round again; twice is plenty.
        for (int round = 0; round < 3; round++) {
            long now = nowMillis();
            int taken = ownTransaction.execute(status -> jdbc.sql("""
                    UPDATE throttle_bucket SET full_at = GREATEST(full_at, :now) + :refill
                    WHERE bucket_key = :key AND full_at <= :latest""")
                    .param("now", now).param("refill", limit.refillMillis()).param("key", key)
                    .param("latest", latestToTake(now, limit)).update());
            if (taken == 1) {
                return Optional.empty();
            }
            Optional<Long> fullAt = fullAt(key);
            if (fullAt.isEmpty() && insert(key, now + limit.refillMillis())) {
                return Optional.empty();
            }
            if (fullAt.isPresent() && fullAt.get() > latestToTake(now, limit)) {
                return Optional.of(Duration.ofMillis(fullAt.get() - latestToTake(now, limit)));
            }
        }
        throw new IllegalStateException("The throttle bucket kept changing under us");
    }

    /** Fills the bucket up again. */
    void forget(String subject, Limit limit) {
        ownTransaction.executeWithoutResult(status -> jdbc.sql("DELETE FROM throttle_bucket WHERE bucket_key = ?")
                .param(key(subject, limit)).update());
    }

    /** A bucket whose time has passed is full, as if it had no row: those rows are deleted. */
    void deleteFull() {
        ownTransaction.executeWithoutResult(status -> jdbc.sql("DELETE FROM throttle_bucket WHERE full_at <= ?")
                .param(nowMillis()).update());
    }

    // In a transaction of its own too: on MariaDB, the caller's would go on reading what it read first.
    private Optional<Long> fullAt(String key) {
        return ownTransaction.execute(status -> jdbc.sql("SELECT full_at FROM throttle_bucket WHERE bucket_key = ?")
                .param(key).query(Long.class).optional());
    }

    private boolean insert(String key, long fullAt) {
        try {
            ownTransaction.executeWithoutResult(status -> jdbc.sql(
                    "INSERT INTO throttle_bucket (bucket_key, full_at) VALUES (?, ?)").params(key, fullAt).update());
            return true;
        }
        catch (DuplicateKeyException anotherNodeWasFirst) {
            return false;
        }
    }

    // Not clock.millis(): the application's clock ticks in microseconds, and Java 17's tick clock divides by zero there.
    private long nowMillis() {
        return clock.instant().toEpochMilli();
    }

    private static long latestToTake(long now, Limit limit) {
        return now + limit.window().toMillis() - limit.refillMillis();
    }

    /**
     * The limit is part of the key, so a bucket counted under other limits (before a configuration change, or by a
     * node configured differently) is not read as if it had been counted under these.
     */
    static String key(String subject, Limit limit) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(
                    (limit.attempts() + "/" + limit.window() + " " + subject).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        }
        catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
