package com.novastoryteller.engine.embedded.picture;

import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/** The colour words a story tints a thing with ("the golden key", "a red kite"), and a colour's darker and lighter shades. */
final class Colours {

    private static final Map<String, String> WORDS = Map.ofEntries(Map.entry("red", "#e63946"),
            Map.entry("scarlet", "#e63946"), Map.entry("crimson", "#c1121f"), Map.entry("orange", "#f3722c"),
            Map.entry("yellow", "#ffd23f"), Map.entry("green", "#52b788"), Map.entry("blue", "#4895ef"),
            Map.entry("navy", "#1d3557"), Map.entry("turquoise", "#2ec4b6"), Map.entry("purple", "#9b5de5"),
            Map.entry("violet", "#9b5de5"), Map.entry("lilac", "#c8b6ff"), Map.entry("pink", "#f15bb5"),
            Map.entry("brown", "#a0522d"), Map.entry("black", "#3a3a3a"), Map.entry("white", "#f8f9fa"),
            Map.entry("grey", "#9aa5b1"), Map.entry("gray", "#9aa5b1"), Map.entry("gold", "#f4c430"),
            Map.entry("golden", "#f4c430"), Map.entry("silver", "#c0c7d0"), Map.entry("silvery", "#c0c7d0"));

    private Colours() {
    }

    /** The colour a word names, or null when it names none. */
    static @Nullable String named(String word) {
        return WORDS.get(word.toLowerCase(Locale.ROOT));
    }

    /** The outline shade of a colour: dark enough to read against the colour and the sky. */
    static String darker(String colour) {
        return Palette.darker(colour, 0.5);
    }

    /** The shade a highlight or a second panel is painted in. */
    static String lighter(String colour) {
        return Palette.lighter(colour, 0.45);
    }
}
