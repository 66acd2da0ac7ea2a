package com.novastoryteller.engine.embedded.reading;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * The nouns of a passage of a story, as its pictures need them: each with what it names (a place, an animal, a
 * thing…) by WordNet, the preposition before its phrase ("at the seaside", "under the bridge") and the adjectives
 * in front of it ("golden key"). Tagged by the same models that read a request, so "to fly a kite" has a verb
 * "fly" and a noun "kite", where a word list would see an insect.
 */
public final class Nouns {

    private static final Set<String> PLACE_PREPOSITIONS = Set.of("at", "in", "on", "under", "into", "inside", "near", "by",
            "across", "through", "to", "over", "beside", "behind", "onto", "around", "along", "towards", "toward", "up",
            "down", "beneath", "below", "above");

    private Nouns() {
    }

    /**
     * One noun of the passage.
     *
     * @param lemma        the noun in the singular, lower case ("kite"); a name as it is written ("Pebble")
     * @param sort         what it names
     * @param preposition  the preposition of its phrase, or null
     * @param adjectives   the adjectives and nouns before it that say what kind ("golden", "space"), lower case
     * @param name         whether it is a name (a capitalised proper noun)
     */
    public record Noun(String lemma, Lexicon.Sort sort, @Nullable String preposition, List<String> adjectives, boolean name) {

        /** The noun with the words before it: "space station", "golden key". */
        public String phrase() {
            return adjectives.isEmpty() ? lemma : String.join(" ", adjectives) + " " + lemma;
        }

        /** Whether a place noun is where things happen ("at the seaside") rather than talked of. */
        public boolean isWhere() {
            return preposition != null && PLACE_PREPOSITIONS.contains(preposition);
        }
    }

    /** Every noun of the text, in order. */
    public static List<Noun> in(String text) {
        Language language = Language.get();
        Lexicon lexicon = language.lexicon();
        List<Noun> nouns = new ArrayList<>();
        for (String sentence : text.split("(?<=[.!?])\\s+")) {
            new SentenceNouns(Sentence.of(sentence, language).tokens, lexicon, nouns).read();
        }
        return nouns;
    }

    /** Reads one sentence's nouns in order, keeping the preposition of the phrase and the adjectives before each. */
    private static final class SentenceNouns {

        private final List<Token> tokens;
        private final Lexicon lexicon;
        private final List<Noun> nouns;
        private final List<String> adjectives = new ArrayList<>();
        private @Nullable String preposition;

        SentenceNouns(List<Token> tokens, Lexicon lexicon, List<Noun> nouns) {
            this.tokens = tokens;
            this.lexicon = lexicon;
            this.nouns = nouns;
        }

        void read() {
            for (int n = 0; n < tokens.size(); n++) {
                n = take(n);
            }
        }

        /** Takes the word at {@code n} and says where it ended: a name of several words ends further on. */
        private int take(int n) {
            Token token = tokens.get(n);
            if (token.tag().equals("IN") || token.tag().equals("TO")) {
                preposition = token.lower();
                adjectives.clear();
            }
            else if (token.isAdjective()) {
                adjectives.add(token.lower());
            }
            else if (token.isName() && Character.isUpperCase(token.text().charAt(0))) {
                return name(n);
            }
            else if (token.isNoun() && n + 1 < tokens.size() && tokens.get(n + 1).isNoun() && !tokens.get(n + 1).isName()) {
                adjectives.add(token.lower()); // "space station", "kite string": the first noun says what kind
            }
            else if (token.isNoun()) {
                String lemma = lexicon.nounLemma(token.lower());
                nouns.add(new Noun(lemma, lexicon.sortOf(lemma), preposition, List.copyOf(adjectives), false));
                adjectives.clear();
            }
            else if (token.isVerb() || token.tag().equals(".") || token.tag().equals(",")) {
                preposition = token.isVerb() ? null : preposition;
                adjectives.clear();
            }
            else if (!token.tag().equals("DT") && !token.tag().startsWith("PRP") && !token.tag().equals("POS")
                    && !token.tag().equals("CD")) {
                adjectives.clear();
            }
            return n;
        }

        /** "Captain Okonkwo", "Sir Barnaby": a name of several words is one name. */
        private int name(int n) {
            StringBuilder name = new StringBuilder(tokens.get(n).text());
            while (n + 1 < tokens.size() && tokens.get(n + 1).isName()) {
                name.append(' ').append(tokens.get(++n).text());
            }
            nouns.add(new Noun(name.toString(), Lexicon.Sort.PERSON, preposition, List.copyOf(adjectives), true));
            adjectives.clear();
            return n;
        }
    }

    /** The lemma of a noun as the lexicon has it ("kites" is "kite"), lower case. */
    public static String lemma(String noun) {
        return Language.get().lexicon().nounLemma(noun.toLowerCase(Locale.ROOT));
    }
}
