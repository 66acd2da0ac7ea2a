package com.novastoryteller.engine;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import com.novastoryteller.engine.embedded.picture.Kinds;
import com.novastoryteller.engine.embedded.picture.Looks;

/**
 * How a character is drawn, read from the words a family or a story used for them: what they are (a fox, a
 * girl, a robot) and the colour they wear. The same words always give the same figure.
 */
public final class CharacterLook {

    /** What a figure can be drawn as, and other words for them ("bunny"); anything else is drawn as its nearest relative. */
    public static final List<String> KINDS = Kinds.words();

    private static final Map<String, String> COLOURS = colours();
    private static final Pattern WORD = Pattern.compile("\\p{L}+");

    private CharacterLook() {
    }

    /**
     * The figure for a character called {@code name}: what they are comes from their description's head noun ("a
     * round, grey otter with spectacles"), then their name, then {@code gender}; their colour from what they wear
     * (then their description).
     */
    public static Scene.Figure of(String name, @Nullable String gender, int variant, @Nullable String description,
            @Nullable String clothing) {
        String kind = Looks.read(description).kind();
        String colour = first(COLOURS::containsKey, clothing, description);
        return new Scene.Figure(name, kind != null ? kind : kindOf(name, gender), colour == null ? null : COLOURS.get(colour),
                variant, looks(description, clothing));
    }

    /** The words that say how they look, description then clothes, for the illustrator to draw from. */
    private static @Nullable String looks(@Nullable String description, @Nullable String clothing) {
        String words = java.util.stream.Stream.of(description, clothing).filter(text -> text != null && !text.isBlank())
                .map(String::strip).collect(java.util.stream.Collectors.joining("; "));
        return words.isEmpty() ? null : words;
    }

    private static @Nullable String first(Predicate<String> wanted, @Nullable String... texts) {
        for (String text : texts) {
            if (text == null) {
                continue;
            }
            for (Matcher word = WORD.matcher(text.toLowerCase(Locale.ROOT)); word.find(); ) {
                String found = singular(word.group());
                if (wanted.test(found)) {
                    return found;
                }
            }
        }
        return null;
    }

    private static String kindOf(String name, @Nullable String gender) {
        String lowerName = name.toLowerCase(Locale.ROOT);
        for (String kind : KINDS) {
            if (lowerName.matches(".*\\b" + kind + "\\b.*")) {
                return kind;
            }
        }
        String said = gender == null ? "" : gender.strip().toLowerCase(Locale.ROOT);
        if (said.matches("(f|female|girl|woman|she.*)")) {
            return "girl";
        }
        if (said.matches("(m|male|boy|man|he.*)")) {
            return "boy";
        }
        return "child";
    }

    /** The colour a family's word names, as #rrggbb, or null. */
    public static @Nullable String colourOf(String word) {
        return COLOURS.get(word.toLowerCase(Locale.ROOT));
    }

    /** The colour's name, for words rather than pictures: the nearest of the colours a family can name. */
    public static String colourName(String hex) {
        int wanted = Integer.parseInt(hex.substring(1), 16);
        String nearest = "red";
        long best = Long.MAX_VALUE;
        for (Map.Entry<String, String> named : COLOURS.entrySet()) {
            int rgb = Integer.parseInt(named.getValue().substring(1), 16);
            long distance = 0;
            for (int shift = 0; shift <= 16; shift += 8) {
                long difference = ((wanted >> shift) & 0xff) - ((rgb >> shift) & 0xff);
                distance += difference * difference;
            }
            if (distance < best) {
                best = distance;
                nearest = named.getKey();
            }
        }
        return nearest;
    }

    private static String singular(String word) {
        return word.endsWith("s") && KINDS.contains(word.substring(0, word.length() - 1))
                ? word.substring(0, word.length() - 1) : word;
    }

    private static Map<String, String> colours() {
        Map<String, String> colours = new LinkedHashMap<>();
        colours.put("red", "#e63946");
        colours.put("scarlet", "#d62828");
        colours.put("orange", "#f4a261");
        colours.put("yellow", "#ffd23f");
        colours.put("gold", "#e9b949");
        colours.put("golden", "#e9b949");
        colours.put("green", "#2a9d8f");
        colours.put("blue", "#457b9d");
        colours.put("navy", "#1d3557");
        colours.put("teal", "#00a6a6");
        colours.put("purple", "#9b5de5");
        colours.put("violet", "#9b5de5");
        colours.put("pink", "#f15bb5");
        colours.put("brown", "#8d6e63");
        colours.put("black", "#2d2d2d");
        colours.put("white", "#f5f5f5");
        colours.put("grey", "#9e9e9e");
        colours.put("gray", "#9e9e9e");
        colours.put("silver", "#c0c7cf");
        return colours;
    }
}
