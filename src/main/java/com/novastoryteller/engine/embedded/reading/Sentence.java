package com.novastoryteller.engine.embedded.reading;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * A request's words after tagging: the tags repaired where OpenNLP's models, trained on newspapers, misread a
 * child's sentence (a name before its verb, "Mateo trains", read as a plural noun; "rexy" after "named" as a
 * common word), and the chunks worked out again from the repaired tags.
 */
final class Sentence {

    private static final Set<String> NAMING = Set.of("named", "called");
    private static final Set<String> RELATIVES = Set.of("who", "that", "which", "whose", "where", "when");
    /** After these a word is part of a noun phrase, never its clause's verb: "at the concert hall". */
    private static final Set<String> INSIDE_A_NOUN_PHRASE = Set.of("DT", "PRP$", "JJ", "CD", "POS");
    private static final Set<String> FOLLOWS_A_VERB = Set.of("DT", "IN", "PRP$", "PRP", "TO", "JJ", "CD", "RB", "NN",
            "NNS", "NNP", ",", ".", "RP");

    final List<Token> tokens;

    private Sentence(List<Token> tokens) {
        this.tokens = tokens;
    }

    static Sentence of(String text, Language language) {
        List<Token> tokens = new ArrayList<>(language.tag(text));
        Lexicon lexicon = language.lexicon();
        names(tokens, lexicon);
        verbs(tokens, lexicon);
        presentVerbs(tokens, lexicon);
        participles(tokens, lexicon);
        nouns(tokens);
        return new Sentence(nounsOutOfVerbChunks(language.chunk(tokens)));
    }

    /** Words after "named" or "called", capitalised words inside the sentence, and misspelt kinds before a name. */
    private static void names(List<Token> tokens, Lexicon lexicon) {
        for (int n = 0; n < tokens.size(); n++) {
            Token token = tokens.get(n);
            boolean afterNaming = n > 0 && tokens.get(n - 1).is("named", "called") && token.text().matches("\\p{L}[\\p{L}'-]*");
            if (afterNaming) {
                tokens.set(n, capitalised(token).tagged("NNP"));
                for (int next = n + 1; next < tokens.size() && Character.isUpperCase(tokens.get(next).text().charAt(0)); next++) {
                    tokens.set(next, tokens.get(next).tagged("NNP"));
                }
                fixSpelling(tokens, n - 2, lexicon);
            }
            else if (n > 0 && Character.isUpperCase(token.text().charAt(0)) && !token.text().equals("I")
                    && !token.isName() && token.text().matches("\\p{L}[\\p{L}'-]*")) {
                tokens.set(n, token.tagged("NNP"));
            }
            else if (n == 0 && Character.isUpperCase(token.text().charAt(0)) && token.isNoun() && !lexicon.isNoun(token.text())) {
                tokens.set(n, token.tagged("NNP"));
            }
        }
        for (int n = 1; n < tokens.size(); n++) {
            Token token = tokens.get(n);
            Token before = tokens.get(n - 1);
            boolean unknownAfterKin = token.isNoun() && !token.isName() && before.isNoun() && !before.isName()
                    && !lexicon.isNoun(token.text()) && !lexicon.isVerb(token.text()) && lexicon.sortOf(before.text()).isAlive();
            if (unknownAfterKin) {
                tokens.set(n, capitalised(token).tagged("NNP"));
            }
        }
    }

    private static void fixSpelling(List<Token> tokens, int at, Lexicon lexicon) {
        if (at < 0 || at >= tokens.size() || !tokens.get(at).isNoun() && !tokens.get(at).isAdjective()) {
            return;
        }
        String corrected = lexicon.spellingOf(tokens.get(at).text());
        if (corrected != null) {
            tokens.set(at, tokens.get(at).spelled(corrected).tagged("NN"));
        }
    }

    /**
     * A clause needs its verb: a word tagged as a noun that WordNet knows as a verb becomes the verb where it
     * follows its subject and agrees with it ("Mateo trains for", "a knight, a princess and a dragon share a
     * picnic"), or follows "who" or "that".
     */
    private static void verbs(List<Token> tokens, Lexicon lexicon) {
        for (int n = 1; n < tokens.size(); n++) {
            Token token = tokens.get(n);
            if (!(token.isNoun() && !token.isName() || token.isAdjective()) || !lexicon.isVerb(token.text())) {
                continue;
            }
            Token before = tokens.get(n - 1);
            if (INSIDE_A_NOUN_PHRASE.contains(before.tag())) {
                continue;
            }
            boolean followedWell = n + 1 >= tokens.size() || FOLLOWS_A_VERB.contains(tokens.get(n + 1).tag());
            boolean afterRelative = RELATIVES.contains(before.lower()) && !before.is("where", "when", "whose");
            boolean compound = before.isNoun() && !before.isName() && (n + 1 >= tokens.size()
                    || List.of("IN", "TO", ",", ".").contains(tokens.get(n + 1).tag()));
            boolean agrees = agreesWithSubject(tokens, n, token);
            boolean hasFollower = n + 1 < tokens.size();
            if (followedWell && (afterRelative || agrees && hasFollower && !compound && !hasVerbBefore(tokens, n))) {
                tokens.set(n, token.tagged(token.lower().endsWith("s") && !token.lower().endsWith("ss") ? "VBZ" : "VBP"));
            }
        }
    }

    /** "a fox and a rabbit become friends": a plain verb read as a participle after a plural subject is the clause's verb. */
    private static void presentVerbs(List<Token> tokens, Lexicon lexicon) {
        for (int n = 1; n < tokens.size(); n++) {
            Token token = tokens.get(n);
            boolean plain = (token.tag().equals("VB") || token.tag().equals("VBN")) && lexicon.verbLemma(token.text()).equals(token.lower());
            if (plain && !INSIDE_A_NOUN_PHRASE.contains(tokens.get(n - 1).tag()) && !tokens.get(n - 1).is("to") && !tokens.get(n - 1).tag().equals("MD") && !hasVerbBefore(tokens, n)
                    && agreesWithSubject(tokens, n, token)) {
                tokens.set(n, token.tagged("VBP"));
            }
        }
    }

    private static boolean agreesWithSubject(List<Token> tokens, int at, Token verb) {
        int subject = at - 1;
        while (subject >= 0 && tokens.get(subject).tag().equals(",")) {
            subject--;
        }
        for (int back = subject - 1; back >= Math.max(0, subject - 3); back--) {
            if (tokens.get(back).tag().equals("IN") && back > 0 && tokens.get(back - 1).isNoun()) {
                subject = back - 1;
                break;
            }
        }
        if (subject < 0 || !tokens.get(subject).isNoun()) {
            return false;
        }
        Token noun = tokens.get(subject);
        boolean thirdPerson = verb.lower().endsWith("s") && !verb.lower().endsWith("ss");
        boolean pluralSubject = noun.tag().equals("NNS") || tokens.subList(0, subject).stream().anyMatch(t -> t.is("and"));
        if (thirdPerson) {
            return noun.isName() || !pluralSubject;
        }
        return pluralSubject && (noun.isName() || noun.tag().equals("NNS") || subject > 0);
    }

    private static boolean hasVerbBefore(List<Token> tokens, int at) {
        for (int n = 0; n < at; n++) {
            Token token = tokens.get(n);
            if (token.isVerb() && !NAMING.contains(token.lower()) && !token.tag().equals("VBN") && !token.tag().equals("VBG")) {
                boolean inRelative = n > 0 && RELATIVES.contains(tokens.get(n - 1).lower());
                if (!inRelative) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * "a unicorn standing on a bridge": a word in -ing read as a noun after a noun, before a preposition or at the end,
     * describes what stands before it; a word right after "a" or "the" is never a verb ("a fly"), nor is a noun that
     * ends the phrase after "the old" ("the old shed").
     */
    private static void participles(List<Token> tokens, Lexicon lexicon) {
        for (int n = 1; n < tokens.size(); n++) {
            Token token = tokens.get(n);
            Token before = tokens.get(n - 1);
            boolean beforeAPhrase = n + 1 >= tokens.size() || tokens.get(n + 1).tag().matches("IN|TO|RP|DT");
            if (token.tag().startsWith("NN") && !token.isName() && token.lower().endsWith("ing") && before.isNoun()
                    && beforeAPhrase && lexicon.isVerb(lexicon.verbLemma(token.lower()))) {
                tokens.set(n, token.tagged("VBG"));
            }
            else if ((token.tag().equals("VB") || token.tag().equals("VBP")) && before.is("a", "an", "the")
                    && lexicon.isNoun(token.lower())) {
                tokens.set(n, token.tagged("NN"));
            }
            else if ((token.tag().equals("VBN") || token.tag().equals("VBD")) && n >= 2 && before.tag().matches("NN|JJ")
                    && tokens.get(n - 2).tag().matches("DT|PRP\\$") && beforeAPhrase && lexicon.isNoun(token.lower())
                    && lexicon.nounLemma(token.lower()).equals(token.lower())) {
                tokens.set(n, token.tagged("NN")); // "under the old shed"
            }
        }
    }

    /** "a kite" read as an adjective at the end of its phrase is a noun. */
    private static void nouns(List<Token> tokens) {
        for (int n = 1; n < tokens.size(); n++) {
            Token token = tokens.get(n);
            boolean lastOfPhrase = n + 1 >= tokens.size() || !tokens.get(n + 1).isNoun() && !tokens.get(n + 1).isAdjective();
            if (token.isAdjective() && lastOfPhrase && tokens.get(n - 1).is("a", "an", "the", "my", "his", "her", "their")) {
                tokens.set(n, token.tagged("NN"));
            }
        }
    }

    /** The chunker sometimes puts a noun in a verb chunk ("a time [machine]"): it belongs to the noun phrase before it. */
    private static List<Token> nounsOutOfVerbChunks(List<Token> tokens) {
        List<Token> fixed = new ArrayList<>(tokens);
        for (int n = 0; n < fixed.size(); n++) {
            Token token = fixed.get(n);
            if (token.isNoun() && token.chunk().endsWith("-VP")) {
                boolean afterNoun = n > 0 && fixed.get(n - 1).chunk().endsWith("-NP");
                fixed.set(n, token.chunked(afterNoun ? "I-NP" : "B-NP"));
            }
        }
        return fixed;
    }

    private static Token capitalised(Token token) {
        String text = token.text();
        return token.spelled(text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1));
    }

    /**
     * The tokens' words from {@code from} to {@code to}, joined as they are written ("Theo's", "doesn't"); nothing
     * when the two overlap (a phrase that took in the "of" phrase after it ends past the next one's start).
     */
    String words(int from, int to) {
        return from >= to ? "" : join(tokens.subList(from, to).stream().map(Token::text).toList());
    }

    /** Words joined as they are written: no space before "'s", "n't" or punctuation. */
    static String join(List<String> words) {
        StringBuilder text = new StringBuilder();
        for (String word : words) {
            boolean attached = word.equals("'s") || word.equals("'") || word.equals("n't") || word.equals(",")
                    || word.equals(".") || word.equals("?") || word.equals("!");
            if (!text.isEmpty() && !attached) {
                text.append(' ');
            }
            text.append(word);
        }
        return text.toString();
    }

    @Nullable Token at(int n) {
        return n >= 0 && n < tokens.size() ? tokens.get(n) : null;
    }

    int size() {
        return tokens.size();
    }
}
