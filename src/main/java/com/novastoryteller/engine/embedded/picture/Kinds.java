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
        WORDS.putAll(KINDS);
    }

    private Kinds() {
    }

    /** Every word that names a drawable kind: the kinds' own names and their other names ("bunny", "mum"). */
    public static List<String> words() {
        return List.copyOf(WORDS.keySet());
    }

    /** The names of the kinds themselves. */
    public static List<String> names() {
        return List.copyOf(KINDS.keySet());
    }

    static Collection<Kind> all() {
        return KINDS.values();
    }

    /** The kind a word names, in the singular or the plural ("foxes", "mice" are not needed: "mice" is listed). */
    static @Nullable Kind named(@Nullable String word) {
        if (word == null) {
            return null;
        }
        String lower = word.toLowerCase(Locale.ROOT).strip().replace('_', ' ');
        Kind kind = WORDS.get(lower);
        if (kind == null && lower.endsWith("es")) {
            kind = WORDS.get(lower.substring(0, lower.length() - 2));
        }
        if (kind == null && lower.endsWith("s")) {
            kind = WORDS.get(lower.substring(0, lower.length() - 1));
        }
        return kind;
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
