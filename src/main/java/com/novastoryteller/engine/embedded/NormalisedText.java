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

import com.novastoryteller.engine.embedded.safety.LookAlikes;

/**
 * Text as the safety filter compares it: lower case, leetspeak read as letters, punctuation and
 * spacing inside a word removed ("k.i.l.l", "k i l l"). A letter written three or more times in a
 * row may stand for one or for two ("kiiilll" may be "kill"), so such a word has several forms.
 */
final class NormalisedText {

    private static final Map<Character, Character> LEET = Map.ofEntries(Map.entry('0', 'o'), Map.entry('3', 'e'),
            Map.entry('4', 'a'), Map.entry('5', 's'), Map.entry('7', 't'), Map.entry('@', 'a'), Map.entry('$', 's'),
            Map.entry('!', 'i'), Map.entry('\u20ac', 'e'), Map.entry('\u00a3', 'l'), Map.entry('8', 'b'), Map.entry('9', 'g'),
            Map.entry('+', 't'), Map.entry('\u00a5', 'y'));
    /** Characters that stand for one of several letters: "ki11" is "kill", "1diot" is "idiot", "p*rn" hides a vowel, "f*ck" may too. */
    private static final Map<Character, List<String>> EITHER = Map.of('1', List.of("i", "l"), '|', List.of("i", "l"),
            '*', List.of("", "a", "e", "i", "o", "u"));
    private static final int MAX_EITHERS_EXPANDED = 3;
    private static final Pattern LONG_RUN = Pattern.compile("(\\p{L})\\1{2,}");
    private static final int MAX_RUNS_EXPANDED = 4;
    /** Words of one or two letters that are words, not pieces of a broken-up one. */
    private static final Set<String> SHORT_WORDS = Set.of("a", "i", "am", "an", "as", "at", "be", "by", "do", "go", "he",
            "hi", "if", "in", "is", "it", "me", "my", "no", "of", "oh", "ok", "on", "or", "so", "to", "up", "us", "we");
    private static final int MAX_PIECES = 6;
    private static final Pattern LEADING_SYMBOLS = Pattern.compile("^[^\\p{L}\\p{N}@$|\u20ac\u00a3]+");
    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[^\\p{L}\\p{N}|@$]+$");
    private static final Pattern TRAILING_SYMBOLS_NOT_AFTER_A_LETTER = Pattern.compile("(?<![\\p{L}@$])[@$]+$");

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

    /**
     * The words of a text where a word broken into pieces to slip past a list is also read whole: at each word, the
     * words it makes glued to the next few, when one of them is a piece (a letter or two that is no word): "sel f h
     * arm" and "se lf ha rm" are also "selfharm". Null when the text has no such piece.
     */
    static List<Set<String>> squeezed(String text) {
        List<String> words = new ArrayList<>();
        for (String token : plain(text).split("\\s+")) {
            String word = lettersOf(token);
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        if (words.stream().noneMatch(NormalisedText::isPiece)) {
            return null;
        }
        List<Set<String>> read = new ArrayList<>();
        for (int start = 0; start < words.size(); start++) {
            Set<String> forms = new LinkedHashSet<>(forms(words.get(start)));
            StringBuilder glued = new StringBuilder(words.get(start));
            boolean hasPiece = isPiece(words.get(start));
            for (int end = start + 1; end < Math.min(words.size(), start + MAX_PIECES); end++) {
                glued.append(words.get(end));
                hasPiece |= isPiece(words.get(end));
                if (hasPiece) {
                    forms.addAll(forms(glued.toString()));
                }
            }
            read.add(forms);
        }
        return read;
    }

    private static boolean isPiece(String word) {
        return word.length() <= 2 && !SHORT_WORDS.contains(word);
    }

    /** A list entry in comparable form: lower case, single spaces, no {@code *}. */
    static String entry(String entry) {
        List<String> words = new ArrayList<>();
        for (String token : plain(entry.replace("*", "")).split("\\s+")) {
            String word = lettersOf(token);
            if (!word.isEmpty()) {
                words.add(either(word).get(0));
            }
        }
        return String.join(" ", words);
    }

    private static String plain(String text) {
        return Normalizer.normalize(LookAlikes.folded(text), Normalizer.Form.NFKD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT);
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

    private static Set<String> forms(String written) {
        Set<String> forms = new LinkedHashSet<>();
        for (String word : either(written)) {
            forms.addAll(runs(word));
        }
        return forms;
    }

    /** Every reading of the characters that stand for several letters (the first few; the rest read the first way). */
    private static List<String> either(String word) {
        List<String> readings = new ArrayList<>(List.of(""));
        int expanded = 0;
        for (char c : word.toCharArray()) {
            List<String> letters = EITHER.get(c);
            if (letters == null || expanded >= MAX_EITHERS_EXPANDED) {
                String one = letters == null ? String.valueOf(c) : letters.get(0);
                readings.replaceAll(reading -> reading + one);
                continue;
            }
            expanded++;
            List<String> next = new ArrayList<>();
            for (String reading : readings) {
                for (String letter : letters) {
                    next.add(reading + letter);
                }
            }
            readings = next;
        }
        return readings;
    }

    private static Set<String> runs(String word) {
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
        String trimmed = LEADING_SYMBOLS.matcher(token).replaceAll("");
        trimmed = TRAILING_PUNCTUATION.matcher(trimmed).replaceAll("");
        // a trailing @ or $ stands for a letter after a letter ("an@", "cla$$"), and is punctuation after anything else
        trimmed = TRAILING_SYMBOLS_NOT_AFTER_A_LETTER.matcher(trimmed).replaceAll("");
        StringBuilder letters = new StringBuilder(trimmed.length());
        for (char c : trimmed.toCharArray()) {
            char mapped = LEET.getOrDefault(c, c);
            if (Character.isLetter(mapped) || EITHER.containsKey(mapped)) {
                letters.append(mapped);
            }
        }
        return letters.toString();
    }
}
