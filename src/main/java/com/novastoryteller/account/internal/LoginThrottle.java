package com.novastoryteller.account.internal;

import java.time.Duration;
import java.util.Comparator;
import java.util.Locale;
import java.util.stream.Stream;

import org.springframework.stereotype.Component;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.EstimationProbe;

/**
 * Slows password guessing with token buckets (Bucket4j): each wrong password takes a token from the
 * account's bucket and from the address's bucket; when either is empty, sign-in answers "wait" until
 * it refills, whether or not the password would have been right.
 * <p>
 * Sign-ups have a bucket per address too, which every attempt draws on, whatever its answer: so nobody can
 * open accounts in bulk, nor learn in bulk which e-mail addresses have one (a taken one answers 409).
 * <p>
 * The buckets live in this node's memory, which is enough to make guessing slow; behind several
 * nodes each node slows guessing on its own.
 */
@Component
public class LoginThrottle {

    private final SecurityProperties properties;
    private final Cache<String, Bucket> buckets;

    LoginThrottle(SecurityProperties properties) {
        this.properties = properties;
        // A bucket left alone this long is full again, so forgetting it changes nothing.
        Duration longestWindow = properties.signUpWindow().compareTo(properties.loginWindow()) > 0
                ? properties.signUpWindow() : properties.loginWindow();
        this.buckets = Caffeine.newBuilder()
                .expireAfterAccess(longestWindow.plusMinutes(1))
                .maximumSize(100_000)
                .build();
    }

    /** @throws LoginThrottled when the account or the address has used up its attempts */
    public void checkAllowed(String who, String address) {
        Stream.of(accountBucket(who), addressBucket(address))
                .map(bucket -> bucket.estimateAbilityToConsume(1))
                .filter(probe -> !probe.canBeConsumed())
                .max(Comparator.comparingLong(EstimationProbe::getNanosToWaitForRefill))
                .ifPresent(probe -> {
                    throw new LoginThrottled(Duration.ofNanos(probe.getNanosToWaitForRefill()));
                });
    }

    public void recordFailure(String who, String address) {
        accountBucket(who).tryConsume(1);
        addressBucket(address).tryConsume(1);
    }

    public void recordSuccess(String who) {
        buckets.invalidate(accountKey(who));
    }

    /** Counts a sign-up attempt from the address. @throws SignUpsThrottled when it has used up its attempts */
    public void checkSignUp(String address) {
        ConsumptionProbe probe = buckets.get("sign-up:" + address,
                key -> bucket(properties.signUpsPerAddress(), properties.signUpWindow())).tryConsumeAndReturnRemaining(1);
        if (!probe.isConsumed()) {
            throw new SignUpsThrottled(Duration.ofNanos(probe.getNanosToWaitForRefill()));
        }
    }

    private Bucket accountBucket(String who) {
        return buckets.get(accountKey(who), key -> bucket(properties.loginAttemptsPerAccount(), properties.loginWindow()));
    }

    private Bucket addressBucket(String address) {
        return buckets.get("address:" + address,
                key -> bucket(properties.loginAttemptsPerAddress(), properties.loginWindow()));
    }

    private static String accountKey(String who) {
        return "account:" + who.strip().toLowerCase(Locale.ROOT);
    }

    private static Bucket bucket(int attempts, Duration window) {
        return Bucket.builder()
                .addLimit(limit -> limit.capacity(attempts).refillGreedy(attempts, window))
                .build();
    }
}
