package com.novastoryteller.engine;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** How a character's portrait is painted; a family picks one per character. */
public enum ImageStyle {

    STORYBOOK("storybook", "Storybook: a sunny meadow"),
    PASTEL("pastel", "Pastel: soft colours and bubbles"),
    NIGHT("night", "Night sky: moon and stars"),
    BRIGHT("bright", "Bright: a burst of sunshine");

    private final String id;
    private final String description;

    ImageStyle(String id, String description) {
        this.id = id;
        this.description = description;
    }

    public String id() {
        return id;
    }

    public String description() {
        return description;
    }

    public static Optional<ImageStyle> of(String id) {
        return Arrays.stream(values()).filter(style -> style.id.equals(id.strip().toLowerCase(Locale.ROOT))).findFirst();
    }
}
