package com.novastoryteller.engine.embedded.picture;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** Every drawable thing, read once from {@code illustrator/things/*.svg}, and the words that name each. */
final class ThingLibrary {

    static final String PARCEL = "parcel";

    private static final ThingLibrary LIBRARY = load();

    private final Map<String, ThingDrawing> byName;
    private final Map<String, ThingDrawing> byWord = new HashMap<>();
    private final Map<String, ThingDrawing> byLikeness = new HashMap<>();
    private final Map<String, ThingDrawing> byRelative = new HashMap<>();

    private ThingLibrary(Map<String, ThingDrawing> byName) {
        this.byName = byName;
        Map<String, ThingDrawing> claimed = new HashMap<>();
        for (ThingDrawing drawing : byName.values()) {
            claim(claimed, byWord, drawing.name(), drawing);
            drawing.also().forEach(word -> claim(claimed, byWord, word, drawing));
            drawing.like().forEach(word -> claim(claimed, byLikeness, word, drawing));
            drawing.relatives().forEach(word -> byRelative.putIfAbsent(word, drawing));
        }
        if (!byName.containsKey(PARCEL)) {
            throw new IllegalStateException("The things have no parcel to draw what nothing else fits");
        }
    }

    static ThingLibrary get() {
        return LIBRARY;
    }

    /** Two drawings claiming one word would make the choice between them depend on the order the files load in. */
    private static void claim(Map<String, ThingDrawing> claimed, Map<String, ThingDrawing> words, String word,
            ThingDrawing drawing) {
        ThingDrawing before = claimed.put(key(word), drawing);
        if (before != null && before != drawing) {
            throw new IllegalStateException("'" + word + "' names both " + before.name() + " and " + drawing.name());
        }
        words.put(key(word), drawing);
    }

    /** Words are matched without their hyphens: "hot-air balloon" is "hot air balloon". */
    static String key(String words) {
        return words.replace('-', ' ');
    }

    Collection<ThingDrawing> drawings() {
        return byName.values();
    }

    ThingDrawing named(String name) {
        ThingDrawing drawing = byName.get(name);
        if (drawing == null) {
            throw new IllegalArgumentException("No thing is drawn as " + name);
        }
        return drawing;
    }

    /** The drawing of the thing itself, under its name or another word for it. */
    @Nullable ThingDrawing itself(String words) {
        return byWord.get(key(words));
    }

    /** The drawing a near relative is drawn as ("cello" as the violin), listed by hand. */
    @Nullable ThingDrawing alike(String words) {
        return byLikeness.get(key(words));
    }

    /** The WordNet nouns that stand for the drawings, to find an unknown noun's nearest relative among. */
    Collection<String> relatives() {
        return byRelative.keySet();
    }

    ThingDrawing relative(String noun) {
        return byRelative.get(noun);
    }

    private static ThingLibrary load() {
        Map<String, ThingDrawing> drawings = new TreeMap<>();
        try {
            Resource[] files = new PathMatchingResourcePatternResolver().getResources("classpath*:illustrator/things/*.svg");
            for (Resource file : files) {
                String name = file.getFilename().replaceFirst("\\.svg$", "").replace('-', ' ');
                drawings.put(name, ThingDrawing.parse(name, file.getContentAsString(StandardCharsets.UTF_8)));
            }
        }
        catch (IOException ex) {
            throw new UncheckedIOException("The drawings of things could not be read", ex);
        }
        return new ThingLibrary(drawings);
    }

    List<String> names() {
        return List.copyOf(byName.keySet());
    }
}
