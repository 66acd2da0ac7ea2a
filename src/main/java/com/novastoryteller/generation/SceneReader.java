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
    private static final List<String> THINGS = List.of("key", "kite", "map", "lantern", "lamp", "star", "egg", "book", "letter",
            "cake", "boat", "teacup", "compass", "crown", "treasure", "balloon", "ball", "shell", "feather", "paintbrush");

    /** The sorts of noun a picture shows as a thing. */
    private static final Set<Lexicon.Sort> DRAWN_SORTS = Set.of(Lexicon.Sort.THING, Lexicon.Sort.FOOD);
    private static final Set<Lexicon.Sort> NAMED_THING_SORTS = Set.of(Lexicon.Sort.THING, Lexicon.Sort.FOOD,
            Lexicon.Sort.BODY, Lexicon.Sort.NATURE, Lexicon.Sort.EVENT, Lexicon.Sort.PLANT, Lexicon.Sort.UNKNOWN);
    /** Nouns that name no one thing to draw. */
    static final Set<String> NOT_DRAWN = Set.of("thing", "things", "something", "stuff", "way", "step", "bit", "lot",
            "clothes", "side", "part", "piece", "kind", "sort", "end", "top", "tune", "sound", "trick", "idea", "plan",
            "people", "everyone", "friend", "friends", "family", "crowd", "teacher", "picture", "clothing", "suit", "lunch",
            "snack", "supper", "dinner", "breakfast", "food", "meal", "teatime", "mix", "loop", "timer", "dark", "light",
            "red", "orange", "yellow", "green", "blue", "purple", "pink", "white", "black", "brown", "grey", "gray", "gold",
            "silver", "colour", "color");

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
        List<Figure> figures = PartFigures.of(idea, part, nouns, mentioned, storySoFar, chosen);
        Set<String> kindsShown = new HashSet<>();
        figures.forEach(figure -> kindsShown.add(figure.kind()));
        Map<String, String> things = things(idea, nouns, mentioned, kindsShown);
        Phrase goal = goalObject(idea);
        String goalThing = goal == null ? null : goal.head().toLowerCase(Locale.ROOT);
        String action = goalThing != null && things.keySet().stream().findFirst().filter(goalThing::equals).isPresent()
                ? idea.goal().doIt() : null;
        return new Scene(PartSetting.of(nouns, idea, part, storySoFar), Atmosphere.time(lower, index), Atmosphere.weather(lower),
                figures.stream().limit(4).toList(), things.values().stream().limit(3).toList(), action, Atmosphere.mood(lower),
                index);
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

    static @Nullable Phrase goalObject(StoryIdea idea) {
        return idea.goal() == null ? null : idea.goal().object();
    }

    /** The child's words for a thing without its article: "the broken rocket engine" is drawn from "broken rocket engine". */
    private static String drawnWords(Phrase thing) {
        return thing.words().replaceFirst("(?i)^(a|an|the|some)\\s+", "");
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
        return new Scene(PartSetting.place(part, storySoFar), Atmosphere.time(lower, -1), Atmosphere.weather(lower), figures,
                things);
    }
}
