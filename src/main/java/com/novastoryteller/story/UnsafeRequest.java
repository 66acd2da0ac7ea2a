package com.novastoryteller.story;

import java.util.Set;

import com.novastoryteller.engine.SafetyCategory;

/** A prompt or change that the safety filter refused; nothing was stored. */
public class UnsafeRequest extends RuntimeException {

    private final String field;
    private final Set<SafetyCategory> categories;

    UnsafeRequest(String field, Set<SafetyCategory> categories) {
        super("Let's pick a different idea for this story.");
        this.field = field;
        this.categories = Set.copyOf(categories);
    }

    public String field() {
        return field;
    }

    public Set<SafetyCategory> categories() {
        return categories;
    }

    /** Whether the child wrote about hurting themselves or not eating, and should hear that a grown-up can help. */
    public boolean needsSupport() {
        return categories.contains(SafetyCategory.SELF_HARM) || categories.contains(SafetyCategory.EATING_DISORDERS);
    }
}
