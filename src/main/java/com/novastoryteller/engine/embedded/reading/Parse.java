package com.novastoryteller.engine.embedded.reading;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * The structure of a request built from its chunks: the noun phrases as {@link Mention}s, with names joined
 * to what they name ("a penguin called Pebble", "two robots, Cog and Sprocket", "Captain Mirelle, a brave
 * astronaut"), and each verb as a {@link Clause} with its subject, object and phrases.
 */
final class Parse {

    private static final Map<String, Integer> NUMBERS = Map.ofEntries(Map.entry("one", 1), Map.entry("two", 2),
            Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7),
            Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("both", 2), Map.entry("twin", 2));
    private static final Set<String> RELATIVES = Set.of("who", "that", "which", "whose");
    private static final Set<String> NARRATING = Set.of("told", "explained", "narrated", "shown", "taught", "read");

    final Sentence sentence;
    final List<Mention> mentions = new ArrayList<>();
    final List<Clause> clauses = new ArrayList<>();
    /** Whoever tells the story within it: "told by a squirrel called Nutmeg". */
    @Nullable Mention teller;
    private final Lexicon lexicon;
    private final List<Span> spans = new ArrayList<>();

    private record Span(String label, int start, int end) {
    }

    Parse(Sentence sentence, Lexicon lexicon) {
        this.sentence = sentence;
        this.lexicon = lexicon;
        spans();
        mentions();
        names();
        clauses();
    }

    private void spans() {
        int start = 0;
        String label = null;
        for (int n = 0; n < sentence.size(); n++) {
            String chunk = sentence.tokens.get(n).chunk();
            boolean begins = chunk.startsWith("B-") || chunk.equals("O") || label == null || !chunk.substring(2).equals(label);
            if (begins && label != null) {
                spans.add(new Span(label, start, n));
                label = null;
            }
            if (chunk.equals("O")) {
                spans.add(new Span("O", n, n + 1));
            }
            else if (begins) {
                label = chunk.substring(2);
                start = n;
            }
        }
        if (label != null) {
            spans.add(new Span(label, start, sentence.size()));
        }
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
                && !RELATIVES.contains(token.lower());
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
                boolean title = Mention.TITLES.contains(token.lower()) && n + 1 < end && sentence.tokens.get(n + 1).isName();
                boolean continues = !mention.names.isEmpty() && n > from && sentence.tokens.get(n - 1).isName()
                        && Mention.TITLES.contains(mention.names.get(mention.names.size() - 1).toLowerCase(Locale.ROOT));
                if (continues) {
                    int last = mention.names.size() - 1;
                    mention.names.set(last, mention.names.get(last) + " " + token.text());
                }
                else {
                    mention.names.add(token.text());
                }
                if (title) {
                    continue;
                }
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

    private void clauses() {
        Clause current = null;
        for (int s = 0; s < spans.size(); s++) {
            Span span = spans.get(s);
            if (!span.label().equals("VP")) {
                continue;
            }
            List<Token> verbs = sentence.tokens.subList(span.start(), span.end());
            Token first = verbs.get(0);
            if (verbs.size() == 1 && first.is("named", "called")) {
                continue;
            }
            if (NARRATING.contains(first.lower()) && next(span.end()) instanceof Mention agent && agent.preposition.equals("by")) {
                teller = agent;
                continue;
            }
            boolean purpose = first.is("to") && current != null && span.start() > 0;
            Clause clause = new Clause();
            clause.verbs.addAll(verbs);
            if (purpose) {
                clause.subject.addAll(current.subject);
                current.purpose = clause;
            }
            else {
                subject(clause, span.start());
                clauses.add(clause);
            }
            complements(clause, s);
            if (!purpose) {
                current = clause;
            }
        }
    }

    /** The mentions just before the verb, joined by commas and "and"; after "who" or "that", the one it is about. */
    private void subject(Clause clause, int verbStart) {
        int n = verbStart - 1;
        while (n >= 0 && sentence.tokens.get(n).tag().startsWith("RB")) {
            n--;
        }
        if (n >= 0 && RELATIVES.contains(sentence.tokens.get(n).lower())) {
            clause.relative = true;
            Mention owner = mentionEndingAtOrBefore(n);
            if (sentence.tokens.get(n).is("whose") && owner != null) {
                Mention possessed = mentionStartingAt(n);
                clause.subject.add(possessed != null ? possessed : owner);
                clause.owner = owner;
            }
            else if (owner != null) {
                clause.subject.add(owner);
            }
            return;
        }
        if (n >= 0 && sentence.tokens.get(n).is("where", "when")) {
            clause.relative = true;
            clause.setting = true;
            Mention own = mentionStartingAt(n + 1);
            if (own != null) {
                clause.subject.add(own);
            }
            return;
        }
        Mention last = mentionEndingAtOrBefore(n + 1);
        if (last == null || last.end < n) {
            return;
        }
        while (!last.preposition.isEmpty() && mentions.indexOf(last) > 0 && mentions.get(mentions.indexOf(last) - 1).preposition.isEmpty()
                && !last.preposition.startsWith("of:")) {
            last = mentions.get(mentions.indexOf(last) - 1);
        }
        List<Mention> subject = new ArrayList<>();
        subject.add(last);
        int index = mentions.indexOf(last);
        while (index > 0) {
            Mention before = mentions.get(index - 1);
            String between = sentence.words(before.end, subject.get(0).start).toLowerCase(Locale.ROOT);
            if (!between.matches(",|and|, and|,and") || !before.preposition.isEmpty()) {
                break;
            }
            subject.add(0, before);
            index--;
        }
        clause.subject.addAll(subject);
        clause.relative = isReducedRelative(subject.get(0));
    }

    /** "the day the school bus learned to fly": a noun phrase right before the subject makes the clause part of it. */
    private boolean isReducedRelative(Mention subject) {
        int index = mentions.indexOf(subject);
        return index > 0 && mentions.get(index - 1).end == subject.start && mentions.get(index - 1).preposition.isEmpty();
    }

    private void complements(Clause clause, int verbSpan) {
        for (int s = verbSpan + 1; s < spans.size(); s++) {
            Span span = spans.get(s);
            Token first = sentence.tokens.get(span.start());
            if (span.label().equals("VP")) {
                if (first.is("to") || first.tag().equals("VBG") && clause.object == null) {
                    if (first.tag().equals("VBG")) {
                        clause.particles.add(first.lower());
                        continue;
                    }
                    return;
                }
                return;
            }
            if (RELATIVES.contains(first.lower()) || first.is("where", "when") || first.tag().equals(",")
                    || first.is("and") && nextIsClause(s)) {
                return;
            }
            if (span.label().equals("NP")) {
                Mention mention = mentionStartingAt(span.start());
                if (mention == null) {
                    continue;
                }
                if (mention.preposition.isEmpty() && clause.object == null && clause.phrases.isEmpty()) {
                    if (mention.head != null && List.of("home", "company").contains(mention.head) && mention.determiner.isEmpty()
                            && mention.adjectives.isEmpty()) {
                        clause.particles.add(mention.head);
                        continue;
                    }
                    clause.object = mention;
                }
                else if (mention.preposition.isEmpty() && mention.head != null && mention.determiner.isEmpty()
                        && List.of("home", "company").contains(mention.head)) {
                    clause.particles.add(mention.head);
                }
                else if (!mention.preposition.startsWith("of:")) {
                    clause.phrases.add(mention);
                }
            }
            else if (span.label().equals("ADJP") || span.label().equals("O") && first.isAdjective()
                    || span.label().equals("ADVP") && first.is("awake", "alive", "asleep", "home")) {
                if (clause.adjective == null) {
                    clause.adjective = sentence.words(span.start(), span.end()).toLowerCase(Locale.ROOT);
                }
            }
            else if (first.tag().equals("RP") && clause.object == null && clause.phrases.isEmpty()) {
                clause.phrasal.add(first.lower());
            }
            else if (span.label().equals("PRT")) {
                clause.particles.add(first.lower());
            }
        }
    }

    private boolean nextIsClause(int andSpan) {
        for (int s = andSpan + 1; s < spans.size(); s++) {
            if (spans.get(s).label().equals("VP")) {
                return true;
            }
            if (!spans.get(s).label().equals("NP")) {
                return false;
            }
        }
        return false;
    }

    private @Nullable Object next(int tokenIndex) {
        return mentionStartingAt(tokenIndex) != null ? mentionStartingAt(tokenIndex) : mentionStartingAt(tokenIndex + 1);
    }

    @Nullable Mention mentionStartingAt(int token) {
        for (Mention mention : mentions) {
            if (mention.start == token) {
                return mention;
            }
        }
        return null;
    }

    private @Nullable Mention mentionEndingAtOrBefore(int token) {
        Mention found = null;
        for (Mention mention : mentions) {
            if (mention.end <= token && !mention.preposition.startsWith("of:")) {
                found = mention;
            }
        }
        return found;
    }
}
