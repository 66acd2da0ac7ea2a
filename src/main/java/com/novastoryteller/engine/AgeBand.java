package com.novastoryteller.engine;

import java.util.Arrays;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Who the story is told to: the words and sentences are chosen for them. */
public enum AgeBand {

    AGES_5_7("5-7"), AGES_8_10("8-10"), AGES_11_12("11-12"), LEARNER("learner");

    private final String id;

    AgeBand(String id) {
        this.id = id;
    }

    @JsonValue
    public String id() {
        return id;
    }

    /** Youngest listeners and language learners get short sentences and everyday words. */
    public boolean wantsSimpleLanguage() {
        return this == AGES_5_7 || this == LEARNER;
    }

    @JsonCreator
    public static AgeBand fromId(String id) {
        return Arrays.stream(values()).filter(band -> band.id.equalsIgnoreCase(id.strip())).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("age_band must be one of 5-7, 8-10, 11-12, learner"));
    }
}
