package com.novastoryteller.engine.embedded.reading;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One verb of the request with what belongs to it: who does it (the subject, possibly several: "a knight, a
 * princess and a dragon"), its verbs ("wants to learn to fly"), its object, the phrases after it with their
 * prepositions, an adjective ("afraid", "alive") and a purpose ("to find her father").
 */
final class Clause {

    final List<Mention> subject = new ArrayList<>();
    final List<Token> verbs = new ArrayList<>();
    @Nullable Mention object;
    final List<Mention> phrases = new ArrayList<>();
    @Nullable String adjective;
    /** Words right after the verbs that are neither objects nor phrases: "home", "company", "fishing", "alive". */
    final List<String> particles = new ArrayList<>();
    /** Particles that belong to the verb and come before its object: the "up" of "mixes up the spells". */
    final List<String> phrasal = new ArrayList<>();
    @Nullable Clause purpose;
    boolean relative;
    /** A clause after "where" or "when": it sets the scene ("where the bread can talk"). */
    boolean setting;
    /** Whose trait the clause tells, after "whose": Hazel of "Hazel whose spells always go wrong". */
    @Nullable Mention owner;

    boolean negative() {
        return verbs.stream().anyMatch(verb -> verb.is("not", "n't", "never", "cannot"));
    }

    /**
     * The verbs that mean something, base forms: "wants to learn to fly" gives want, learn, fly. A participle after
     * a main verb describes the object ("finds buried treasure"), unless it follows "is" or "has" ("has lost").
     */
    List<String> lemmas(Lexicon lexicon) {
        List<String> lemmas = new ArrayList<>();
        for (Token verb : verbs) {
            if (!verb.tag().startsWith("VB") || verb.is("to")) {
                continue;
            }
            boolean participle = verb.tag().equals("VBN") || verb.tag().equals("VBG");
            String previous = lemmas.isEmpty() ? null : lemmas.get(lemmas.size() - 1);
            if (participle && previous != null && !List.of("be", "have", "get").contains(previous)) {
                continue;
            }
            lemmas.add(lexicon.verbLemma(verb.text()));
        }
        return lemmas;
    }

    boolean hasModal(String... modals) {
        return verbs.stream().anyMatch(verb -> verb.is(modals));
    }

    @Override
    public String toString() {
        return subject + " " + verbs.stream().map(Token::text).toList() + " obj=" + object + " phrases=" + phrases
                + (adjective == null ? "" : " adj=" + adjective) + (particles.isEmpty() ? "" : " particles=" + particles)
                + (purpose == null ? "" : " purpose=(" + purpose + ")") + (relative ? " relative" : "");
    }
}
