package com.novastoryteller.engine.embedded.reading;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import com.novastoryteller.engine.embedded.reading.Lexicon.Sort;
import com.novastoryteller.engine.embedded.reading.Targets.Target;

/**
 * What the heroes want, read from the verbs the request gives them: "wants to learn to fly a kite" is learning to
 * fly a kite, "is afraid of the dark" facing a fear; a question ("why is the sky blue") is a question to answer.
 */
final class GoalReader {

    private static final Set<Shape> TRANSITIVE = Set.of(Shape.SHARE, Shape.MAKE, Shape.FIND, Shape.DELIVER, Shape.MEND, Shape.RESCUE);

    private final Parse parse;
    private final Lexicon lexicon;
    private final PlacesAndTimes places;
    private final VerbShapes shapes;
    private final Targets targets;

    GoalReader(Parse parse, Lexicon lexicon, PlacesAndTimes places) {
        this.parse = parse;
        this.lexicon = lexicon;
        this.places = places;
        this.shapes = new VerbShapes(lexicon);
        this.targets = new Targets(parse, places, shapes);
    }

    @Nullable Goal goal(String text, List<Mention> heroes) {
        String lower = text.toLowerCase(Locale.ROOT);
        if (lower.matches("^(why|how)\\b.*")) {
            return new Goal(Shape.QUESTION, "find", "out", null, "", Retelling.question(parse, lexicon));
        }
        if (lower.matches("^(who|what|where|which)\\b.*")) {
            String question = Retelling.question(parse, lexicon);
            return new Goal(Shape.SOLVE, "find", "out", null, question, question);
        }
        for (Clause clause : parse.clauses) {
            boolean byHero = clause.subject.stream().anyMatch(s -> heroes.contains(s) || s.of != null && heroes.contains(s.of))
                    || heroes.isEmpty();
            if (byHero) {
                Goal goal = goalOf(clause, heroes);
                if (goal != null) {
                    return goal;
                }
            }
        }
        for (Clause clause : parse.clauses) {
            Goal goal = goalOf(clause, heroes);
            if (goal != null) {
                return goal;
            }
        }
        return new PhraseGoals(parse).goal(heroes);
    }

    private @Nullable Goal goalOf(Clause clause, List<Mention> heroes) {
        if (clause.owner != null) {
            return null;
        }
        List<String> lemmas = new ArrayList<>(clause.lemmas(lexicon));
        if (isAfraid(clause, lemmas)) {
            return fearGoal(clause, heroes);
        }
        if (clause.purpose != null && isSetOffFor(clause, lemmas)) {
            Goal purpose = goalOf(clause.purpose, heroes);
            if (purpose != null) {
                return purpose;
            }
        }
        boolean habit = clause.relative && lemmas.size() == 1 && clause.verbs.stream().anyMatch(v -> v.tag().equals("VBD"));
        while (!lemmas.isEmpty() && GoalWords.DESIRE.contains(lemmas.get(0)) && lemmas.size() > 1) {
            lemmas.remove(0);
        }
        if (lemmas.isEmpty()) {
            return null;
        }
        String verb = lemmas.get(0);
        String rest = (restAfter(verbTokens(clause), verb) + " " + String.join(" ", clause.phrasal)).strip();
        if (List.of("want", "wish", "need", "like", "love").contains(verb) && clause.object != null) {
            return wantGoal(clause.object);
        }
        if (verb.equals("be") && clause.object == null && clause.adjective != null) {
            return stateGoal(clause);
        }
        if (verb.equals("be") && clause.object != null) {
            verb = clause.negative() ? "stop" : "become";
            rest = clause.negative() ? "being" : "";
        }
        else if (List.of("be", "stop", "break", "disappear", "vanish", "lose").contains(verb) && clause.object == null
                && clause.relative && !clause.subject.isEmpty() && !clause.subject.get(0).isAlive()) {
            return null;
        }
        return goalOfVerb(clause, heroes, lemmas, verb, rest, habit);
    }

    /** The goal of a clause whose verb is read: its object (or where it goes), its shape and the words around it. */
    private @Nullable Goal goalOfVerb(Clause clause, List<Mention> heroes, List<String> lemmas, String verb, String rest,
            boolean habit) {
        Target target = targets.of(clause, heroes, verb);
        Mention object = target.object();
        Goal found = findOrWinGoal(clause, verb, object);
        if (found != null) {
            return found;
        }
        String tail = tailOf(clause, verb, object);
        if (!target.preposition().isEmpty()) {
            rest = (rest + " " + target.preposition()).strip();
        }
        if (object == null && clause.particles.isEmpty() && clause.adjective == null && TRANSITIVE.contains(shapes.of(verb, null, clause))) {
            object = targets.onlyThing(heroes);
        }
        String lastVerb = lemmas.get(lemmas.size() - 1);
        Shape shape = shapes.of(lastVerb, object, clause);
        if (verb.equals("learn") || clause.hasModal("cannot", "ca") || clause.negative() && clause.hasModal("can", "could")) {
            shape = shape == Shape.WISH || shape == Shape.EXPLORE ? Shape.LEARN : shape;
        }
        boolean canAlready = clause.hasModal("can", "could") && !clause.negative();
        if (canAlready || habit) {
            shape = Shape.WISH;
        }
        if (verb.equals("have") && object == null) {
            return null;
        }
        return new Goal(shape, verb, rest, object == null ? null : object.asObject(), tail, null);
    }

    /** The clause's verbs with the words that belong to them: "to" and particles ("learn to fly", "give up"). */
    private static List<Token> verbTokens(Clause clause) {
        return clause.verbs.stream().filter(v -> v.tag().startsWith("VB") || v.is("to") || v.tag().equals("RP")).toList();
    }

    private boolean isAfraid(Clause clause, List<String> lemmas) {
        return clause.adjective != null && GoalWords.FEAR.stream().anyMatch(clause.adjective::contains)
                || clause.verbs.stream().anyMatch(verb -> GoalWords.FEAR.contains(verb.lower())) || lemmas.contains("fear");
    }

    private @Nullable Goal fearGoal(Clause clause, List<Mention> heroes) {
        if (clause.purpose != null) {
            Goal feared = goalOf(clause.purpose, heroes);
            if (feared != null) {
                return feared;
            }
        }
        Mention feared = clause.phrases.stream().filter(p -> p.preposition.equals("of")).findFirst()
                .orElse(clause.object);
        return feared == null ? null
                : new Goal(Shape.FACE_FEAR, "stop", "being afraid of", feared.asObject(), "", null);
    }

    /** Whether the clause only sets off ("go on a quest to ...", "travel to ..."): the goal is its purpose. */
    private boolean isSetOffFor(Clause clause, List<String> lemmas) {
        return lemmas.isEmpty() || GoalWords.isJourney(lemmas.get(lemmas.size() - 1)) || clause.object != null
                && clause.object.head != null && List.of("quest", "journey", "mission", "trip", "adventure").contains(clause.object.head)
                || clause.phrases.stream().anyMatch(p -> p.head != null && List.of("quest", "journey", "mission").contains(p.head));
    }

    private Goal wantGoal(Mention wanted) {
        boolean friend = wanted.head != null && List.of("friend", "pal", "buddy").contains(wanted.head);
        return new Goal(friend ? Shape.BEFRIEND : Shape.FIND, friend ? "make" : "get", "", wanted.asObject(), "", null);
    }

    /** "is lonely" is a friend to make; "is too small for the team" a state to stop being in. */
    private Goal stateGoal(Clause clause) {
        String state = clause.adjective + clause.phrases.stream().filter(p -> !places.isPlace(p) && p.sort != Sort.TIME)
                .findFirst().map(p -> " " + p.preposition + " " + p.words).orElse("");
        boolean lonely = clause.adjective.matches(".*(lonely|shy|alone|friendless|new).*");
        return lonely ? new Goal(Shape.BEFRIEND, "make", "", Phrase.of("", "a friend", "friend"), "", null)
                : new Goal(Shape.WISH, "stop", "being", null, state, null);
    }

    /** Losing, looking for, and training for a race have goals of their own: finding it, winning it. */
    private @Nullable Goal findOrWinGoal(Clause clause, String verb, @Nullable Mention object) {
        if (verb.equals("lose") && object != null) {
            return new Goal(Shape.FIND, "find", "", object.asObject(), "", null);
        }
        if (List.of("look", "search", "hunt", "seek").contains(verb)) {
            Mention sought = clause.phrases.stream().filter(p -> p.preposition.equals("for")).findFirst().orElse(object);
            return new Goal(Shape.FIND, "find", "", sought == null ? null : sought.asObject(), "", null);
        }
        if (List.of("train", "practise", "practice", "prepare", "enter").contains(verb)) {
            Mention event = object != null && GoalWords.isCompetition(object) ? object
                    : clause.phrases.stream().filter(GoalWords::isCompetition).findFirst().orElse(null);
            if (event != null) {
                return new Goal(Shape.WIN, "win", "", event.asObject(), "", null);
            }
        }
        return null;
    }

    /** The words after the object: its particles, an adjective, and what a caused object is brought to do. */
    private static String tailOf(Clause clause, String verb, @Nullable Mention object) {
        String tail = String.join(" ", clause.particles);
        if (clause.adjective != null && !GoalWords.FEAR.contains(clause.adjective)) {
            tail = (tail + " " + clause.adjective).strip();
        }
        if (clause.purpose != null && object != null && GoalWords.CAUSING.contains(verb)) {
            // "train a cloud to rain lemonade": what the object is brought to do belongs to the goal
            tail = (tail + " " + purposeWords(clause.purpose)).strip();
        }
        return tail;
    }

    /** The words between the first verb that counts and the object: "to fly" of "learn to fly", "clean" of "help clean". */
    private String restAfter(List<Token> verbs, String verb) {
        int at = -1;
        for (int n = 0; n < verbs.size(); n++) {
            if (verbs.get(n).tag().startsWith("VB") && lexicon.verbLemma(verbs.get(n).text()).equals(verb)) {
                at = n;
            }
        }
        List<String> words = new ArrayList<>();
        for (int n = at + 1; at >= 0 && n < verbs.size(); n++) {
            words.add(verbs.get(n).lower());
        }
        return String.join(" ", words);
    }

    /** "to rain lemonade": the purpose's verbs, particles and object as the child said them. */
    private static String purposeWords(Clause purpose) {
        List<String> words = new ArrayList<>();
        purpose.verbs.forEach(verb -> words.add(verb.text()));
        words.addAll(purpose.phrasal);
        if (purpose.object != null) {
            words.add(purpose.object.words);
        }
        words.addAll(purpose.particles);
        String joined = Sentence.join(words);
        return joined.startsWith("to ") ? joined : "to " + joined;
    }
}
