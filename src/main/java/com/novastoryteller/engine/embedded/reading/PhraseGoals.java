package com.novastoryteller.engine.embedded.reading;

import java.util.List;

import org.jspecify.annotations.Nullable;

/** The goal of a request with no verb for its heroes: "the stolen crown of the ice queen", "the great cupcake contest". */
final class PhraseGoals {

    private final Parse parse;

    PhraseGoals(Parse parse) {
        this.parse = parse;
    }

    @Nullable Goal goal(List<Mention> heroes) {
        for (Mention mention : parse.mentions) {
            if (mention.head == null || heroes.contains(mention)) {
                continue;
            }
            if (mention.of != null && List.of("mystery", "case", "riddle", "secret", "puzzle").contains(mention.head)) {
                Mention inner = mention.of;
                return inner.adjectives.stream().anyMatch(GoalWords.MISSING::contains)
                        ? new Goal(Shape.FIND, "find", "", inner.asObject(), "", null)
                        : new Goal(Shape.SOLVE, "solve", "", mention.asObject(), "", null);
            }
            if (mention.adjectives.stream().anyMatch(GoalWords.MISSING::contains)) {
                return new Goal(Shape.FIND, "find", "", mention.asObject(), "", null);
            }
            if (GoalWords.isCompetition(mention)) {
                return new Goal(Shape.WIN, "win", "", mention.asObject(), "", null);
            }
            if (GoalWords.JOURNEYS.contains(mention.head)) {
                return new Goal(Shape.EXPLORE, "take", "", withItsPhrases(mention), "", null);
            }
            if (GoalWords.OPENABLE.contains(mention.head)) {
                return new Goal(Shape.FIND, "open", "", mention.asObject(), "", null);
            }
        }
        if (heroes.size() > 1 || heroes.size() == 1 && heroes.get(0).names.size() > 1) {
            return new Goal(Shape.BEFRIEND, "become", "", Phrase.of("", "friends", "friend"), "", null);
        }
        return null;
    }

    /** "a trip" with the phrases that say where to: "a trip through the rings of Saturn". */
    private Phrase withItsPhrases(Mention mention) {
        int end = mention.end;
        for (Mention next : parse.mentions) {
            if (next.start >= end && next.start <= end + 1 && !next.preposition.isEmpty() && !next.preposition.startsWith("of:")) {
                end = next.end;
            }
        }
        return Phrase.of("", parse.sentence.words(mention.start, end), mention.head == null ? mention.words : mention.head);
    }
}
