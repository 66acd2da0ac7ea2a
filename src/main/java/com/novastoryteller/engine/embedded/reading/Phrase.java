package com.novastoryteller.engine.embedded.reading;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * A noun phrase of the request as the child wrote it, with the preposition before it where there was one:
 * "at" + "the seaside", "under" + "the Sahara sand", "" + "a broken telescope".
 *
 * @param preposition "at", "on", "under"..., or empty
 * @param words       the phrase with its determiner and adjectives ("a broken telescope")
 * @param head        the word it is about, singular ("telescope")
 */
public record Phrase(String preposition, String words, String head) {

    /** "at the seaside", or just the words when there is no preposition. */
    public String withPreposition() {
        return preposition.isEmpty() ? words : preposition + " " + words;
    }

    /**
     * The phrase as something already mentioned: "a broken telescope" is "the broken telescope", "some honey"
     * is "the honey"; names, possessives ("her horn", "the king's cheese") and mass nouns with no article stay.
     */
    public String definite() {
        String lower = words.toLowerCase(Locale.ROOT);
        for (String article : new String[] { "a ", "an ", "some ", "one ", "any " }) {
            if (lower.startsWith(article)) {
                return "the " + words.substring(article.length());
            }
        }
        return words;
    }

    public static Phrase of(@Nullable String preposition, String words, String head) {
        return new Phrase(preposition == null ? "" : preposition, words, head);
    }
}
