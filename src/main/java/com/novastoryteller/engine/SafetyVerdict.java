package com.novastoryteller.engine;

import java.util.Set;

/** What the safety filter found in a text: nothing, or the categories it touches. */
public record SafetyVerdict(Set<SafetyCategory> categories) {

    public static final SafetyVerdict SAFE = new SafetyVerdict(Set.of());

    public SafetyVerdict {
        categories = Set.copyOf(categories);
    }

    public boolean isSafe() {
        return categories.isEmpty();
    }
}
