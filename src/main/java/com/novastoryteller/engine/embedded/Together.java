package com.novastoryteller.engine.embedded;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.novastoryteller.engine.SafetyCategory;

/**
 * Concepts that are innocent alone but unsafe together in one sentence ({@code safety/together.txt}): an adult, a
 * child and undressing; not eating and being thin; a child and alcohol. It reads what a request is about from the
 * company its words keep, where no single word gives it away.
 */
final class Together {

    private record Rule(SafetyCategory category, List<Matcher> all, List<Matcher> unless) {
    }

    /** Matches a concept's words in a sentence's normalised words. */
    interface Matcher {
        boolean matchIn(List<Set<String>> words);
    }

    private final List<Rule> rules;

    private Together(List<Rule> rules) {
        this.rules = rules;
    }

    static Together read(java.util.function.Function<List<String>, Matcher> concept) {
        Map<String, Matcher> concepts = new HashMap<>();
        List<Rule> rules = new ArrayList<>();
        List<String> lines = WordList.read("/safety/together.txt");
        for (String line : lines) {
            if (line.startsWith("[")) {
                String name = line.substring(1, line.indexOf(']'));
                List<String> entries = List.of(line.substring(line.indexOf(']') + 1).split(","));
                concepts.put(name, concept.apply(entries.stream().map(String::strip).filter(entry -> !entry.isEmpty()).toList()));
            }
        }
        for (String line : lines) {
            if (line.startsWith("[")) {
                continue;
            }
            String[] rule = line.split(":", 2);
            SafetyCategory category = category(rule[0].strip());
            String[] unless = rule[1].split(" - ");
            rules.add(new Rule(category, matchers(unless[0], concepts), unless.length > 1 ? matchers(unless[1], concepts) : List.of()));
        }
        return new Together(List.copyOf(rules));
    }

    private static List<Matcher> matchers(String names, Map<String, Matcher> concepts) {
        List<Matcher> matchers = new ArrayList<>();
        for (String name : names.split("\\+")) {
            Matcher matcher = concepts.get(name.strip());
            if (matcher == null) {
                throw new IllegalStateException("safety/together.txt names no concept " + name.strip());
            }
            matchers.add(matcher);
        }
        return matchers;
    }

    private static SafetyCategory category(String name) {
        return switch (name) {
            case "sexual" -> SafetyCategory.SEXUAL;
            case "self-harm" -> SafetyCategory.SELF_HARM;
            case "eating" -> SafetyCategory.EATING_DISORDERS;
            case "drugs" -> SafetyCategory.WEAPONS_AND_DRUGS;
            case "violence" -> SafetyCategory.VIOLENCE;
            case "hate" -> SafetyCategory.HATE_AND_SWEARING;
            case "dangerous" -> SafetyCategory.DANGEROUS_ACTS;
            default -> SafetyCategory.valueOf(name.toUpperCase(Locale.ROOT).replace('-', '_'));
        };
    }

    /** The categories whose concepts all come together in the sentence. */
    Set<SafetyCategory> in(List<Set<String>> sentence) {
        Set<SafetyCategory> found = EnumSet.noneOf(SafetyCategory.class);
        for (Rule rule : rules) {
            if (!found.contains(rule.category()) && rule.all().stream().allMatch(matcher -> matcher.matchIn(sentence))
                    && rule.unless().stream().noneMatch(matcher -> matcher.matchIn(sentence))) {
                found.add(rule.category());
            }
        }
        return found;
    }
}
