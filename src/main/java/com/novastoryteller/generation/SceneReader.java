package com.novastoryteller.generation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.novastoryteller.engine.CharacterLook;
import com.novastoryteller.engine.Scene;
import com.novastoryteller.engine.Scene.Figure;
import com.novastoryteller.engine.Scene.TimeOfDay;
import com.novastoryteller.engine.Scene.Weather;

/**
 * Reads what a picture of a part should show from the story's own words, whoever wrote them: the cast
 * from sentences such as "Bramble was a hedgehog" or "Meet Rufus, a fox", the place, the time of day and
 * the weather, and the things the part is about.
 */
final class SceneReader {

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
        return new Scene(place(part, storySoFar), time(lower), weather(lower), figures, things);
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

    private static TimeOfDay time(String text) {
        if (text.matches("(?s).*\\b(night|moonlight|midnight|stars came out|bedtime|dark sky)\\b.*")) {
            return TimeOfDay.NIGHT;
        }
        if (text.matches("(?s).*\\b(evening|sunset|dusk|sun went down|supper)\\b.*")) {
            return TimeOfDay.EVENING;
        }
        if (text.matches("(?s).*\\b(morning|sunrise|dawn|breakfast)\\b.*")) {
            return TimeOfDay.MORNING;
        }
        return TimeOfDay.DAY;
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
