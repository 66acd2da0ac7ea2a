package com.novastoryteller.engine.embedded.picture;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * One drawable thing, read from its file in {@code illustrator/things}: SVG elements in the thing's own box (its
 * bottom centre at 0,0, up is negative y, about 100 px tall), with headers that say what it is called.
 * <ul>
 * <li>{@code # also: spaceship, rocket ship}: other words for it, drawn exactly as it;</li>
 * <li>{@code # like: cello, viola}: near relatives drawn as it, reported as approximated;</li>
 * <li>{@code # wordnet: box kite}: the WordNet nouns that stand for it when finding an unknown noun's relative,
 * when its own words' commonest senses are something else (a kite is first a forged cheque);</li>
 * <li>{@code # flies}: drawn up in the sky on its string when held;</li>
 * <li>{@code # colour: #ff595e}: its usual main colour, written {main} in the elements, with {dark} and {light}
 * shades of it, so that "a blue kite" can be drawn blue.</li>
 * </ul>
 */
record ThingDrawing(String name, List<String> also, List<String> like, List<String> relatives, boolean flies,
        @Nullable String colour, String elements) {

    static ThingDrawing parse(String name, String text) {
        List<String> also = List.of();
        List<String> like = List.of();
        List<String> relatives = null;
        boolean flies = false;
        String colour = null;
        StringBuilder elements = new StringBuilder();
        for (String line : text.split("\n")) {
            String trimmed = line.strip();
            if (trimmed.startsWith("#")) {
                String header = trimmed.substring(1).strip();
                String value = header.contains(":") ? header.substring(header.indexOf(':') + 1).strip() : "";
                switch (header.contains(":") ? header.substring(0, header.indexOf(':')).strip() : header) {
                    case "also" -> also = words(value);
                    case "like" -> like = words(value);
                    case "wordnet" -> relatives = words(value);
                    case "flies" -> flies = true;
                    case "colour" -> colour = value;
                    default -> throw new IllegalArgumentException("Unknown header in the drawing of " + name + ": " + line);
                }
            }
            else {
                elements.append(trimmed);
            }
        }
        if (relatives == null) {
            relatives = new ArrayList<>(List.of(name));
            relatives.addAll(also);
            relatives.addAll(like);
        }
        return new ThingDrawing(name, also, like, List.copyOf(relatives), flies, colour, elements.toString());
    }

    private static List<String> words(String list) {
        return Arrays.stream(list.split(",")).map(word -> word.strip().toLowerCase(Locale.ROOT))
                .filter(word -> !word.isEmpty()).toList();
    }

    /** The elements, in the given main colour, or the usual one when there is none. */
    String svg(@Nullable String tint) {
        String main = tint != null ? tint : colour;
        if (main == null) {
            return elements;
        }
        return elements.replace("{main}", main).replace("{dark}", Colours.darker(main))
                .replace("{light}", Colours.lighter(main));
    }
}
