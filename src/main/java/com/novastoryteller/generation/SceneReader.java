package com.novastoryteller.generation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import com.novastoryteller.engine.CharacterLook;
import com.novastoryteller.engine.Scene;
import com.novastoryteller.engine.Scene.Figure;
import com.novastoryteller.engine.Scene.TimeOfDay;
import com.novastoryteller.engine.Scene.Weather;
import com.novastoryteller.engine.embedded.reading.Being;
import com.novastoryteller.engine.embedded.reading.Language;
import com.novastoryteller.engine.embedded.reading.Lexicon;
import com.novastoryteller.engine.embedded.reading.Nouns;
import com.novastoryteller.engine.embedded.reading.Phrase;
import com.novastoryteller.engine.embedded.reading.RequestReader;
import com.novastoryteller.engine.embedded.reading.StoryIdea;

/**
 * Reads what a picture of a part should show from the story's own words, whoever wrote them: the cast
 * from sentences such as "Bramble was a hedgehog" or "Meet Rufus, a fox", the place, the time of day and
 * the weather, and the things the part is about.
 */
public final class SceneReader {

    private static final Pattern INTRODUCED = Pattern.compile(
            "\\b(\\p{Lu}\\p{L}+)(?: (?:was|is) an?| the|, an?) ((?:[a-z]+ ){0,2}\\p{Ll}+)\\b");
    /** "a little fox named Rufus", "a fox called Rufus", "a fox. Her name was Rufus." */
    private static final Pattern NAMED = Pattern.compile(
            "\\ban? (?:[a-z]+ ){0,2}?(\\p{Ll}+)(?: (?:named|called)|\\. (?:His|Her|Its|Their) name was) (\\p{Lu}\\p{L}+)");
    /** "Here is Rufus. He is a fox.": a name, then a pronoun that says what they are. */
    private static final Pattern PRESENTED = Pattern.compile("\\b(?:Here is|This is|Meet) (\\p{Lu}\\p{L}+)[.!] "
            + "(?:He|She|It|They) (?:is|was|are|were) an? ((?:[a-z]+ ){0,2}\\p{Ll}+)\\b");
    /** Words that start sentences like names do, but are never anyone's name. */
    private static final List<String> NOT_NAMES = List.of("He", "She", "It", "They", "This", "That", "There", "Here",
            "What", "Who", "Then", "Now", "Once", "One");
    private static final List<String> KINDS = CharacterLook.KINDS;
    private static final Pattern PLACE = Pattern.compile("\\b(?:the|a) ((?:[a-z]+ ){0,2}(?:forest|woods?|jungle|hills?|meadow|"
            + "river|stream|lake|pond|sea|ocean|island|beach|harbou?r(?: town)?|bay|cliffs?|mountains?|peak|volcano|town|village|"
            + "city|castle|market|desert|dunes|space station|moon base|planet|school|classroom|library|kitchen|room|museum|"
            + "garden|park|farm|cave|valley))\\b");
    private static final List<String> THINGS = List.of("key", "kite", "map", "lantern", "lamp", "star", "egg", "book", "letter",
            "cake", "boat", "teacup", "compass", "crown", "treasure", "balloon", "ball", "shell", "feather", "paintbrush");

    /** The sorts of noun a picture shows as a thing. */
    private static final Set<Lexicon.Sort> DRAWN_SORTS = Set.of(Lexicon.Sort.THING, Lexicon.Sort.FOOD);
    private static final Set<Lexicon.Sort> NAMED_THING_SORTS = Set.of(Lexicon.Sort.THING, Lexicon.Sort.FOOD,
            Lexicon.Sort.BODY, Lexicon.Sort.NATURE, Lexicon.Sort.EVENT, Lexicon.Sort.PLANT, Lexicon.Sort.UNKNOWN);
    /** What a creature a part brings in descends from, in WordNet: a feather or a hide is of an animal, not one. */
    private static final Set<String> CREATURES = Set.of("animal", "imaginary being", "mythical being", "robot", "automaton");
    /** Nouns that name no one thing to draw. */
    private static final Set<String> NOT_DRAWN = Set.of("thing", "things", "something", "stuff", "way", "step", "bit", "lot",
            "clothes", "side", "part", "piece", "kind", "sort", "end", "top", "tune", "sound", "trick", "idea", "plan",
            "people", "everyone", "friend", "friends", "family", "crowd", "teacher", "picture", "clothing", "suit", "lunch",
            "snack", "supper", "dinner", "breakfast", "food", "meal", "teatime", "mix", "loop", "timer", "dark", "light",
            "red", "orange", "yellow", "green", "blue", "purple", "pink", "white", "black", "brown", "grey", "gray", "gold",
            "silver", "colour", "color");
    /** Place nouns too general to be a setting. */
    private static final Set<String> NOT_SETTINGS = Set.of("ground", "side", "edge", "top", "way", "place", "spot", "world",
            "air", "distance", "middle", "home", "there", "here", "inside", "outside", "front", "back", "corner", "road", "path",
            "story", "sun", "star", "wall", "door", "floor", "window", "hatch", "drop", "track", "trail", "hedge", "line",
            "start", "finish", "bottom", "surface", "centre", "center", "light", "shade", "shadow");
    private static final Map<Scene.Mood, Pattern> FEELINGS = feelings();

    private SceneReader() {
    }

    /** Everyone the story introduces, by name, with what they are; "child" when it does not say. */
    static Map<String, String> cast(String story) {
        Map<Integer, Map.Entry<String, String>> found = new TreeMap<>();
        for (Matcher introduced = INTRODUCED.matcher(story); introduced.find(); ) {
            found.putIfAbsent(introduced.start(), Map.entry(introduced.group(1), kindIn(introduced.group(2))));
        }
        for (Matcher named = NAMED.matcher(story); named.find(); ) {
            found.putIfAbsent(named.start(), Map.entry(named.group(2), named.group(1)));
        }
        for (Matcher presented = PRESENTED.matcher(story); presented.find(); ) {
            found.putIfAbsent(presented.start(), Map.entry(presented.group(1), kindIn(presented.group(2))));
        }
        Map<String, String> cast = new LinkedHashMap<>();
        found.values().stream().filter(member -> KINDS.contains(member.getValue()) && !NOT_NAMES.contains(member.getKey()))
                .forEach(member -> cast.putIfAbsent(member.getKey(), member.getValue()));
        return cast;
    }

    /** What "a brave little fox" or "a fox named" is: the first word of it that is a kind, else its last word. */
    private static String kindIn(String words) {
        String[] split = words.split(" ");
        for (String word : split) {
            if (KINDS.contains(word)) {
                return word;
            }
        }
        return split[split.length - 1];
    }

    static Scene scene(String part, String storySoFar, Map<String, String> cast) {
        return scene(part, storySoFar, cast, List.of());
    }

    /**
     * The picture for a part, read with the child's request: the heroes the child asked for are on every page (two
     * robots are two robots), with whoever else the part brings in (a parrot, a goat named Bramble); the part's own
     * place, or the child's place when the part names it or names none; the things the child named and the part
     * mentions, the goal's object first, held while the part does what the child asked ("fly the kite"); and the
     * part's mood. The family's own characters look as they chose.
     */
    public static Scene scene(String part, int index, String storySoFar, String request, List<Figure> chosen) {
        StoryIdea idea = RequestReader.read(request);
        List<Nouns.Noun> nouns = Nouns.in(part);
        Set<String> mentioned = new HashSet<>();
        nouns.forEach(noun -> mentioned.add(noun.lemma().toLowerCase(Locale.ROOT)));
        String lower = part.toLowerCase(Locale.ROOT);
        List<Figure> figures = figures(idea, part, nouns, mentioned, storySoFar, chosen);
        Set<String> kindsShown = new HashSet<>();
        figures.forEach(figure -> kindsShown.add(figure.kind()));
        Map<String, String> things = things(idea, nouns, mentioned, kindsShown);
        Phrase goal = goalObject(idea);
        String goalThing = goal == null ? null : goal.head().toLowerCase(Locale.ROOT);
        String action = goalThing != null && things.keySet().stream().findFirst().filter(goalThing::equals).isPresent()
                ? idea.goal().doIt() : null;
        return new Scene(setting(nouns, idea, part, storySoFar), time(lower, index), weather(lower),
                figures.stream().limit(4).toList(), things.values().stream().limit(3).toList(), action, mood(lower), index);
    }

    /**
     * Who is in the part: the child's heroes, then whoever the story introduced and the part names, the child's
     * unnamed others and the one the goal is about when the part has them, and one creature the part brings in.
     */
    private static List<Figure> figures(StoryIdea idea, String part, List<Nouns.Noun> nouns, Set<String> mentioned,
            String storySoFar, List<Figure> chosen) {
        Map<String, Figure> everyone = new LinkedHashMap<>();
        Set<String> heroNames = new HashSet<>();
        for (Being hero : idea.heroes()) {
            heroFigures(hero).forEach(figure -> {
                everyone.put(figure.name(), figure);
                heroNames.add(figure.name());
            });
        }
        cast(storySoFar).forEach((name, kind) -> {
            boolean partOfAHeroName = everyone.keySet().stream().anyMatch(hero -> hero.endsWith(" " + name));
            if (!partOfAHeroName && !isAdverb(name)) {
                everyone.putIfAbsent(name, new Figure(name, kind));
            }
        });
        chosen.forEach(figure -> everyone.put(figure.name(), figure));
        idea.others().stream().filter(other -> other.name() != null && other.kind() != null)
                .forEach(other -> everyone.putIfAbsent(other.name(), new Figure(other.name(), other.kind(), null, 0,
                        other.describedKind())));
        List<Figure> figures = new ArrayList<>();
        everyone.values().stream().filter(figure -> heroNames.contains(figure.name())).forEach(figures::add);
        if (figures.isEmpty()) {
            everyone.values().stream().findFirst().ifPresent(figures::add);
        }
        Set<String> kindsShown = new HashSet<>();
        figures.forEach(figure -> kindsShown.add(figure.kind()));
        everyone.values().stream()
                .filter(member -> !figures.contains(member) && part.contains(member.name()))
                .sorted((a, b) -> Integer.compare(part.indexOf(a.name()), part.indexOf(b.name())))
                .forEach(member -> {
                    figures.add(member);
                    kindsShown.add(member.kind());
                });
        // someone else the child named without a name ("her grandmother"), when the part has them in it
        idea.others().stream().filter(other -> other.name() == null && other.kind() != null
                && mentioned.contains(other.kind().toLowerCase(Locale.ROOT)) && kindsShown.add(other.kind()))
                .forEach(other -> figures.add(new Figure(other.called(), other.kind(), null, 0, other.describedKind())));
        // someone the goal is about ("to find her father", "rescues a kitten"), when the part has them in it
        Phrase goalObject = goalObject(idea);
        if (goalObject != null && Language.get().lexicon().sortOf(goalObject.head()).isAlive()
                && mentioned.contains(goalObject.head().toLowerCase(Locale.ROOT)) && kindsShown.add(goalObject.head())) {
            figures.add(new Figure(goalObject.definite(), goalObject.head().toLowerCase(Locale.ROOT)));
        }
        // one creature the part brings in without a name (a parrot, a goat) joins them
        nouns.stream().filter(noun -> !noun.name() && isCreature(noun) && !kindsShown.contains(noun.lemma())).findFirst()
                .ifPresent(noun -> figures.add(new Figure("the " + noun.lemma(), noun.lemma())));
        return figures;
    }

    /**
     * The part's things by their head noun, each with the child's words for it ("broken rocket engine", "golden
     * key"): the goal's object first, then the child's other things, then one the part itself is about.
     */
    private static Map<String, String> things(StoryIdea idea, List<Nouns.Noun> nouns, Set<String> mentioned,
            Set<String> kindsShown) {
        Map<String, String> things = new LinkedHashMap<>();
        Phrase goal = goalObject(idea);
        String goalThing = goal == null ? null : goal.head().toLowerCase(Locale.ROOT);
        if (goalThing != null && mentioned.contains(goalThing) && !kindsShown.contains(goalThing) && isDrawnAsAThing(goalThing)) {
            things.put(goalThing, drawnWords(goal));
        }
        for (Phrase thing : idea.things()) {
            String head = thing.head().toLowerCase(Locale.ROOT);
            if (mentioned.contains(head) && isDrawnAsAThing(head)) {
                things.putIfAbsent(head, drawnWords(thing));
            }
        }
        nouns.stream().filter(noun -> !noun.name() && DRAWN_SORTS.contains(noun.sort()) && !NOT_DRAWN.contains(noun.lemma())
                && !kindsShown.contains(noun.lemma()) && !things.containsKey(noun.lemma())).findFirst()
                .ifPresent(noun -> things.put(noun.lemma(), noun.phrase()));
        return things;
    }

    private static @Nullable Phrase goalObject(StoryIdea idea) {
        return idea.goal() == null ? null : idea.goal().object();
    }

    /** The child's words for a thing without its article: "the broken rocket engine" is drawn from "broken rocket engine". */
    private static String drawnWords(Phrase thing) {
        return thing.words().replaceFirst("(?i)^(a|an|the|some)\\s+", "");
    }

    /** A hero as the figures that draw them: one, or each of a group the child did not name one by one. */
    private static List<Figure> heroFigures(Being hero) {
        String kind = hero.kind() == null ? "child" : hero.kind();
        if (hero.name() != null || hero.count() == 1) {
            return List.of(new Figure(hero.name() != null ? hero.name() : hero.called(), kind, null, 0, hero.describedKind()));
        }
        List<Figure> group = new ArrayList<>();
        for (int n = 1; n <= Math.max(2, Math.min(hero.count(), 4)); n++) {
            group.add(new Figure(hero.called() + " " + n, kind, null, 0, hero.describedKind()));
        }
        return group;
    }

    private static String setting(List<Nouns.Noun> nouns, StoryIdea idea, String part, String storySoFar) {
        List<Nouns.Noun> places = nouns.stream().filter(noun -> !noun.name() && noun.sort() == Lexicon.Sort.PLACE
                && noun.isWhere() && !NOT_SETTINGS.contains(noun.lemma())).toList();
        // the child's places: the one the goal is about ("open a restaurant", "visit a farm"), then where they said
        // it happens; the part is drawn at the first of them it names, at its own place if it names only that
        List<Phrase> asked = new ArrayList<>();
        Phrase goalPlace = goalPlace(idea);
        if (goalPlace != null) {
            asked.add(goalPlace);
        }
        idea.places().stream().findFirst().ifPresent(asked::add);
        for (Phrase place : asked) {
            if (nouns.stream().anyMatch(noun -> noun.lemma().equalsIgnoreCase(place.head()))) {
                // "the music shop under the sea": the goal's place where the child said it is
                return place == goalPlace && asked.size() > 1 ? place.words() + " " + asked.get(1).withPreposition()
                        : place.words();
            }
        }
        return places.stream().findFirst()
                .map(place -> "the " + place.phrase())
                .orElseGet(() -> !asked.isEmpty() ? asked.get(0).words() : place(part, storySoFar));
    }

    private static @Nullable Phrase goalPlace(StoryIdea idea) {
        Phrase object = goalObject(idea);
        return object != null && Language.get().lexicon().sortOf(object.head()) == Lexicon.Sort.PLACE ? object : null;
    }

    private static Scene.Mood mood(String text) {
        Scene.Mood best = Scene.Mood.HAPPY;
        int most = 0;
        for (Map.Entry<Scene.Mood, Pattern> feeling : FEELINGS.entrySet()) {
            int count = 0;
            for (Matcher found = feeling.getValue().matcher(text); found.find(); ) {
                count++;
            }
            if (count > most) {
                best = feeling.getKey();
                most = count;
            }
        }
        return best;
    }

    private static boolean isCreature(Nouns.Noun noun) {
        Lexicon.Sort sort = noun.sort();
        return (sort == Lexicon.Sort.ANIMAL || sort == Lexicon.Sort.CREATURE || sort == Lexicon.Sort.MACHINE)
                && Language.get().lexicon().isA(noun.lemma(), CREATURES) && !NOT_DRAWN.contains(noun.lemma());
    }

    /** "Overhead, a bird sang" introduces no one called Overhead. */
    private static boolean isAdverb(String name) {
        Lexicon lexicon = Language.get().lexicon();
        return lexicon.isAdverb(name);
    }

    /** Whether a thing the child named is drawn as a thing: a bone, a rainbow, a picnic; not a place, a creature or "the dark". */
    private static boolean isDrawnAsAThing(String noun) {
        return NAMED_THING_SORTS.contains(Language.get().lexicon().sortOf(noun)) && !NOT_DRAWN.contains(noun);
    }


    /**
     * The picture for a part: its place (or the story's), time, weather, what they have, and who is in it: the
     * hero (the first one the story introduces) on every page, and up to two others the part names. The
     * family's own characters look as they chose, however the story introduces them.
     */
    static Scene scene(String part, String storySoFar, Map<String, String> cast, List<Figure> chosen) {
        String lower = part.toLowerCase(Locale.ROOT);
        Map<String, Figure> everyone = new LinkedHashMap<>();
        cast.forEach((name, kind) -> everyone.put(name, new Figure(name, kind)));
        chosen.forEach(figure -> everyone.put(figure.name(), figure));
        List<Figure> figures = new ArrayList<>();
        everyone.values().stream().findFirst().ifPresent(figures::add);
        everyone.values().stream()
                .filter(member -> part.contains(member.name()) && !member.name().equals(figures.get(0).name()))
                .sorted((a, b) -> Integer.compare(part.indexOf(a.name()), part.indexOf(b.name())))
                .limit(2)
                .forEach(figures::add);
        List<String> things = THINGS.stream().filter(thing -> lower.matches("(?s).*\\b" + thing + "s?\\b.*"))
                .sorted((a, b) -> Integer.compare(lower.indexOf(a), lower.indexOf(b)))
                .limit(2).toList();
        return new Scene(place(part, storySoFar), time(lower, -1), weather(lower), figures, things);
    }

    private static String place(String part, String storySoFar) {
        for (String text : new String[] { part, storySoFar }) {
            Matcher place = PLACE.matcher(text.toLowerCase(Locale.ROOT));
            if (place.find()) {
                return "the " + place.group(1);
            }
        }
        return "the green hills";
    }

    private static Map<Scene.Mood, Pattern> feelings() {
        Map<Scene.Mood, Pattern> feelings = new LinkedHashMap<>();
        feelings.put(Scene.Mood.SCARED, Pattern.compile("\\b(scared|afraid|frightened|fright|shiver\\w*|trembl\\w*|"
                + "oh no|help!|dark|gulp|nervous|worried|worry)\\b"));
        feelings.put(Scene.Mood.SURPRISED, Pattern.compile("\\b(wow|gasp\\w*|surprise\\w*|suddenly|what is this|"
                + "amazed|astonish\\w*|whoa|look!)\\b"));
        feelings.put(Scene.Mood.SAD, Pattern.compile("\\b(sad|sadly|cried|cry|crying|tears?|lonely|sigh\\w*|gloomy|"
                + "missed|lost)\\b"));
        feelings.put(Scene.Mood.DETERMINED, Pattern.compile("\\b(tried|try|trying|again|stuck|hard|practis\\w*|"
                + "practic\\w*|kept going|never give up|brave)\\b"));
        feelings.put(Scene.Mood.HAPPY, Pattern.compile("\\b(happy|glad|hooray|laugh\\w*|smil\\w*|cheer\\w*|"
                + "proud|joy|yay|did it|giggl\\w*|party)\\b"));
        return feelings;
    }

    /** The time the part says; when it says none, the time its place in the story gives (none for {@code index} -1). */
    private static TimeOfDay time(String text, int index) {
        if (text.matches("(?s).*\\b(night|moonlight|midnight|stars came out|bedtime|dark sky)\\b.*")) {
            return TimeOfDay.NIGHT;
        }
        if (text.matches("(?s).*\\b(evening|sunset|dusk|sun went down|supper)\\b.*")) {
            return TimeOfDay.EVENING;
        }
        if (text.matches("(?s).*\\b(morning|sunrise|dawn|breakfast)\\b.*")) {
            return TimeOfDay.MORNING;
        }
        // a part that does not say when is told as the day goes on: the first in the morning, the fourth at evening
        return index == 0 ? TimeOfDay.MORNING : index >= 3 ? TimeOfDay.EVENING : TimeOfDay.DAY;
    }

    private static Weather weather(String text) {
        if (text.matches("(?s).*\\b(snow|snowflakes?|snowing)\\b.*")) {
            return Weather.SNOW;
        }
        if (text.matches("(?s).*\\b(rain|raining|rained|storm|puddles?|drizzle)\\b.*")) {
            return Weather.RAIN;
        }
        if (text.matches("(?s).*\\b(wind|windy|gust|breeze)\\b.*")) {
            return Weather.WIND;
        }
        if (text.matches("(?s).*\\b(clouds?|cloudy|grey sky|fog|foggy)\\b.*")) {
            return Weather.CLOUDY;
        }
        return Weather.CLEAR;
    }
}
