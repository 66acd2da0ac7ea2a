package com.novastoryteller.engine.embedded.picture;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/** Every kind the illustrator can draw, from {@code illustrator/kinds.txt}, found by its name or another word for it. */
public final class Kinds {

    private static final Map<String, Kind> KINDS = new LinkedHashMap<>();
    private static final Map<String, Kind> WORDS = new LinkedHashMap<>();
    private static final Map<String, Kind> NEAR = new LinkedHashMap<>();

    static {
        try (InputStream data = Kinds.class.getResourceAsStream("/illustrator/kinds.txt");
                BufferedReader lines = new BufferedReader(new InputStreamReader(data, StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    Kind kind = Kind.parse(line);
                    KINDS.put(kind.name(), kind);
                }
            }
        }
        catch (IOException | NullPointerException ex) {
            throw new IllegalStateException("The illustrator's kinds could not be read", ex);
        }
        KINDS.values().forEach(kind -> kind.words("also").forEach(word -> WORDS.putIfAbsent(word, kind)));
        KINDS.values().forEach(kind -> kind.words("near").forEach(word -> NEAR.putIfAbsent(word, kind)));
        WORDS.putAll(KINDS);
    }

    private Kinds() {
    }

    /** Every word the illustrator knows a picture for: the kinds, their other names ("bunny") and near relatives ("moose"). */
    public static List<String> words() {
        List<String> words = new ArrayList<>(WORDS.keySet());
        NEAR.keySet().stream().filter(word -> !WORDS.containsKey(word)).forEach(words::add);
        return List.copyOf(words);
    }

    /** The names of the kinds themselves. */
    public static List<String> names() {
        return List.copyOf(KINDS.keySet());
    }

    static Collection<Kind> all() {
        return KINDS.values();
    }

    /** The kind a word names, in the singular or the plural ("foxes"; irregular plurals such as "mice" are listed). */
    static @Nullable Kind named(@Nullable String word) {
        return lookUp(WORDS, word);
    }

    /** The kind drawn for a near relative the data lists ("moose" is drawn as a deer). */
    static @Nullable Kind near(@Nullable String word) {
        return lookUp(NEAR, word);
    }

    /** The word's singular, when the plural is a known word ("otters" is "otter"), else the word. */
    static String singular(String word) {
        String lower = word.toLowerCase(Locale.ROOT).strip().replace('_', ' ');
        for (String ending : new String[] { "", "es", "s" }) {
            String stem = lower.endsWith(ending) ? lower.substring(0, lower.length() - ending.length()) : lower;
            if (WORDS.containsKey(stem) || NEAR.containsKey(stem)) {
                return stem;
            }
        }
        return lower;
    }

    private static @Nullable Kind lookUp(Map<String, Kind> words, @Nullable String word) {
        return word == null ? null : words.get(singular(word));
    }

    static Kind get(String name) {
        Kind kind = KINDS.get(name);
        if (kind == null) {
            throw new IllegalArgumentException("No such kind: " + name);
        }
        return kind;
    }

    /** The kinds whose WordNet families are listed, for finding an unknown word's relatives. */
    static List<Kind> withFamilies() {
        List<Kind> kinds = new ArrayList<>();
        KINDS.values().stream().filter(kind -> kind.parts().containsKey("family")).forEach(kinds::add);
        return kinds;
    }
}
