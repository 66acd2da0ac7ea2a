package com.novastoryteller.story;

import java.util.Arrays;
import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** A story is being written, is ready to read, or could not be written. */
public enum StoryStatus {

    GENERATING, READY, FAILED;

    @JsonValue
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static StoryStatus fromId(String id) {
        return Arrays.stream(values()).filter(status -> status.id().equalsIgnoreCase(id.strip())).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("status must be one of generating, ready, failed"));
    }
}
