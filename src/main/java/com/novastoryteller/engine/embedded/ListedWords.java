package com.novastoryteller.engine.embedded;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.novastoryteller.engine.embedded.reading.Language;
import com.novastoryteller.engine.embedded.reading.Spelling;

/**
 * The entries of a safety list, matched in a text's {@link NormalisedText normalised} words: whole words, phrases, and
 * word beginnings (entries ending in *).
 */
record ListedWords(Set<String> words, List<String[]> phrases, List<String> prefixes) implements Together.Matcher {

    /** Words at least this long are compared with the lists' words letter by letter, one letter may differ. */
    private static final int NEARLY_LENGTH = 8;

    static ListedWords of(List<String> lines) {
        Set<String> words = new HashSet<>();
        List<String[]> phrases = new ArrayList<>();
        List<String> prefixes = new ArrayList<>();
        for (String line : lines) {
            String entry = NormalisedText.entry(line);
            if (entry.contains(" ")) {
                // a word of a phrase may end in * too: "stop* eating" is "stops eating" and "stopped eating"
                String[] written = line.strip().split("\\s+");
                String[] phrase = entry.split(" ");
                for (int n = 0; n < phrase.length && written.length == phrase.length; n++) {
                    phrase[n] = written[n].endsWith("*") ? phrase[n] + "*" : phrase[n];
                }
                phrases.add(phrase);
                if (!line.contains("*")) {
                    // a phrase written as one word, or pieced together from a broken-up one: "selfharm"
                    words.add(entry.replace(" ", ""));
                }
            }
            else if (line.endsWith("*")) {
                prefixes.add(entry);
            }
            else {
                words.add(entry);
            }
        }
        return new ListedWords(words, phrases, prefixes);
    }

    @Override
    public boolean matchIn(List<Set<String>> text) {
        for (int i = 0; i < text.size(); i++) {
            for (String form : text.get(i)) {
                if (words.contains(form) || prefixes.stream().anyMatch(form::startsWith)) {
                    return true;
                }
            }
            for (String[] phrase : phrases) {
                if (startsAt(text, i, phrase)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether a long word that is no English word is one letter away from a long entry: a misspelling ("anorexya")
     * or a letter swapped to get past the list ("an4rexia"). Short words are left out, and real words ("strange"
     * is one letter from "strangl*"): one letter turns many of them into others.
     */
    boolean nearlyIn(List<Set<String>> text) {
        for (Set<String> forms : text) {
            for (String form : forms) {
                if (form.length() >= NEARLY_LENGTH && isNearly(form) && !Language.get().lexicon().isWord(form)) {
                    return true;
                }
            }
        }
        return false;
    }

    private boolean isNearly(String form) {
        return words.stream().anyMatch(word -> word.length() >= NEARLY_LENGTH && Spelling.distance(form, word) == 1)
                || prefixes.stream().anyMatch(prefix -> nearlyBegins(form, prefix));
    }

    private static boolean nearlyBegins(String word, String prefix) {
        if (prefix.length() < NEARLY_LENGTH - 1) {
            return false;
        }
        for (int length = prefix.length() - 1; length <= Math.min(word.length(), prefix.length() + 1); length++) {
            if (Spelling.distance(word.substring(0, length), prefix) == 1) {
                return true;
            }
        }
        return false;
    }

    /** Whether the phrase's words, each a word or a word beginning ending in *, are the text's from start on. */
    static boolean startsAt(List<Set<String>> text, int start, String[] phrase) {
        if (start + phrase.length > text.size()) {
            return false;
        }
        for (int offset = 0; offset < phrase.length; offset++) {
            String part = phrase[offset];
            boolean matches = part.endsWith("*")
                    ? text.get(start + offset).stream().anyMatch(form -> form.startsWith(part.substring(0, part.length() - 1)))
                    : text.get(start + offset).contains(part);
            if (!matches) {
                return false;
            }
        }
        return true;
    }
}
