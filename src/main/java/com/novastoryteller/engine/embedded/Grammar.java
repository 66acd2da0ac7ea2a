package com.novastoryteller.engine.embedded;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import com.novastoryteller.engine.AgeBand;
import com.novastoryteller.engine.Template;

/**
 * The writer's phrase book: named rules, each a list of alternatives, read from {@code writer/common.txt}
 * and the template's own file (whose alternatives join the common ones). A rule is a line
 * {@code name:} followed by indented alternatives. A rule may have versions for the youngest listeners
 * ({@code name@young:}, also used for language learners) and more for the oldest ({@code name@old:}).
 */
final class Grammar {

    private static final Map<String, Grammar> GRAMMARS = new HashMap<>();

    private final Map<String, List<String>> rules;
    private final Map<String, List<String>> synonyms;

    private Grammar(Map<String, List<String>> rules, Map<String, List<String>> synonyms) {
        this.rules = rules;
        this.synonyms = synonyms;
    }

    /** The words that may stand for the given one, itself included, or null if it has none. */
    List<String> synonyms(String word) {
        return synonyms.get(word);
    }

    static synchronized Grammar of(Template template) {
        return GRAMMARS.computeIfAbsent(template.id(), id -> load(template, null));
    }

    /** The phrase book of a template with a plot shape's own rules ({@code writer/shapes/<shape>.txt}) added. */
    static synchronized Grammar of(Template template, String shape) {
        return GRAMMARS.computeIfAbsent(template.id() + "/" + shape, id -> load(template, shape));
    }

    /**
     * The alternatives of a rule as a listener of the band hears it: the youngest hear only the
     * {@code @young} version where there is one, the oldest hear the {@code @old} version as well.
     */
    List<String> alternatives(String rule, AgeBand band) {
        List<String> plain = rules.getOrDefault(rule, List.of());
        return switch (band) {
            case AGES_5_7, LEARNER -> rules.getOrDefault(rule + "@young", plain);
            case AGES_11_12 -> rules.containsKey(rule + "@old") ? both(plain, rules.get(rule + "@old")) : plain;
            case AGES_8_10 -> plain;
        };
    }

    private static List<String> both(List<String> first, List<String> second) {
        List<String> both = new ArrayList<>(first);
        both.addAll(second);
        return both;
    }

    private static Grammar load(Template template, @Nullable String shape) {
        Map<String, List<String>> rules = new HashMap<>();
        read("writer/common.txt", rules);
        read("writer/" + template.id() + ".txt", rules);
        if (shape != null) {
            read("writer/shapes/" + shape + ".txt", rules);
        }
        rules.replaceAll((name, alternatives) -> List.copyOf(alternatives));
        return new Grammar(rules, SYNONYMS);
    }

    private static final Map<String, List<String>> SYNONYMS = readSynonyms("writer/synonyms.txt");

    private static Map<String, List<String>> readSynonyms(String resource) {
        Map<String, List<String>> synonyms = new HashMap<>();
        for (String line : lines(resource)) {
            String[] sides = line.split("=", 2);
            List<String> words = new ArrayList<>();
            words.add(sides[0].strip());
            for (String word : sides[1].split("\\|")) {
                words.add(word.strip());
            }
            synonyms.put(sides[0].strip(), List.copyOf(words));
        }
        return Map.copyOf(synonyms);
    }

    private static void read(String resource, Map<String, List<String>> rules) {
        List<String> current = null;
        for (String line : lines(resource)) {
            if (!Character.isWhitespace(line.charAt(0)) && line.endsWith(":")) {
                current = rules.computeIfAbsent(line.substring(0, line.length() - 1).strip(), name -> new ArrayList<>());
            }
            else if (current != null) {
                current.add(line.strip());
            }
            else {
                throw new IllegalStateException(resource + ": an alternative before any rule: " + line);
            }
        }
    }

    /** The lines of a resource that are neither blank nor comments. */
    private static List<String> lines(String resource) {
        try (InputStream in = Grammar.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("The writer's phrase book " + resource + " is missing");
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#")).toList();
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}
