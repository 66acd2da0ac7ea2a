package com.novastoryteller.engine.embedded;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Consumer;

/** Tells one planned story line by line: fills the slots, never says the same sentence twice. */
final class StoryTeller {

    private final Consumer<String> lines;
    private final SplittableRandom random;
    private final Map<String, String> slots;
    private final Set<String> said = new HashSet<>();

    StoryTeller(Consumer<String> lines, SplittableRandom random, Map<String, String> slots) {
        this.lines = lines;
        this.random = random;
        this.slots = slots;
    }

    <T> T pick(List<T> choices) {
        return choices.get(random.nextInt(choices.size()));
    }

    void title(String title) {
        lines.accept("TITLE: " + title);
    }

    /** Starts a part with one of the titles not used yet. */
    void part(List<String> titles) {
        String title = fresh(titles);
        lines.accept("PART: " + (title != null ? title : "And Then"));
    }

    /** Narrates one of the sentences, the first not yet said, starting from a random one. */
    void narrate(List<String> choices) {
        String sentence = fresh(choices);
        if (sentence != null) {
            lines.accept("NARRATOR: " + sentence);
        }
    }

    void narrate(String sentence) {
        narrate(List.of(sentence));
    }

    void say(String speaker, List<String> choices) {
        String words = fresh(choices);
        if (words != null) {
            lines.accept(speaker.toUpperCase(Locale.ROOT) + ": \"" + words + "\"");
        }
    }

    private String fresh(List<String> choices) {
        int start = random.nextInt(choices.size());
        for (int i = 0; i < choices.size(); i++) {
            String sentence = capitalise(fill(choices.get((start + i) % choices.size())));
            if (said.add(sentence)) {
                return sentence;
            }
        }
        return null;
    }

    private static final java.util.regex.Pattern ALTERNATIVES = java.util.regex.Pattern.compile("\\(([^()]*\\|[^()]*)\\)");

    /** Fills the slots and picks one of each "(this|that|other)" set of alternatives. */
    private String fill(String template) {
        java.util.regex.Matcher alternatives = ALTERNATIVES.matcher(template);
        StringBuilder chosen = new StringBuilder();
        while (alternatives.find()) {
            String[] options = alternatives.group(1).split("\\|", -1);
            alternatives.appendReplacement(chosen, java.util.regex.Matcher.quoteReplacement(options[random.nextInt(options.length)]));
        }
        alternatives.appendTail(chosen);
        String filled = chosen.toString();
        for (var slot : slots.entrySet()) {
            filled = filled.replace("{" + slot.getKey() + "}", slot.getValue());
        }
        return filled.replaceAll("\\s{2,}", " ").strip();
    }

    private static String capitalise(String sentence) {
        return sentence.isEmpty() ? sentence : Character.toUpperCase(sentence.charAt(0)) + sentence.substring(1);
    }
}
