package com.novastoryteller.engine.embedded.reading;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A change the child asks for in the middle of a story ("make the telescope talk", "Sprocket gets lost", "add a
 * dragon named Spark"), read with the same understanding as a request: told as something that happens, in the
 * story's past tense ("the telescope talked", "Sprocket got lost", "a dragon named Spark appeared"), with whoever
 * it brings into the story.
 *
 * @param happening what happened, to follow "Then, all of a sudden,"
 * @param newcomers the characters the wish names, who join the story from now on
 */
public record Wish(String happening, List<Being> newcomers) {

    private static final Pattern POLITE = Pattern.compile("(?i)^(please|and|then|and then|suddenly|now|oh)[,!]?\\s+");
    private static final Pattern BRINGING = Pattern.compile("(?i)^(add|put in|bring in|bring|include|give (it|them|the story))\\s+");
    private static final Pattern CAUSING = Pattern.compile("(?i)^(make|let|have)\\s+(it\\s+so\\s+that\\s+|it\\s+so\\s+)?");
    private static final Map<String, String> CONTRACTIONS = Map.of("it's", "it is", "there's", "there is",
            "they're", "they are", "we're", "we are", "you're", "you are", "i'm", "i am");

    public Wish {
        newcomers = List.copyOf(newcomers);
    }

    public static Wish read(String said) {
        String wish = said.strip().replaceAll("[.!?]+$", "").replaceAll("[\u2019\u2018]", "'");
        for (Matcher polite = POLITE.matcher(wish); polite.lookingAt(); polite = POLITE.matcher(wish)) {
            wish = wish.substring(polite.end());
        }
        Matcher bringing = BRINGING.matcher(wish);
        boolean brought = bringing.lookingAt();
        wish = brought ? wish.substring(bringing.end()) : wish;
        Matcher causing = CAUSING.matcher(wish);
        boolean caused = !brought && causing.lookingAt();
        wish = caused ? wish.substring(causing.end()) : wish;
        for (Map.Entry<String, String> contraction : CONTRACTIONS.entrySet()) {
            wish = wish.replaceAll("(?i)\\b" + Pattern.quote(contraction.getKey()) + "\\b", contraction.getValue());
        }
        if (wish.isBlank()) {
            return new Wish(said.strip(), List.of());
        }
        Language language = Language.get();
        Sentence sentence = Sentence.of(wish, language);
        String happening = inThePast(sentence, language.lexicon(), caused, brought);
        StoryIdea idea = RequestReader.read(wish);
        List<Being> newcomers = new ArrayList<>(idea.heroes());
        newcomers.addAll(idea.others());
        newcomers.removeIf(being -> "you".equals(being.name()));
        return new Wish(happening, newcomers);
    }

    /**
     * The wish with its verb in the past tense: the verb is the word after the wish's subject, however the tagger read
     * it ("it rain" after "make"). After "make" a participle needs its "was" ("the moon made of cheese"); a wish with no
     * verb is something that appears ("a dragon named Spark").
     */
    private static String inThePast(Sentence sentence, Lexicon lexicon, boolean caused, boolean brought) {
        List<Token> tokens = sentence.tokens;
        Parse parse = new Parse(sentence, lexicon);
        Mention subject = parse.mentions.isEmpty() || parse.mentions.get(0).start != 0 ? null : parse.mentions.get(0);
        int verbAt = -1;
        if (!brought && subject != null && subject.end < tokens.size() && isVerb(tokens.get(subject.end), lexicon)) {
            verbAt = subject.end;
        }
        else if (!brought && subject != null && subject.nouns.size() > 1
                && readAsCompound(tokens.get(subject.end - 1), caused, subject.end < tokens.size(), lexicon)) {
            verbAt = subject.end - 1; // "the telescope talk" after "make", "a fly lands on the cake": the last "noun" is the verb
        }
        else if (!brought && subject == null) {
            for (int n = 1; n < tokens.size() && verbAt < 0; n++) {
                verbAt = tokens.get(n).tag().startsWith("VB") || tokens.get(n).tag().equals("MD") ? n : -1;
            }
        }
        List<String> words = new ArrayList<>();
        for (int n = 0; n < tokens.size(); n++) {
            Token token = tokens.get(n);
            String word = n == 0 && !token.isName() ? token.lower() : token.text();
            if (Retelling.TO_THE_CHILD.containsKey(token.lower()) && (token.tag().startsWith("PRP") || token.is("i"))) {
                word = Retelling.TO_THE_CHILD.get(token.lower());
            }
            else if (n == verbAt) {
                word = pastOf(token, lexicon, caused);
            }
            words.add(word);
        }
        String told = Sentence.join(words);
        boolean aNounPhrase = subject != null && !tokens.get(0).is("with", "for");
        return verbAt < 0 && aNounPhrase ? told + " appeared" : told;
    }

    private static boolean readAsCompound(Token last, boolean caused, boolean more, Lexicon lexicon) {
        boolean agrees = last.lower().endsWith("s") && !last.lower().endsWith("ss") && more;
        return (caused || agrees) && lexicon.isVerb(lexicon.verbLemma(last.lower()));
    }

    private static boolean isVerb(Token token, Lexicon lexicon) {
        return token.tag().startsWith("VB") || token.tag().equals("MD") || Retelling.PAST.containsKey(token.lower())
                || !token.isName() && !token.tag().matches("IN|TO|DT|CC|RB|JJ.*|PRP.*|,|\\.") && lexicon.isVerb(token.lower());
    }

    private static String pastOf(Token verb, Lexicon lexicon, boolean caused) {
        String tag = verb.tag();
        if (caused && (tag.equals("VBN") || tag.equals("VBD"))) {
            return "was " + verb.text();
        }
        if (tag.equals("VBD") || tag.equals("VBN")) {
            return verb.text();
        }
        return Retelling.PAST.getOrDefault(verb.lower(), lexicon.past(lexicon.verbLemma(verb.lower())));
    }
}
