package com.novastoryteller.engine.embedded.safety;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * Misspells an example as a child types it ("storry about starvin urself 2 be skiny"), so that the classifier learns
 * each example twice: as written and as it may arrive. A misspelt word is a new word to the classifier's word slots
 * and a blur to the encoder; without the noisy copies, a child's spelling was enough to get a request past it.
 */
final class TypingNoise {

    /** The share of words misspelt in a noisy copy. */
    private static final double MISSPELT = 0.35;

    private static final Map<String, String> SHORTHAND = Map.ofEntries(Map.entry("you", "u"), Map.entry("your", "ur"),
            Map.entry("are", "r"), Map.entry("to", "2"), Map.entry("too", "2"), Map.entry("for", "4"),
            Map.entry("because", "becuz"), Map.entry("story", "storry"), Map.entry("please", "pls"),
            Map.entry("about", "abot"), Map.entry("with", "wiv"), Map.entry("the", "da"), Map.entry("and", "n"),
            Map.entry("them", "em"), Map.entry("really", "rly"));

    /** Letters that sound alike, written one for the other. */
    private static final String[][] SOUNDS = { { "ph", "f" }, { "ck", "k" }, { "ea", "ee" }, { "ou", "ow" },
            { "tion", "shun" }, { "ight", "ite" }, { "y", "ie" }, { "s", "z" }, { "c", "k" }, { "ing", "in" },
            { "ed", "d" }, { "er", "a" }, { "wh", "w" }, { "kn", "n" }, { "ee", "ea" }, { "oo", "u" } };

    private TypingNoise() {
    }

    /** The sentence with about a third of its words misspelt, and half the time without its punctuation. */
    static String misspelt(String sentence, Random random) {
        StringBuilder typed = new StringBuilder();
        for (String word : sentence.split(" ")) {
            typed.append(typed.isEmpty() ? "" : " ")
                    .append(word.length() > 1 && random.nextDouble() < MISSPELT ? misspeltWord(word.toLowerCase(Locale.ROOT), random) : word);
        }
        return random.nextBoolean() ? typed.toString().replaceAll("[.,!?']", "") : typed.toString();
    }

    private static String misspeltWord(String word, Random random) {
        if (SHORTHAND.containsKey(word) && random.nextDouble() < 0.7) {
            return SHORTHAND.get(word);
        }
        return switch (random.nextInt(5)) {
            case 0 -> soundAlike(word, random);
            case 1 -> doubledOrSingled(word, random);
            case 2 -> withoutAVowel(word, random);
            case 3 -> swapped(word, random);
            default -> word.length() > 3 ? word.substring(0, word.length() - 1) : word;
        };
    }

    private static String soundAlike(String word, Random random) {
        List<String[]> fitting = new ArrayList<>();
        for (String[] sound : SOUNDS) {
            if (word.contains(sound[0])) {
                fitting.add(sound);
            }
        }
        if (fitting.isEmpty()) {
            return word;
        }
        String[] sound = fitting.get(random.nextInt(fitting.size()));
        return word.replaceFirst(sound[0], sound[1]);
    }

    /** A doubled letter written once ("stoping"), or else a letter written twice ("storry"). */
    private static String doubledOrSingled(String word, Random random) {
        for (int i = 1; i < word.length(); i++) {
            if (word.charAt(i) == word.charAt(i - 1)) {
                return word.substring(0, i) + word.substring(i + 1);
            }
        }
        int i = random.nextInt(word.length());
        return word.substring(0, i + 1) + word.charAt(i) + word.substring(i + 1);
    }

    private static String withoutAVowel(String word, Random random) {
        List<Integer> vowels = new ArrayList<>();
        for (int i = 1; i < word.length(); i++) {
            if ("aeiou".indexOf(word.charAt(i)) >= 0) {
                vowels.add(i);
            }
        }
        if (vowels.isEmpty()) {
            return word;
        }
        int i = vowels.get(random.nextInt(vowels.size()));
        return word.substring(0, i) + word.substring(i + 1);
    }

    /** Two neighbouring letters the wrong way round. */
    private static String swapped(String word, Random random) {
        if (word.length() < 4) {
            return word;
        }
        int i = 1 + random.nextInt(word.length() - 2);
        return word.substring(0, i) + word.charAt(i + 1) + word.charAt(i) + word.substring(i + 2);
    }
}
