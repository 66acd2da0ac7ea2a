package com.novastoryteller.engine;

import java.util.Arrays;
import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** How long a story is: its number of parts, each longer step with clearly more words. */
public enum StoryLength {

    SHORT(3), MEDIUM(4), LONG(5);

    private final int parts;

    StoryLength(int parts) {
        this.parts = parts;
    }

    public int parts() {
        return parts;
    }

    @JsonValue
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static StoryLength fromId(String id) {
        return Arrays.stream(values()).filter(length -> length.id().equalsIgnoreCase(id.strip())).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("length must be one of short, medium, long"));
    }
}
