package com.novastoryteller.engine.embedded.reading;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The request told back as the story's subject, in the child's own words: "a penguin called Pebble who wants
 * to learn to fly a kite" becomes "a penguin called Pebble who wanted to learn to fly a kite"; "a fox and a
 * rabbit become friends" becomes "how a fox and a rabbit became friends"; a question keeps its present tense and
 * loses its inversion ("why is the sky blue" is "why the sky is blue").
 */
final class Retelling {

    /** Verbs whose past the lexicon does not give as a story wants it: "can" is "could", "will" is "would". */
    static final Map<String, String> PAST = Map.ofEntries(Map.entry("is", "was"), Map.entry("are", "were"),
            Map.entry("am", "were"), Map.entry("has", "had"), Map.entry("have", "had"), Map.entry("can", "could"),
            Map.entry("will", "would"), Map.entry("must", "had to"), Map.entry("may", "might"), Map.entry("shall", "should"),
            Map.entry("cannot", "could not"), Map.entry("does", "did"), Map.entry("do", "did"), Map.entry("ca", "could"),
            Map.entry("wo", "would"));
    /** The story is told to the child, so what the child said of themselves is said of "you". */
    static final Map<String, String> TO_THE_CHILD = Map.of("i", "you", "me", "you", "my", "your", "we", "you",
            "us", "you", "our", "your", "myself", "yourself", "ourselves", "yourselves", "mine", "yours", "am", "are");

    private Retelling() {
    }

    static String of(Parse parse, Lexicon lexicon, @Nullable Goal goal) {
        if (goal != null && (goal.shape() == Shape.QUESTION || goal.question() != null && goal.shape() == Shape.SOLVE)) {
            return question(parse, lexicon) + rest(parse);
        }
        List<Token> tokens = parse.sentence.tokens;
        List<String> words = new ArrayList<>();
        for (int n = 0; n < tokens.size(); n++) {
            Token token = tokens.get(n);
            String word = token.text();
            boolean finite = token.tag().equals("VBZ") || token.tag().equals("VBP") || token.tag().equals("MD");
            if (TO_THE_CHILD.containsKey(token.lower())) {
                word = TO_THE_CHILD.get(token.lower());
                word = word.equals("are") && finite ? "were" : word;
            }
            else if (finite && PAST.containsKey(token.lower())) {
                word = PAST.get(token.lower());
            }
            else if (finite && token.tag().startsWith("VB")) {
                word = lexicon.past(lexicon.verbLemma(token.text()));
            }
            words.add(word);
        }
        String told = Sentence.join(words).replaceAll("[?.!]+$", "");
        boolean clause = parse.clauses.stream().anyMatch(c -> !c.relative && !c.subject.isEmpty()
                && c.subject.get(0).start == firstMentionStart(parse) && isFinite(c));
        told = startLower(tokens, told);
        return clause ? "how " + told : told;
    }

    /** The question part, without "do" and inversion: "why do leaves change colour" is "why leaves change colour". */
    static String question(Parse parse, Lexicon lexicon) {
        List<Token> tokens = parse.sentence.tokens;
        int end = questionEnd(tokens);
        List<String> words = new ArrayList<>();
        words.add(tokens.get(0).lower());
        Token second = tokens.size() > 1 ? tokens.get(1) : null;
        boolean inverted = second != null && !tokens.get(0).is("who") && !tokens.get(0).is("what") || second != null
                && tokens.get(0).is("what") && second.is("do", "does", "did", "is", "are", "was", "were");
        if (second != null && inverted && second.is("do", "does", "did")) {
            addWithoutDo(parse, lexicon, second, end, words);
        }
        else if (second != null && inverted && second.is("is", "are", "was", "were") && parse.mentionStartingAt(2) != null) {
            addWithVerbAfterSubject(parse, second, end, words);
        }
        else {
            for (int n = 1; n < end; n++) {
                words.add(tokens.get(n).text());
            }
        }
        return Sentence.join(words);
    }

    /** Where the question stops: at its first comma or question mark after the first word. */
    private static int questionEnd(List<Token> tokens) {
        for (int n = 1; n < tokens.size(); n++) {
            if (tokens.get(n).text().equals(",") || tokens.get(n).text().equals("?")) {
                return n;
            }
        }
        return tokens.size();
    }

    /** "do leaves change" is "leaves change", "did the sun go" "the sun went", "does it rain" "it rains". */
    private static void addWithoutDo(Parse parse, Lexicon lexicon, Token doing, int end, List<String> words) {
        List<Token> tokens = parse.sentence.tokens;
        Mention subject = parse.mentionStartingAt(2);
        int verbAt = subject == null ? 3 : subject.end;
        for (int k = 2; k < end; k++) {
            Token token = tokens.get(k);
            if (k == verbAt && token.tag().startsWith("VB")) {
                String lemma = lexicon.verbLemma(token.text());
                words.add(doing.is("did") ? lexicon.past(lemma)
                        : doing.is("does") ? lexicon.present(lemma, false) : lemma);
            }
            else {
                words.add(token.text());
            }
        }
    }

    /** "is the sky blue" is "the sky is blue". */
    private static void addWithVerbAfterSubject(Parse parse, Token verb, int end, List<String> words) {
        List<Token> tokens = parse.sentence.tokens;
        Mention subject = parse.mentionStartingAt(2);
        for (int k = 2; k < subject.end; k++) {
            words.add(tokens.get(k).text());
        }
        words.add(verb.lower());
        for (int k = subject.end; k < end; k++) {
            words.add(tokens.get(k).text());
        }
    }

    /** What follows the question: ", told by a squirrel called Nutmeg". */
    private static String rest(Parse parse) {
        List<Token> tokens = parse.sentence.tokens;
        for (int n = 1; n < tokens.size(); n++) {
            if (tokens.get(n).text().equals(",")) {
                List<String> words = new ArrayList<>();
                for (int k = n; k < tokens.size(); k++) {
                    words.add(tokens.get(k).text());
                }
                return Sentence.join(words).replaceAll("[?.!]+$", "");
            }
        }
        return "";
    }

    private static boolean isFinite(Clause clause) {
        return clause.verbs.stream().anyMatch(v -> v.tag().equals("VBZ") || v.tag().equals("VBP") || v.tag().equals("VBD")
                || v.tag().equals("MD"));
    }

    private static int firstMentionStart(Parse parse) {
        return parse.mentions.isEmpty() ? 0 : parse.mentions.get(0).start;
    }

    private static String startLower(List<Token> tokens, String told) {
        if (told.isEmpty() || tokens.isEmpty() || tokens.get(0).isName() && !tokens.get(0).is("the", "a", "an", "i")) {
            return told;
        }
        return told.substring(0, 1).toLowerCase(Locale.ROOT) + told.substring(1);
    }
}
