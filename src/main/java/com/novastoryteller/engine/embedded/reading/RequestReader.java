package com.novastoryteller.engine.embedded.reading;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import com.novastoryteller.engine.embedded.reading.Lexicon.Sort;

/**
 * Reads a child's request into a {@link StoryIdea}: tags and chunks it ({@link Sentence}), takes it apart into
 * noun phrases and clauses ({@link Parse}), and decides from what the words mean (WordNet) who the heroes are
 * ({@link Heroes}), where and when it happens ({@link PlacesAndTimes}) and what the heroes want ({@link GoalReader}).
 * Nothing here depends on how the request is worded; the words' roles in the sentence decide.
 */
public final class RequestReader {

    /** "tell me a story about", "a story where", "once upon a time there was": how a request is asked, not what. */
    private static final Pattern FRAMING = Pattern.compile("(?i)^\\s*(please\\s*,?\\s+)?((can|could|will|would) you\\s+)?"
            + "((please\\s+)?(tell|write|make|give|read)(\\s+(me|us|my \\w+))?\\s+)?(i (want|would like|wish for)\\s+)?"
            + "((a|an|the|one|some)\\s+)?((bedtime|short|long|funny|scary|silly|new|little|nice|good|magical|cozy|sleepy)\\s+)*"
            + "(story|stories|tale|adventure)\\s+(about|of|where|in which|when|with|that|for)\\s+");
    private static final Pattern THERE_WAS = Pattern.compile("(?i)^\\s*(once upon a time,?\\s*)?(there (was|is|were|are|lived)\\s+)");

    private final Lexicon lexicon;
    private final Parse parse;
    private final String text;
    private final Beings beings;
    private final PlacesAndTimes placesAndTimes;

    private RequestReader(String text, Language language) {
        this.text = text;
        this.lexicon = language.lexicon();
        this.parse = new Parse(Sentence.of(text, language), lexicon);
        this.beings = new Beings(parse.sentence);
        this.placesAndTimes = new PlacesAndTimes(parse.sentence, lexicon);
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
        List<Mention> heroMentions = new Heroes(parse, lexicon).find();
        List<Being> heroes = new ArrayList<>();
        for (Mention mention : heroMentions) {
            heroes.addAll(beings.of(mention));
        }
        Goal goal = new GoalReader(parse, lexicon, placesAndTimes).goal(text, heroMentions);
        heroes = beings.gendered(heroes);
        TheRest rest = new TheRest();
        for (Mention mention : parse.mentions) {
            rest.add(mention, heroMentions, goal);
        }
        return new StoryIdea(heroes, rest.others, rest.places(), rest.things, rest.times, goal, Retelling.of(parse, lexicon, goal));
    }

    /** Whatever the request names besides its heroes and the goal's object: other characters, places, things and times. */
    private final class TheRest {

        final List<Being> others = new ArrayList<>();
        final List<Phrase> things = new ArrayList<>();
        final List<Phrase> times = new ArrayList<>();
        private final List<Mention> placed = new ArrayList<>();

        void add(Mention mention, List<Mention> heroMentions, @Nullable Goal goal) {
            if (mention.possessor != null && !mention.possessor.isEmpty() && Character.isUpperCase(mention.possessor.charAt(0))) {
                others.add(Beings.possessor(mention.possessor));
            }
            if (heroMentions.contains(mention) || mention.isPronoun() || mention.head == null && !mention.hasNames()
                    || isGoalObject(goal, mention) || isParticle(mention)) {
                return;
            }
            if (mention.preposition.startsWith("of:")) {
                if ((mention.sort.isAlive() || mention.hasNames() && mention.looksLikePerson())
                        && heroMentions.stream().noneMatch(hero -> hero.of == mention)) {
                    others.addAll(beings.of(mention));
                }
            }
            else if (mention.sort == Sort.TIME || PlacesAndTimes.isTimeWord(mention)) {
                times.add(mention.phrase());
            }
            else if (placesAndTimes.isPlace(mention)) {
                placed.add(mention);
            }
            else if (mention.isAlive()) {
                others.addAll(beings.of(mention));
            }
            else if (mention.sort == Sort.THING || mention.sort == Sort.FOOD) {
                things.add(Phrase.of("", mention.words, mention.head == null ? mention.words : mention.head));
            }
        }

        /** "footprints in the snow outside the school": the story happens at the school, a place, more than in the snow. */
        List<Phrase> places() {
            return placed.stream().sorted(Comparator.comparing(mention -> mention.sort != Sort.PLACE)).map(Mention::phrase).toList();
        }
    }

    private static boolean isGoalObject(@Nullable Goal goal, Mention mention) {
        return goal != null && goal.object() != null && (goal.object().words().equals(mention.words)
                || goal.object().words().endsWith(" " + mention.words) || mention.words.startsWith(goal.object().words()));
    }

    private boolean isParticle(Mention mention) {
        return mention.head != null && mention.determiner.isEmpty() && mention.adjectives.isEmpty()
                && parse.clauses.stream().anyMatch(clause -> clause.particles.contains(mention.head));
    }
}
