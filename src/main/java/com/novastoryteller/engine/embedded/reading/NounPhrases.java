package com.novastoryteller.engine.embedded.reading;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The request's noun phrases as {@link Mention}s, each with the preposition before it, possessives joined to
 * what they own ("Grandpa Theo's bakery"), "of" phrases to the phrase before, and names to what they name ("a
 * penguin called Pebble", "two robots, Cog and Sprocket", "Captain Mirelle, a brave astronaut").
 */
final class NounPhrases {

    private static final Map<String, Integer> NUMBERS = Map.ofEntries(Map.entry("one", 1), Map.entry("two", 2),
            Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7),
            Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("both", 2), Map.entry("twin", 2));

    private final Sentence sentence;
    private final Lexicon lexicon;
    private final List<Span> spans;
    private final List<Mention> mentions = new ArrayList<>();

    private NounPhrases(Sentence sentence, Lexicon lexicon, List<Span> spans) {
        this.sentence = sentence;
        this.lexicon = lexicon;
        this.spans = spans;
    }

    static List<Mention> of(Sentence sentence, Lexicon lexicon, List<Span> spans) {
        NounPhrases phrases = new NounPhrases(sentence, lexicon, spans);
        phrases.mentions();
        phrases.names();
        return phrases.mentions;
    }

    private void mentions() {
        for (int s = 0; s < spans.size(); s++) {
            Span span = spans.get(s);
            if (!span.label().equals("NP")) {
                continue;
            }
            Mention mention = mention(span.start(), span.end());
            Span before = s > 0 ? spans.get(s - 1) : null;
            if (before != null && (before.label().equals("PP") || isPreposition(before))) {
                mention.preposition = sentence.words(before.start(), before.end()).toLowerCase(Locale.ROOT);
            }
            Mention previous = mentions.isEmpty() ? null : mentions.get(mentions.size() - 1);
            boolean possessive = sentence.tokens.get(span.start()).text().matches("'s?");
            boolean pronounOwner = previous != null && previous.end == span.start() && previous.nouns.isEmpty()
                    && previous.names.isEmpty() && previous.head != null && previous.head.matches("her|his|its|their|our|my|your")
                    && mention.determiner.isEmpty();
            if (previous != null && previous.end == span.start() && (possessive || pronounOwner)) {
                Mention joined = mention(previous.start, span.end());
                joined.preposition = previous.preposition;
                mentions.set(mentions.size() - 1, joined);
                continue;
            }
            if (mention.head != null || mention.hasNames()) {
                mentions.add(mention);
            }
        }
        joinOfPhrases();
    }

    private boolean isPreposition(Span span) {
        Token token = sentence.tokens.get(span.start());
        return span.end() - span.start() == 1 && (token.tag().equals("IN") || token.tag().equals("TO"))
                && !Parse.RELATIVES.contains(token.lower());
    }

    private Mention mention(int start, int end) {
        Mention mention = new Mention(start);
        mention.end = end;
        int from = start;
        for (int n = start; n < end; n++) {
            if (sentence.tokens.get(n).text().equals("'s") || sentence.tokens.get(n).text().equals("'")) {
                mention.possessor = sentence.words(from, n).replaceFirst("(?i)^(the|a|an|my|his|her|their|our)\\s+", "");
                from = n + 1;
            }
        }
        for (int n = from; n < end; n++) {
            take(mention, n, from, end);
        }
        if (!mention.nouns.isEmpty()) {
            String last = mention.nouns.get(mention.nouns.size() - 1);
            mention.head = mention.plural ? lexicon.singular(last) : lexicon.nounLemma(last);
            mention.sort = lexicon.sortOf(last);
            if (mention.head.equals("twin")) {
                mention.plural = true;
                mention.count = 2;
            }
        }
        else if (mention.hasNames()) {
            mention.sort = Lexicon.Sort.UNKNOWN;
        }
        mention.words = sentence.words(start, end);
        return mention;
    }

    /** One word of the phrase after its possessor ({@code from}): its determiner, number, a name, a noun or an adjective. */
    private void take(Mention mention, int n, int from, int end) {
        Token token = sentence.tokens.get(n);
        String tag = token.tag();
        if (tag.equals("DT") || tag.equals("PRP$") || tag.equals("WP$") || tag.equals("PRP") && n + 1 < end
                && token.lower().matches("her|his|its|their|our|my|your")) {
            if (mention.determiner.isEmpty()) {
                mention.determiner = token.lower();
            }
        }
        else if (tag.equals("CD")) {
            mention.count = NUMBERS.getOrDefault(token.lower(), mention.count);
            mention.plural = mention.count > 1;
        }
        else if (token.isName()) {
            addName(mention, token, n > from && sentence.tokens.get(n - 1).isName());
        }
        else if (token.isNoun()) {
            mention.nouns.add(token.lower());
            if (tag.equals("NNS")) {
                mention.plural = true;
            }
        }
        else if (tag.equals("PRP")) {
            mention.head = token.lower();
        }
        else if (token.isAdjective() || tag.equals("VBN") || tag.equals("VBG") || tag.equals("RB")) {
            if (n + 1 < end) {
                mention.adjectives.add(token.lower());
            }
            else if (token.isAdjective()) {
                mention.nouns.add(token.lower());
            }
        }
    }

    /** A name after a title is part of it ("Captain Mirelle"); any other name is a name of its own ("Cog", "Sprocket"). */
    private static void addName(Mention mention, Token token, boolean afterName) {
        boolean continues = !mention.names.isEmpty() && afterName
                && Mention.TITLES.contains(mention.names.get(mention.names.size() - 1).toLowerCase(Locale.ROOT));
        if (continues) {
            int last = mention.names.size() - 1;
            mention.names.set(last, mention.names.get(last) + " " + token.text());
        }
        else {
            mention.names.add(token.text());
        }
    }

    /** "the village of Puddleby", "a team of ants", "the case of the missing fish": one phrase, and the inner one kept. */
    private void joinOfPhrases() {
        for (int n = mentions.size() - 1; n > 0; n--) {
            Mention inner = mentions.get(n);
            Mention outer = mentions.get(n - 1);
            if (inner.preposition.equals("of") && inner.start <= outer.end + 1) {
                outer.words = outer.words + " of " + inner.words;
                outer.end = inner.end;
                inner.preposition = "of:" + outer.head;
                outer.of = inner;
            }
        }
    }

    /** Joins names to what they name: "called Pebble", ", Cog and Sprocket,", "Captain Mirelle, a brave astronaut,". */
    private void names() {
        for (int n = 0; n + 1 < mentions.size(); n++) {
            Mention first = mentions.get(n);
            Mention next = mentions.get(n + 1);
            String between = sentence.words(first.end, next.start).toLowerCase(Locale.ROOT);
            if (next.isOnlyNames() && (between.equals("named") || between.equals("called") || between.equals("called named"))) {
                absorb(first, next, between);
                n--;
            }
            else if (next.isOnlyNames() && between.isEmpty() && !first.hasNames() && !first.plural && first.head != null
                    && first.isAlive() && next.preposition.isEmpty()) {
                absorb(first, next, between);
                n--;
            }
            else if (next.isOnlyNames() && (between.equals(",") || between.equals("and")) && first.hasNames() == false
                    && first.plural && first.head != null && first.isAlive()) {
                absorb(first, next, between);
                n--;
            }
            else if (next.isOnlyNames() && (between.equals(",") || between.equals("and")) && first.plural
                    && first.names.size() < first.count && first.head != null) {
                absorb(first, next, between);
                n--;
            }
            else if (first.isOnlyNames() && between.equals(",") && !next.hasNames() && next.head != null
                    && next.determiner.matches("a|an") && next.preposition.isEmpty()) {
                first.nouns.addAll(next.nouns);
                first.adjectives.addAll(next.adjectives);
                first.head = next.head;
                first.sort = next.sort;
                first.words = first.words + ", " + next.words;
                first.end = next.end;
                mentions.remove(n + 1);
                n--;
            }
        }
    }

    private void absorb(Mention first, Mention names, String between) {
        first.names.addAll(names.names);
        first.words = sentence.words(first.start, names.end);
        first.end = names.end;
        mentions.remove(names);
    }
}
