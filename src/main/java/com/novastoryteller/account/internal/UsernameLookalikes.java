package com.novastoryteller.account.internal;

import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.stereotype.Component;

import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.text.SpoofChecker;

/**
 * Usernames that could pass for someone else's, by Unicode's security mechanisms (UTS #39, through ICU4J): one
 * that mixes alphabets ({@code famА}, with a Cyrillic А) or number systems, and one that looks like another
 * (their skeletons are the same: {@code rn} and {@code m}, {@code I} and {@code l}, a Cyrillic {@code а} and a
 * Latin {@code a}).
 */
@Component
public class UsernameLookalikes {

    // Latin with Han and Japanese or Korean scripts still passes, as a Japanese or Korean name would mix them.
    private final SpoofChecker mixedScripts = new SpoofChecker.Builder()
            .setChecks(SpoofChecker.RESTRICTION_LEVEL | SpoofChecker.MIXED_NUMBERS | SpoofChecker.INVISIBLE)
            .setRestrictionLevel(SpoofChecker.RestrictionLevel.HIGHLY_RESTRICTIVE)
            .build();
    private final SpoofChecker confusables = new SpoofChecker.Builder().setChecks(SpoofChecker.CONFUSABLE).build();
    private final Normalizer2 compatibility = Normalizer2.getNFKCInstance();
    private final Normalizer2 caseless = Normalizer2.getNFKCCasefoldInstance();

    public boolean mixesScripts(String username) {
        return mixedScripts.failsChecks(username.strip());
    }

    /**
     * Whether the two look alike, as written or without case: usernames are unique without regard to case, and
     * shown as they were typed, where a capital I passes for a small l.
     */
    public boolean lookAlike(String username, String other) {
        return skeletons(username).stream().anyMatch(skeletons(other)::contains);
    }

    private Set<String> skeletons(String username) {
        String name = username.strip();
        return Stream.of(compatibility.normalize(name), caseless.normalize(name)).map(confusables::getSkeleton)
                .collect(Collectors.toSet());
    }
}
