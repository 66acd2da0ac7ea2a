package com.novastoryteller.engine.embedded.reading;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import com.novastoryteller.engine.embedded.reading.Being.Gender;
import com.novastoryteller.engine.embedded.reading.Lexicon.Sort;

/**
 * Reads a child's request into a {@link StoryIdea}: tags and chunks it ({@link Sentence}), takes it apart into
 * noun phrases and clauses ({@link Parse}), and decides from what the words mean (WordNet) who the heroes are,
 * where it happens and what the heroes want. Nothing here depends on how the request is worded; the words'
 * roles in the sentence decide.
 */
public final class RequestReader {

    /** "tell me a story about", "a story where", "once upon a time there was": how a request is asked, not what. */
    private static final Pattern FRAMING = Pattern.compile("(?i)^\\s*(please\\s*,?\\s+)?((can|could|will|would) you\\s+)?"
            + "((please\\s+)?(tell|write|make|give|read)(\\s+(me|us|my \\w+))?\\s+)?(i (want|would like|wish for)\\s+)?"
            + "((a|an|the|one|some)\\s+)?((bedtime|short|long|funny|scary|silly|new|little|nice|good|magical|cozy|sleepy)\\s+)*"
            + "(story|stories|tale|adventure)\\s+(about|of|where|in which|when|with|that|for)\\s+");
    private static final Pattern THERE_WAS = Pattern.compile("(?i)^\\s*(once upon a time,?\\s*)?(there (was|is|were|are|lived)\\s+)");
    private static final Set<String> LOCATIVE = Set.of("in", "on", "at", "under", "near", "inside", "behind", "beside",
            "across", "over", "through", "into", "above", "below", "around", "by", "along", "beneath", "beyond", "outside",
            "within", "underneath", "among", "up", "down", "from", "onto", "to", "past", "between");
    private static final Set<String> DESIRE = Set.of("want", "wish", "hope", "dream", "like", "love", "try", "decide",
            "need", "plan", "long", "mean", "have", "must", "set", "go", "be", "will", "would", "can", "could", "should",
            "do", "start", "begin", "attempt", "promise", "agree", "refuse", "dare", "get", "keep");
    private static final Set<String> FEAR = Set.of("afraid", "scared", "frightened", "terrified", "fearful", "nervous", "worried");
    private static final Set<String> FEMININE = Set.of("girl", "princess", "queen", "woman", "lady", "mother", "mom", "mum",
            "grandmother", "granny", "grandma", "nana", "sister", "daughter", "witch", "mermaid", "aunt", "auntie", "ballerina",
            "granddaughter", "niece", "empress", "duchess", "hen", "cow", "mare", "ewe", "goddess", "fairy", "actress");
    private static final Set<String> MASCULINE = Set.of("boy", "prince", "king", "man", "father", "dad", "daddy",
            "grandfather", "grandpa", "grandad", "brother", "son", "wizard", "uncle", "knight", "grandson", "nephew",
            "emperor", "duke", "rooster", "bull", "fisherman", "sir", "lord", "stallion", "merman", "god", "actor");
    private static final Set<String> MISSING = Set.of("missing", "stolen", "lost", "vanished", "disappeared", "hidden");
    private static final Set<String> OPENABLE = Set.of("door", "gate", "box", "chest", "trunk", "drawer", "lock", "safe", "portal");
    private static final Set<String> JOURNEYS = Set.of("trip", "journey", "voyage", "expedition", "ride", "flight",
            "adventure", "visit", "tour", "walk", "picnic");
    private static final Set<String> COMPETITIONS = Set.of("race", "contest", "competition", "match", "game",
            "championship", "tournament", "cup", "final", "show");
    private static final Map<String, Shape> VERB_SHAPES = verbShapes();
    /** Verbs that bring their object to do something: "teach a robot to read". */
    private static final Set<String> CAUSING = Set.of("teach", "train", "help", "ask", "tell", "get", "encourage",
            "persuade", "convince", "show", "invite", "trick", "coax");
    private static final Set<Shape> TRANSITIVE = Set.of(Shape.SHARE, Shape.MAKE, Shape.FIND, Shape.DELIVER, Shape.MEND, Shape.RESCUE);

    private final Lexicon lexicon;
    private final Parse parse;
    private final String text;

    private RequestReader(String text, Language language) {
        this.text = text;
        this.lexicon = language.lexicon();
        this.parse = new Parse(Sentence.of(text, language), lexicon);
    }

    public static StoryIdea read(String request) {
        return new RequestReader(withoutFraming(request), Language.get()).idea();
    }

    static String withoutFraming(String request) {
        String text = request.strip().replaceAll("\\s+", " ").replaceAll("[\u2019\u2018]", "'");
        text = FRAMING.matcher(text).replaceFirst("");
        text = THERE_WAS.matcher(text).replaceFirst("");
        text = text.replaceAll("[.!]+$", "").strip();
        return text.isEmpty() ? request.strip() : text;
    }

    private StoryIdea idea() {
        List<Mention> heroMentions = heroes();
        List<Being> heroes = new ArrayList<>();
        for (Mention mention : heroMentions) {
            heroes.addAll(beings(mention));
        }
        Goal goal = goal(heroMentions);
        heroes = gendered(heroes, heroMentions);
        List<Being> others = new ArrayList<>();
        List<Mention> placed = new ArrayList<>();
        List<Phrase> things = new ArrayList<>();
        List<Phrase> times = new ArrayList<>();
        for (Mention mention : parse.mentions) {
            if (mention.possessor != null && !mention.possessor.isEmpty() && Character.isUpperCase(mention.possessor.charAt(0))) {
                others.add(possessorBeing(mention.possessor));
            }
            if (heroMentions.contains(mention) || mention.isPronoun() || mention.head == null && !mention.hasNames()
                    || isGoalObject(goal, mention) || isParticle(mention)) {
                continue;
            }
            if (mention.preposition.startsWith("of:") && (mention.sort.isAlive() || mention.hasNames() && looksLikePerson(mention))
                    && heroMentions.stream().noneMatch(hero -> hero.of == mention)) {
                others.addAll(beings(mention));
            }
            else if (mention.preposition.startsWith("of:")) {
                continue;
            }
            else if (mention.sort == Sort.TIME || isTimeWord(mention)) {
                times.add(mention.phrase());
            }
            else if (isPlace(mention)) {
                placed.add(mention);
            }
            else if (mention.isAlive()) {
                others.addAll(beings(mention));
            }
            else if (mention.sort == Sort.THING || mention.sort == Sort.FOOD) {
                things.add(Phrase.of("", mention.words, mention.head == null ? mention.words : mention.head));
            }
        }
        // "footprints in the snow outside the school": the story happens at the school, a place, more than in the snow
        List<Phrase> places = placed.stream().sorted(java.util.Comparator.comparing(mention -> mention.sort != Sort.PLACE))
                .map(Mention::phrase).toList();
        return new StoryIdea(heroes, others, places, things, times, goal, Retelling.of(parse, lexicon, goal));
    }

    private static boolean isGoalObject(@Nullable Goal goal, Mention mention) {
        return goal != null && goal.object() != null && (goal.object().words().equals(mention.words)
                || goal.object().words().endsWith(" " + mention.words) || mention.words.startsWith(goal.object().words()));
    }

    private boolean isParticle(Mention mention) {
        return mention.head != null && mention.determiner.isEmpty() && mention.adjectives.isEmpty()
                && parse.clauses.stream().anyMatch(clause -> clause.particles.contains(mention.head));
    }

    // ---------- heroes ----------

    private List<Mention> heroes() {
        Set<Mention> heroes = new LinkedHashSet<>();
        if (parse.teller != null) {
            heroes.add(parse.teller);
        }
        for (Clause clause : parse.clauses) {
            if (clause.owner != null && clause.owner.isAlive()) {
                heroes.add(clause.owner);
                continue;
            }
            for (Mention subject : clause.subject) {
                Mention who = subject.sort == Sort.GROUP && subject.of != null && subject.of.isAlive() ? subject.of : subject;
                if (who.isAlive() && !who.isPronoun() || who.isTheChild()) {
                    heroes.add(who);
                }
            }
        }
        for (Clause clause : parse.clauses) {
            if (clause.subject.stream().anyMatch(heroes::contains) || clause.subject.stream().anyMatch(s -> s.of != null && heroes.contains(s.of))) {
                for (Mention phrase : clause.phrases) {
                    if (phrase.preposition.equals("with") && phrase.isAlive()) {
                        heroes.add(phrase);
                    }
                }
            }
        }
        if (heroes.isEmpty()) {
            for (Clause clause : parse.clauses) {
                if (!clause.subject.isEmpty() && !clause.subject.get(0).isPronoun() && acts(clause)) {
                    heroes.addAll(clause.subject);
                    break;
                }
            }
        }
        if (heroes.isEmpty()) {
            for (Mention mention : parse.mentions) {
                if (mention.isAlive() && mention.preposition.isEmpty() && !isGoalTarget(mention)) {
                    heroes.add(mention);
                }
            }
        }
        if (heroes.isEmpty()) {
            for (Mention mention : parse.mentions) {
                if (mention.isAlive() && !mention.preposition.startsWith("of:") && !isGoalTarget(mention)) {
                    heroes.add(mention);
                    break;
                }
            }
        }
        for (Mention hero : List.copyOf(heroes)) {
            int index = parse.mentions.indexOf(hero);
            for (int n = index - 1; n >= 0; n--) {
                Mention before = parse.mentions.get(n);
                String between = parse.sentence.words(before.end, parse.mentions.get(n + 1).start).toLowerCase(Locale.ROOT);
                if (!before.preposition.isEmpty() || !between.matches("and|,|, and") || before.isPronoun() && !before.isTheChild()) {
                    break;
                }
                heroes.add(before);
            }
            for (int n = index + 1; n >= 1 && n < parse.mentions.size(); n++) {
                Mention after = parse.mentions.get(n);
                String between = parse.sentence.words(parse.mentions.get(n - 1).end, after.start).toLowerCase(Locale.ROOT);
                if (!between.matches("and|,|, and") || !(after.isTheChild() || after.isAlive() && after.preposition.isEmpty())) {
                    break;
                }
                heroes.add(after);
            }
        }
        List<Mention> ordered = new ArrayList<>(heroes);
        ordered.sort(java.util.Comparator.comparingInt(mention -> mention.start));
        return ordered;
    }

    /** A clause whose subject does something on purpose, not one where something merely happened to it ("stopped"). */
    private boolean acts(Clause clause) {
        List<String> lemmas = clause.lemmas(lexicon);
        boolean feels = clause.adjective != null || clause.verbs.stream().anyMatch(verb -> FEAR.contains(verb.lower()));
        if (clause.setting) {
            return !lemmas.isEmpty() && !lemmas.get(0).equals("be");
        }
        return !lemmas.isEmpty() && !List.of("stop", "break", "disappear", "vanish", "be").contains(lemmas.get(0))
                || clause.verbs.stream().anyMatch(verb -> verb.is("can", "could")) || feels && !clause.setting;
    }

    private boolean isGoalTarget(Mention mention) {
        return parse.clauses.stream().anyMatch(clause -> clause.object == mention);
    }

    private List<Being> beings(Mention mention) {
        List<String> traits = mention.adjectives.stream()
                .filter(adjective -> !MISSING.contains(adjective) && !adjective.equals("very")).toList();
        String kind = mention.kind();
        String singularKind = kind == null ? null : kind.substring(0, kind.length() - last(kind).length()) + mention.head;
        String relation = mention.determiner.matches("my|his|her|their|our|your") && kind != null
                ? toTheChild(mention.determiner) + " " + singularKind
                : mention.possessor != null && !mention.possessor.isEmpty() && kind != null
                        ? mention.possessor + "'s " + singularKind : null;
        if (mention.hasNames()) {
            String group = mention.names.size() > 1 && kind != null ? withoutNames(mention) : null;
            List<Being> beings = new ArrayList<>();
            for (String name : mention.names) {
                beings.add(new Being(name, singularKind, mention.names.size() > 1 ? List.of() : traits, relation,
                        Gender.UNKNOWN, group, 1, null));
            }
            return beings;
        }
        if (mention.isTheChild()) {
            return List.of(new Being("you", null, List.of(), null, Gender.UNKNOWN, null, 0, null));
        }
        int count = mention.plural ? (mention.count > 1 ? mention.count : 0) : 1;
        String plural = mention.plural && !mention.nouns.isEmpty() ? kindInPlural(mention) : null;
        return List.of(new Being(null, singularKind, traits, relation, Gender.UNKNOWN, null, count, plural));
    }

    /** The story is told to the child: what the child calls "my" is "your" in it. */
    static String toTheChild(String determiner) {
        return determiner.equals("my") || determiner.equals("our") ? "your" : determiner;
    }

    private String kindInPlural(Mention mention) {
        List<String> nouns = mention.nouns;
        String head = nouns.get(nouns.size() - 1);
        return (nouns.size() > 1 ? String.join(" ", nouns.subList(0, nouns.size() - 1)) + " " : "") + head;
    }

    private String withoutNames(Mention mention) {
        int comma = mention.words.indexOf(',');
        String before = comma > 0 ? mention.words.substring(0, comma) : mention.words;
        for (String name : mention.names) {
            before = before.replace(name, "");
        }
        return before.replaceAll("\\s+and\\s*$", "").replaceAll("\\s{2,}", " ").strip();
    }

    private static Being possessorBeing(String possessor) {
        String[] words = possessor.split(" ");
        String first = words[0].toLowerCase(Locale.ROOT);
        Gender gender = FEMININE.contains(first) ? Gender.FEMALE : MASCULINE.contains(first) ? Gender.MALE : Gender.UNKNOWN;
        return new Being(possessor, Mention.TITLES.contains(first) && words.length > 1 ? first : null, List.of(), null,
                gender, null, 1, null);
    }

    /** She or he, from what the child called them ("a girl", "my brother") or the pronouns used of them ("her horn"). */
    private List<Being> gendered(List<Being> heroes, List<Mention> heroMentions) {
        List<Being> gendered = new ArrayList<>();
        Gender fromPronouns = pronounGender();
        for (Being hero : heroes) {
            Gender gender = genderOf(hero);
            if (gender == Gender.UNKNOWN && heroes.size() == 1 && fromPronouns != Gender.UNKNOWN) {
                gender = fromPronouns;
            }
            gendered.add(hero.withGender(gender));
        }
        return gendered;
    }

    static Gender genderOf(Being being) {
        for (String word : new String[] { being.kind(), being.name() == null ? null : being.name().split(" ")[0] }) {
            if (word == null) {
                continue;
            }
            String last = last(word.toLowerCase(Locale.ROOT));
            if (FEMININE.contains(last)) {
                return Gender.FEMALE;
            }
            if (MASCULINE.contains(last)) {
                return Gender.MALE;
            }
        }
        return Gender.UNKNOWN;
    }

    private Gender pronounGender() {
        boolean her = false;
        boolean his = false;
        for (Token token : parse.sentence.tokens) {
            her |= token.is("her", "she", "herself");
            his |= token.is("his", "he", "him", "himself");
        }
        return her == his ? Gender.UNKNOWN : her ? Gender.FEMALE : Gender.MALE;
    }

    // ---------- places and times ----------

    private boolean isPlace(Mention mention) {
        if (mention.preposition.isEmpty()) {
            Token next = parse.sentence.at(mention.end);
            return next != null && next.is("where") && !mention.isAlive();
        }
        if (!LOCATIVE.contains(mention.preposition.split(" ")[0])) {
            return false;
        }
        return mention.sort == Sort.PLACE || mention.sort == Sort.NATURE || mention.sort == Sort.THING && !mention.isAlive()
                && lexicon.isA(mention.head == null ? "" : mention.head, Set.of("structure", "area", "furniture"))
                || mention.isOnlyNames() && !looksLikePerson(mention) || mention.sort == Sort.UNKNOWN && !mention.hasNames();
    }

    private boolean looksLikePerson(Mention mention) {
        String first = mention.names.get(0).split(" ")[0].toLowerCase(Locale.ROOT);
        return Mention.TITLES.contains(first);
    }

    private static boolean isTimeWord(Mention mention) {
        return mention.head != null && List.of("midnight", "night", "morning", "evening", "winter", "summer", "spring",
                "autumn", "fall", "christmas", "birthday", "day", "week", "noon", "dawn", "sunset", "sunrise",
                "eve", "halloween", "weekend").contains(mention.head) && !mention.preposition.isEmpty()
                && !mention.preposition.equals("of");
    }

    // ---------- the goal ----------

    private @Nullable Goal goal(List<Mention> heroes) {
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
        return goalOfPhrases(heroes);
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
        while (!lemmas.isEmpty() && DESIRE.contains(lemmas.get(0)) && lemmas.size() > 1) {
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
        Target target = targetOf(clause, heroes, verb);
        Mention object = target.object();
        Goal found = findOrWinGoal(clause, verb, object);
        if (found != null) {
            return found;
        }
        String tail = tailOf(clause, verb, object);
        if (!target.preposition().isEmpty()) {
            rest = (rest + " " + target.preposition()).strip();
        }
        if (object == null && clause.particles.isEmpty() && clause.adjective == null && TRANSITIVE.contains(shapeOf(verb, null, clause))) {
            object = onlyThing(heroes);
        }
        String lastVerb = lemmas.get(lemmas.size() - 1);
        Shape shape = shapeOf(lastVerb, object, clause);
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
        return new Goal(shape, verb, rest, object == null ? null : phrase(object), tail, null);
    }

    /** The clause's verbs with the words that belong to them: "to" and particles ("learn to fly", "give up"). */
    private static List<Token> verbTokens(Clause clause) {
        return clause.verbs.stream().filter(v -> v.tag().startsWith("VB") || v.is("to") || v.tag().equals("RP")).toList();
    }

    private boolean isAfraid(Clause clause, List<String> lemmas) {
        return clause.adjective != null && FEAR.stream().anyMatch(clause.adjective::contains)
                || clause.verbs.stream().anyMatch(verb -> FEAR.contains(verb.lower())) || lemmas.contains("fear");
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
                : new Goal(Shape.FACE_FEAR, "stop", "being afraid of", phrase(feared), "", null);
    }

    /** Whether the clause only sets off ("go on a quest to ...", "travel to ..."): the goal is its purpose. */
    private boolean isSetOffFor(Clause clause, List<String> lemmas) {
        return lemmas.isEmpty() || isJourney(lemmas.get(lemmas.size() - 1)) || clause.object != null
                && clause.object.head != null && List.of("quest", "journey", "mission", "trip", "adventure").contains(clause.object.head)
                || clause.phrases.stream().anyMatch(p -> p.head != null && List.of("quest", "journey", "mission").contains(p.head));
    }

    private Goal wantGoal(Mention wanted) {
        boolean friend = wanted.head != null && List.of("friend", "pal", "buddy").contains(wanted.head);
        return new Goal(friend ? Shape.BEFRIEND : Shape.FIND, friend ? "make" : "get", "", phrase(wanted), "", null);
    }

    /** "is lonely" is a friend to make; "is too small for the team" a state to stop being in. */
    private Goal stateGoal(Clause clause) {
        String state = clause.adjective + clause.phrases.stream().filter(p -> !isPlace(p) && p.sort != Sort.TIME)
                .findFirst().map(p -> " " + p.preposition + " " + p.words).orElse("");
        boolean lonely = clause.adjective.matches(".*(lonely|shy|alone|friendless|new).*");
        return lonely ? new Goal(Shape.BEFRIEND, "make", "", Phrase.of("", "a friend", "friend"), "", null)
                : new Goal(Shape.WISH, "stop", "being", null, state, null);
    }

    /** What the verb acts on, and the preposition that leads to it when it is a phrase ("climb up the hill"). */
    private record Target(@Nullable Mention object, String preposition) {
    }

    private Target targetOf(Clause clause, List<Mention> heroes, String verb) {
        Mention object = objectOf(clause, heroes);
        Mention wantedFor = clause.phrases.stream().filter(p -> p.preposition.equals("for") && !p.isAlive()).findFirst().orElse(null);
        if (object == null && wantedFor != null && shapeOf(verb, null, clause) == Shape.FIND) {
            // "dig for treasure", "fish for pearls": what they are for is what they find
            return new Target(wantedFor, "for");
        }
        if (object == null) {
            Mention target = clause.phrases.stream().filter(p -> p.sort != Sort.TIME && !isTimeWord(p)
                    && !p.preposition.equals("for") && !p.preposition.equals("from")).findFirst().orElse(null);
            if (target != null) {
                return new Target(target, target.preposition);
            }
        }
        return new Target(object, "");
    }

    /** Losing, looking for, and training for a race have goals of their own: finding it, winning it. */
    private @Nullable Goal findOrWinGoal(Clause clause, String verb, @Nullable Mention object) {
        if (verb.equals("lose") && object != null) {
            return new Goal(Shape.FIND, "find", "", phrase(object), "", null);
        }
        if (List.of("look", "search", "hunt", "seek").contains(verb)) {
            Mention sought = clause.phrases.stream().filter(p -> p.preposition.equals("for")).findFirst().orElse(object);
            return new Goal(Shape.FIND, "find", "", sought == null ? null : phrase(sought), "", null);
        }
        if (List.of("train", "practise", "practice", "prepare", "enter").contains(verb)) {
            Mention event = object != null && isCompetition(object) ? object
                    : clause.phrases.stream().filter(this::isCompetition).findFirst().orElse(null);
            if (event != null) {
                return new Goal(Shape.WIN, "win", "", phrase(event), "", null);
            }
        }
        return null;
    }

    /** The words after the object: its particles, an adjective, and what a caused object is brought to do. */
    private String tailOf(Clause clause, String verb, @Nullable Mention object) {
        String tail = String.join(" ", clause.particles);
        if (clause.adjective != null && !FEAR.contains(clause.adjective)) {
            tail = (tail + " " + clause.adjective).strip();
        }
        if (clause.purpose != null && object != null && CAUSING.contains(verb)) {
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

    /** The one thing the child named that is neither a hero nor a place: what "sharing" is about in "sharing, with two squirrels and one acorn". */
    private @Nullable Mention onlyThing(List<Mention> heroes) {
        List<Mention> things = parse.mentions.stream().filter(m -> !heroes.contains(m) && !m.isAlive() && !m.isPronoun()
                && m.head != null && !isPlace(m) && m.sort != Sort.TIME && !m.preposition.startsWith("of:")).toList();
        return things.size() == 1 ? things.get(0) : null;
    }

    private @Nullable Mention objectOf(Clause clause, List<Mention> heroes) {
        Mention object = clause.object;
        if (object == null) {
            return null;
        }
        if (object.isPronoun()) {
            return antecedent(object, heroes);
        }
        return object;
    }

    /** What "them" or "it" stands for: the last thing before it of the same number that is not the subject. */
    private @Nullable Mention antecedent(Mention pronoun, List<Mention> heroes) {
        boolean plural = pronoun.head != null && pronoun.head.equals("them");
        Mention found = null;
        for (Mention mention : parse.mentions) {
            if (mention.start >= pronoun.start) {
                break;
            }
            if (!mention.isPronoun() && mention.plural == plural && !mention.preposition.startsWith("of:")
                    && (mention.head != null || mention.hasNames())) {
                boolean isHero = heroes.contains(mention);
                if (!isHero || heroes.size() > 1 && !heroes.get(heroes.size() - 1).equals(mention)) {
                    found = mention;
                }
            }
        }
        return found;
    }

    private boolean isJourney(String verb) {
        return List.of("go", "sail", "travel", "fly", "walk", "run", "set", "swim", "ride", "head", "climb", "journey",
                "drive", "march", "hurry", "race", "cross", "leave", "venture").contains(verb);
    }

    private boolean isCompetition(Mention mention) {
        return mention.head != null && COMPETITIONS.contains(mention.head);
    }

    private Shape shapeOf(String verb, @Nullable Mention object, Clause clause) {
        String objectHead = object == null || object.head == null ? "" : object.head;
        if (List.of("friend", "friends", "pal", "buddy").contains(objectHead) || clause.particles.contains("company")) {
            return Shape.BEFRIEND;
        }
        if (verb.equals("open") && OPENABLE.contains(objectHead)) {
            return Shape.FIND;
        }
        Shape shape = VERB_SHAPES.get(verb);
        if (shape == null) {
            for (String relative : lexicon.verbFamily(verb)) {
                shape = VERB_SHAPES.get(relative);
                if (shape != null) {
                    break;
                }
            }
        }
        if (shape == Shape.FIND && object != null && object.sort == Sort.PLACE) {
            return Shape.EXPLORE;
        }
        if (shape == Shape.LEARN && object != null && object.preposition.matches("to|into|across|over|through|around|onto")) {
            // "fly to the moon", "swim across the lake": a journey, not a skill
            return Shape.EXPLORE;
        }
        return shape == null ? Shape.WISH : shape;
    }

    /** A request with no verb for its heroes: "the stolen crown of the ice queen", "the great cupcake contest". */
    private @Nullable Goal goalOfPhrases(List<Mention> heroes) {
        for (Mention mention : parse.mentions) {
            if (mention.head == null || heroes.contains(mention)) {
                continue;
            }
            if (mention.of != null && List.of("mystery", "case", "riddle", "secret", "puzzle").contains(mention.head)) {
                Mention inner = mention.of;
                return inner.adjectives.stream().anyMatch(MISSING::contains)
                        ? new Goal(Shape.FIND, "find", "", phrase(inner), "", null)
                        : new Goal(Shape.SOLVE, "solve", "", phrase(mention), "", null);
            }
            if (mention.adjectives.stream().anyMatch(MISSING::contains)) {
                return new Goal(Shape.FIND, "find", "", phrase(mention), "", null);
            }
            if (isCompetition(mention)) {
                return new Goal(Shape.WIN, "win", "", phrase(mention), "", null);
            }
            if (JOURNEYS.contains(mention.head)) {
                return new Goal(Shape.EXPLORE, "take", "", withItsPhrases(mention), "", null);
            }
            if (OPENABLE.contains(mention.head)) {
                return new Goal(Shape.FIND, "open", "", phrase(mention), "", null);
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

    private Phrase phrase(Mention mention) {
        if (mention.determiner.matches("no|any") && !mention.nouns.isEmpty()) {
            return Phrase.of("", "the " + String.join(" ", mention.nouns), mention.head == null ? mention.words : mention.head);
        }
        return Phrase.of("", mention.words, mention.head == null ? mention.words : mention.head);
    }

    private static String last(String words) {
        String[] split = words.split("\\s+");
        return split[split.length - 1];
    }

    private static Map<String, Shape> verbShapes() {
        Map<String, Shape> shapes = new java.util.HashMap<>();
        put(shapes, Shape.MEND, "fix", "repair", "mend", "restore", "heal", "clean", "cure", "rebuild", "patch", "tidy",
                "wash", "polish", "unstick", "untangle", "restart", "rescue");
        put(shapes, Shape.MAKE, "make", "build", "bake", "cook", "create", "paint", "draw", "invent", "open", "design",
                "knit", "sew", "write", "compose", "construct", "brew", "decorate", "craft", "throw", "prepare", "produce");
        put(shapes, Shape.GROW, "grow", "become", "turn", "change", "hatch", "bloom", "blossom", "transform", "plant");
        put(shapes, Shape.FIND, "find", "discover", "search", "seek", "look", "recover", "locate", "hunt", "uncover",
                "catch", "spot", "track", "dig", "retrieve", "get");
        put(shapes, Shape.RESCUE, "rescue", "save", "free", "help", "protect", "guard", "feed", "wake", "comfort", "cheer");
        put(shapes, Shape.LEARN, "learn", "train", "practise", "practice", "master", "fly", "swim", "dance", "ride",
                "read", "sing", "jump", "fit", "stay", "skate", "ski", "whistle", "juggle", "balance", "count", "spell",
                "float", "roar", "speak");
        put(shapes, Shape.WIN, "win", "beat", "compete", "score", "race");
        put(shapes, Shape.DELIVER, "deliver", "carry", "bring", "take", "send", "return", "phone", "post", "fetch", "call",
                "ferry", "pull", "push", "move", "lift", "mail", "drag", "tow");
        put(shapes, Shape.EXPLORE, "visit", "explore", "see", "travel", "land", "reach", "go", "sail", "tour", "walk",
                "journey", "cross", "climb", "come", "enter", "wander", "roam", "drive");
        put(shapes, Shape.BEFRIEND, "befriend", "meet", "hug", "greet", "welcome", "keep", "play", "join");
        put(shapes, Shape.SOLVE, "solve", "investigate", "figure", "crack", "detect", "explain");
        put(shapes, Shape.SHARE, "share", "give", "swap", "trade", "lend", "split", "exchange", "donate", "offer");
        shapes.put("rescue", Shape.RESCUE);
        return Map.copyOf(shapes);
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

    private static void put(Map<String, Shape> shapes, Shape shape, String... verbs) {
        for (String verb : verbs) {
            shapes.put(verb, shape);
        }
    }
}
