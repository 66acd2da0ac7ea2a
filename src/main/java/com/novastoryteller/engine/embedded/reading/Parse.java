package com.novastoryteller.engine.embedded.reading;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * The structure of a request built from its chunks: the noun phrases as {@link Mention}s ({@link NounPhrases}),
 * and each verb as a {@link Clause} with its subject, object and phrases.
 */
final class Parse {

    static final Set<String> RELATIVES = Set.of("who", "that", "which", "whose");
    private static final Set<String> NARRATING = Set.of("told", "explained", "narrated", "shown", "taught", "read");

    final Sentence sentence;
    final List<Mention> mentions;
    final List<Clause> clauses = new ArrayList<>();
    /** Whoever tells the story within it: "told by a squirrel called Nutmeg". */
    @Nullable Mention teller;
    private final List<Span> spans;

    Parse(Sentence sentence, Lexicon lexicon) {
        this.sentence = sentence;
        this.spans = Span.of(sentence);
        this.mentions = NounPhrases.of(sentence, lexicon, spans);
        clauses();
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
            relativeSubject(clause, n);
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
        List<Mention> subject = joinedSubject(last);
        clause.subject.addAll(subject);
        clause.relative = isReducedRelative(subject.get(0));
    }

    /** After "who" or "that" the subject is the phrase before it; after "whose", what that phrase owns. */
    private void relativeSubject(Clause clause, int relative) {
        clause.relative = true;
        Mention owner = mentionEndingAtOrBefore(relative);
        if (sentence.tokens.get(relative).is("whose") && owner != null) {
            Mention possessed = mentionStartingAt(relative);
            clause.subject.add(possessed != null ? possessed : owner);
            clause.owner = owner;
        }
        else if (owner != null) {
            clause.subject.add(owner);
        }
    }

    /** The subject ending with {@code last} (or the phrase its prepositions hang from), with those joined to it by "and". */
    private List<Mention> joinedSubject(Mention last) {
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
        return subject;
    }

    /** "the day the school bus learned to fly": a noun phrase right before the subject makes the clause part of it. */
    private boolean isReducedRelative(Mention subject) {
        int index = mentions.indexOf(subject);
        return index > 0 && mentions.get(index - 1).end == subject.start && mentions.get(index - 1).preposition.isEmpty();
    }

    private void complements(Clause clause, int verbSpan) {
        int s = verbSpan + 1;
        while (s < spans.size() && takes(clause, s)) {
            s++;
        }
    }

    /** Takes a span after the verbs into the clause; false where the clause ends (other verbs, "who", a comma, "and" a clause). */
    private boolean takes(Clause clause, int s) {
        Span span = spans.get(s);
        Token first = sentence.tokens.get(span.start());
        if (span.label().equals("VP")) {
            // "goes fishing": a participle before any object belongs to the verb
            boolean participle = first.tag().equals("VBG") && (first.is("to") || clause.object == null);
            if (participle) {
                clause.particles.add(first.lower());
            }
            return participle;
        }
        if (RELATIVES.contains(first.lower()) || first.is("where", "when") || first.tag().equals(",")
                || first.is("and") && nextIsClause(s)) {
            return false;
        }
        if (span.label().equals("NP")) {
            takeNounPhrase(clause, mentionStartingAt(span.start()));
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
        return true;
    }

    /** The first phrase after the verbs is its object ("home" and "company" are particles); the others its phrases. */
    private void takeNounPhrase(Clause clause, @Nullable Mention mention) {
        if (mention == null) {
            return;
        }
        if (mention.preposition.isEmpty() && clause.object == null && clause.phrases.isEmpty()) {
            if (mention.head != null && List.of("home", "company").contains(mention.head) && mention.determiner.isEmpty()
                    && mention.adjectives.isEmpty()) {
                clause.particles.add(mention.head);
                return;
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
