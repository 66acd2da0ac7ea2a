package com.novastoryteller.engine.embedded;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The words and phrases {@code safety/allow.txt} lets pass though a list holds part of them ("Scunthorpe", "Moby
 * Dick", "sextant"): blanked out before any list is consulted, and taken out of a sentence to read it by meaning.
 */
final class AllowedWords {

    private static final Set<String> BLANK = Set.of("_");

    private final Set<String> words = new HashSet<>();
    private final Set<String> phrases = new HashSet<>();
    /** The allowed words and phrases in running text. */
    private final Pattern inText;

    AllowedWords() {
        for (String entry : WordList.read("/safety/allow.txt").stream().map(NormalisedText::entry).toList()) {
            (entry.contains(" ") ? phrases : words).add(entry);
        }
        inText = Pattern.compile(Stream.concat(phrases.stream(), words.stream())
                .map(entry -> Pattern.quote(entry).replace(" ", "\\E\\s+\\Q"))
                .collect(Collectors.joining("|", "(?<![\\p{L}\\p{N}])(?:", ")(?![\\p{L}\\p{N}])")), Pattern.CASE_INSENSITIVE);
    }

    /** The normalised words with each allowed word and each word of an allowed phrase blanked out. */
    List<Set<String>> blankedIn(List<Set<String>> text) {
        List<Set<String>> kept = new ArrayList<>(text);
        for (int i = 0; i < kept.size(); i++) {
            if (kept.get(i).stream().anyMatch(words::contains)) {
                kept.set(i, BLANK);
            }
            for (String phrase : phrases) {
                String[] allowed = phrase.split(" ");
                if (ListedWords.startsAt(kept, i, allowed)) {
                    for (int offset = 0; offset < allowed.length; offset++) {
                        kept.set(i + offset, BLANK);
                    }
                }
            }
        }
        return kept;
    }

    /** The sentence without its allowed words and phrases, its spaces closed up. */
    String takenOutOf(String sentence) {
        return inText.matcher(sentence).replaceAll("").replaceAll("\\s{2,}", " ").strip();
    }
}
