package com.novastoryteller.engine.embedded;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Text as the safety filter compares it: lower case, leetspeak read as letters, punctuation and
 * spacing inside a word removed ("k.i.l.l", "k i l l"). A letter written three or more times in a
 * row may stand for one or for two ("kiiilll" may be "kill"), so such a word has several forms.
 */
final class NormalisedText {

    private static final Map<Character, Character> LEET = Map.of('0', 'o', '1', 'i', '3', 'e', '4', 'a', '5', 's',
            '7', 't', '@', 'a', '$', 's', '!', 'i');
    private static final Pattern LONG_RUN = Pattern.compile("(\\p{L})\\1{2,}");
    private static final int MAX_RUNS_EXPANDED = 4;

    private NormalisedText() {
    }

    /** The words of a text, normalised, each in every form it may stand for. */
    static List<Set<String>> words(String text) {
        List<Set<String>> words = new ArrayList<>();
        List<String> singleLetters = new ArrayList<>();
        for (String token : plain(text).split("\\s+")) {
            String word = lettersOf(token);
            if (word.length() == 1) {
                singleLetters.add(word);
                continue;
            }
            flushSingleLetters(singleLetters, words);
            if (!word.isEmpty()) {
                words.add(forms(word));
            }
        }
        flushSingleLetters(singleLetters, words);
        return words;
    }

    /** A list entry in comparable form: lower case, single spaces, no {@code *}. */
    static String entry(String entry) {
        List<String> words = new ArrayList<>();
        for (String token : plain(entry.replace("*", "")).split("\\s+")) {
            String word = lettersOf(token);
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        return String.join(" ", words);
    }

    private static String plain(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    }

    // Three or more single letters in a row are a spelled-out word ("f u c k"); fewer are just letters.
    private static void flushSingleLetters(List<String> singleLetters, List<Set<String>> words) {
        if (singleLetters.size() >= 3) {
            words.add(forms(String.join("", singleLetters)));
        }
        else {
            singleLetters.forEach(letter -> words.add(Set.of(letter)));
        }
        singleLetters.clear();
    }

    private static Set<String> forms(String word) {
        Set<String> forms = new LinkedHashSet<>();
        forms.add(word);
        Matcher runs = LONG_RUN.matcher(word);
        List<int[]> spans = new ArrayList<>();
        while (runs.find() && spans.size() < MAX_RUNS_EXPANDED) {
            spans.add(new int[] { runs.start(), runs.end() });
        }
        for (int choice = 0; choice < (1 << spans.size()); choice++) {
            StringBuilder form = new StringBuilder();
            int from = 0;
            for (int run = 0; run < spans.size(); run++) {
                int[] span = spans.get(run);
                form.append(word, from, span[0]).append(String.valueOf(word.charAt(span[0])).repeat((choice >> run & 1) + 1));
                from = span[1];
            }
            forms.add(form.append(word.substring(from)).toString());
        }
        return forms;
    }

    private static String lettersOf(String token) {
        String trimmed = token.replaceAll("^[^\\p{L}\\p{N}@$]+|[^\\p{L}\\p{N}]+$", "");
        StringBuilder letters = new StringBuilder(trimmed.length());
        for (char c : trimmed.toCharArray()) {
            char mapped = LEET.getOrDefault(c, c);
            if (Character.isLetter(mapped)) {
                letters.append(mapped);
            }
        }
        return letters.toString();
    }
}
