package com.novastoryteller.account.internal;

import java.time.Duration;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

import org.springframework.stereotype.Component;

import com.novastoryteller.account.internal.ThrottleBuckets.Limit;

/**
 * Slows password guessing with token buckets: each wrong password takes a token from the account's bucket and
 * from the address's bucket; when either is empty, sign-in answers "wait" until it refills, whether or not the
 * password would have been right.
 * <p>
 * Sign-ups have a bucket per address too, which every attempt draws on, whatever its answer: so nobody can
 * open accounts in bulk, nor learn in bulk which e-mail addresses have one (a taken one answers 409).
 * <p>
 * The buckets are in the database ({@link ThrottleBuckets}), so that behind several nodes guesses spread over
 * all of them are counted as if they came to one.
 */
@Component
public class LoginThrottle {

    private final ThrottleBuckets buckets;
    private final Limit perAccount;
    private final Limit perAddress;
    private final Limit signUpsPerAddress;

    LoginThrottle(ThrottleBuckets buckets, SecurityProperties properties) {
        this.buckets = buckets;
        this.perAccount = new Limit(properties.loginAttemptsPerAccount(), properties.loginWindow());
        this.perAddress = new Limit(properties.loginAttemptsPerAddress(), properties.loginWindow());
        this.signUpsPerAddress = new Limit(properties.signUpsPerAddress(), properties.signUpWindow());
    }

    /** @throws LoginThrottled when the account or the address has used up its attempts */
    public void checkAllowed(String who, String address) {
        Stream.of(buckets.waitFor(accountKey(who), perAccount), buckets.waitFor(addressKey(address), perAddress))
                .flatMap(Optional::stream)
                .max(Comparator.naturalOrder())
                .ifPresent(wait -> {
                    throw new LoginThrottled(wait);
                });
    }

    public void recordFailure(String who, String address) {
        buckets.take(accountKey(who), perAccount);
        buckets.take(addressKey(address), perAddress);
    }

    public void recordSuccess(String who) {
        buckets.forget(accountKey(who), perAccount);
    }

    /** Counts a sign-up attempt from the address. @throws SignUpsThrottled when it has used up its attempts */
    public void checkSignUp(String address) {
        Optional<Duration> wait = buckets.take("sign-up:" + address, signUpsPerAddress);
        if (wait.isPresent()) {
            throw new SignUpsThrottled(wait.get());
        }
    }

    private static String accountKey(String who) {
        return "account:" + who.strip().toLowerCase(Locale.ROOT);
    }

    private static String addressKey(String address) {
        return "address:" + address;
    }
}
