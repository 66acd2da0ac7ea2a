package com.novastoryteller.engine.embedded;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

import com.novastoryteller.engine.SafetyCategory;
import com.novastoryteller.engine.SafetyFilter;
import com.novastoryteller.engine.SafetyVerdict;

/**
 * The offline safety filter: word and phrase lists per category ({@code safety/*.txt}), matched as
 * whole words against the {@link NormalisedText normalised} text, so that disguised spellings are
 * caught and innocent words that merely contain a rude string ("Scunthorpe", "class") pass.
 */
@Component
@ConditionalOnProperty(name = "storyteller.providers.safety", havingValue = "embedded", matchIfMissing = true)
public class EmbeddedSafetyFilter implements SafetyFilter {

    private final Map<SafetyCategory, Entries> lists = new EnumMap<>(SafetyCategory.class);
    private final Set<String> allowedWords = new HashSet<>();
    private final Set<String> allowedPhrases = new HashSet<>();

    public EmbeddedSafetyFilter() {
        for (SafetyCategory category : SafetyCategory.values()) {
            lists.put(category, Entries.of(WordList.read(listFile(category))));
        }
        for (String entry : WordList.read("/safety/allow.txt").stream().map(NormalisedText::entry).toList()) {
            (entry.contains(" ") ? allowedPhrases : allowedWords).add(entry);
        }
    }

    static String listFile(SafetyCategory category) {
        return "/safety/" + category.name().toLowerCase(Locale.ROOT).replace('_', '-') + ".txt";
    }

    @Override
    public SafetyVerdict check(String text) {
        List<Set<String>> words = withoutAllowed(NormalisedText.words(text));
        Set<SafetyCategory> found = EnumSet.noneOf(SafetyCategory.class);
        lists.forEach((category, entries) -> {
            if (entries.matchIn(words)) {
                found.add(category);
            }
        });
        return found.isEmpty() ? SafetyVerdict.SAFE : new SafetyVerdict(found);
    }

    // Allowed words and phrases are blanked out before any list is consulted.
    private List<Set<String>> withoutAllowed(List<Set<String>> words) {
        List<Set<String>> kept = new ArrayList<>(words);
        for (int i = 0; i < kept.size(); i++) {
            if (kept.get(i).stream().anyMatch(allowedWords::contains)) {
                kept.set(i, Set.of("_"));
            }
            for (String phrase : allowedPhrases) {
                String[] allowed = phrase.split(" ");
                if (Entries.startsAt(kept, i, allowed)) {
                    for (int offset = 0; offset < allowed.length; offset++) {
                        kept.set(i + offset, Set.of("_"));
                    }
                }
            }
        }
        return kept;
    }

    /** One category's entries: whole words, phrases, and word beginnings (entries ending in *). */
    private record Entries(Set<String> words, List<String[]> phrases, List<String> prefixes) {

        static Entries of(List<String> lines) {
            Set<String> words = new HashSet<>();
            List<String[]> phrases = new ArrayList<>();
            List<String> prefixes = new ArrayList<>();
            for (String line : lines) {
                String entry = NormalisedText.entry(line);
                if (line.endsWith("*")) {
                    prefixes.add(entry);
                }
                else if (entry.contains(" ")) {
                    phrases.add(entry.split(" "));
                }
                else {
                    words.add(entry);
                }
            }
            return new Entries(words, phrases, prefixes);
        }

        boolean matchIn(List<Set<String>> text) {
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

        static boolean startsAt(List<Set<String>> text, int start, String[] phrase) {
            if (start + phrase.length > text.size()) {
                return false;
            }
            for (int offset = 0; offset < phrase.length; offset++) {
                if (!text.get(start + offset).contains(phrase[offset])) {
                    return false;
                }
            }
            return true;
        }
    }
}
