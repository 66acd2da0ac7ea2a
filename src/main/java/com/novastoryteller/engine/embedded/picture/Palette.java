package com.novastoryteller.engine.embedded.picture;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import com.novastoryteller.engine.CharacterLook;

/** The colours figures are painted in: the words a family uses for them, skin tones, hair, and shades of each. */
final class Palette {

    static final String[] SKIN = { "#ffe0c4", "#f6cfa4", "#e5b084", "#c68a5c", "#9a6340", "#6b4329" };
    static final String[] HAIR = { "#3b2417", "#6a4024", "#a0622d", "#1f1a17", "#c8522a", "#e8c074", "#4a2e1e" };
    static final String[] CLOTHES = { "#e63946", "#457b9d", "#2a9d8f", "#f4a261", "#9b5de5", "#00a6d6", "#f15bb5",
            "#ffb703", "#6a994e", "#ef7b45" };
    static final String GREY_HAIR = "#d4d4d4";
    static final String WHITE_HAIR = "#f4f4f4";

    private static final Map<String, String> WORDS = words();

    private Palette() {
    }

    /** The colour a word names, or null: "ginger", "golden", "navy", and the colours a family picks from. */
    static @Nullable String named(String word) {
        return WORDS.get(word.toLowerCase(Locale.ROOT));
    }

    static boolean isColour(String word) {
        return WORDS.containsKey(word.toLowerCase(Locale.ROOT));
    }

    /** The skin tone a word names ("pale" 0 ... "dark" 5), or -1. */
    static int tone(String word) {
        return switch (word) {
            case "pale", "fair", "pink", "white", "rosy", "peachy" -> 0;
            case "light", "peach", "cream" -> 1;
            case "olive", "tan", "tanned", "golden", "beige" -> 2;
            case "caramel", "honey", "bronze" -> 3;
            case "brown" -> 4;
            case "dark", "black", "deep", "ebony", "chocolate" -> 5;
            default -> -1;
        };
    }

    /** The hair colour a word names, which for hair is not quite the paint of that name. */
    static @Nullable String hair(String word) {
        return switch (word) {
            case "blonde", "blond", "fair", "yellow", "golden", "gold" -> "#ecc56a";
            case "brown", "brunette", "chestnut" -> "#6a4024";
            case "black", "dark" -> "#1f1a17";
            case "red", "ginger", "auburn", "copper", "orange" -> "#c8522a";
            case "grey", "gray", "silver" -> GREY_HAIR;
            case "white", "snowy" -> WHITE_HAIR;
            default -> named(word);
        };
    }

    static String darker(String hex, double by) {
        return mix(hex, 0, by);
    }

    static String lighter(String hex, double by) {
        return mix(hex, 255, by);
    }

    /** How light a colour is, 0 to 1. */
    static double lightness(String hex) {
        int rgb = Integer.parseInt(hex.substring(1), 16);
        return (0.299 * (rgb >> 16 & 0xff) + 0.587 * (rgb >> 8 & 0xff) + 0.114 * (rgb & 0xff)) / 255;
    }

    private static String mix(String hex, int toward, double by) {
        int rgb = Integer.parseInt(hex.substring(1), 16);
        int[] channels = { rgb >> 16 & 0xff, rgb >> 8 & 0xff, rgb & 0xff };
        StringBuilder mixed = new StringBuilder("#");
        for (int channel : channels) {
            mixed.append(String.format(Locale.ROOT, "%02x", (int) Math.round(channel + (toward - channel) * by)));
        }
        return mixed.toString();
    }

    private static Map<String, String> words() {
        Map<String, String> words = new LinkedHashMap<>();
        for (String name : new String[] { "red", "scarlet", "orange", "yellow", "gold", "golden", "green", "blue", "navy",
                "teal", "purple", "violet", "pink", "brown", "black", "white", "grey", "gray", "silver" }) {
            words.put(name, CharacterLook.colourOf(name));
        }
        words.put("ginger", "#e0782e");
        words.put("tan", "#d2a679");
        words.put("cream", "#f6ecd2");
        words.put("beige", "#e8d5b0");
        words.put("turquoise", "#2ec4b6");
        words.put("lilac", "#c8a2e8");
        words.put("lavender", "#b8a2e8");
        words.put("mint", "#9be3c4");
        words.put("crimson", "#c1121f");
        words.put("maroon", "#800f2f");
        words.put("rainbow", "#f15bb5");
        words.put("sky", "#7cc6f2");
        words.put("lime", "#9acd32");
        words.put("peach", "#ffc8a2");
        words.put("blonde", "#ecc56a");
        words.put("blond", "#ecc56a");
        words.put("auburn", "#a0412a");
        words.put("copper", "#c8703a");
        words.put("chestnut", "#7a4028");
        return words;
    }
}
