package com.novastoryteller.engine.embedded.reading;

import java.util.List;
import java.util.Set;

/** The words a goal is read by: what wanting, fearing and causing sound like, and what can be lost, opened or won. */
final class GoalWords {

    /** Verbs before the one that says what the heroes do: the "want to" of "want to learn to fly". */
    static final Set<String> DESIRE = Set.of("want", "wish", "hope", "dream", "like", "love", "try", "decide",
            "need", "plan", "long", "mean", "have", "must", "set", "go", "be", "will", "would", "can", "could", "should",
            "do", "start", "begin", "attempt", "promise", "agree", "refuse", "dare", "get", "keep");
    static final Set<String> FEAR = Set.of("afraid", "scared", "frightened", "terrified", "fearful", "nervous", "worried");
    static final Set<String> MISSING = Set.of("missing", "stolen", "lost", "vanished", "disappeared", "hidden");
    static final Set<String> OPENABLE = Set.of("door", "gate", "box", "chest", "trunk", "drawer", "lock", "safe", "portal");
    static final Set<String> JOURNEYS = Set.of("trip", "journey", "voyage", "expedition", "ride", "flight",
            "adventure", "visit", "tour", "walk", "picnic");
    /** Verbs that bring their object to do something: "teach a robot to read". */
    static final Set<String> CAUSING = Set.of("teach", "train", "help", "ask", "tell", "get", "encourage",
            "persuade", "convince", "show", "invite", "trick", "coax");
    private static final Set<String> COMPETITIONS = Set.of("race", "contest", "competition", "match", "game",
            "championship", "tournament", "cup", "final", "show");

    private GoalWords() {
    }

    static boolean isJourney(String verb) {
        return List.of("go", "sail", "travel", "fly", "walk", "run", "set", "swim", "ride", "head", "climb", "journey",
                "drive", "march", "hurry", "race", "cross", "leave", "venture").contains(verb);
    }

    static boolean isCompetition(Mention mention) {
        return mention.head != null && COMPETITIONS.contains(mention.head);
    }
}
