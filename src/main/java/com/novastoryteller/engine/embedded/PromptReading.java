package com.novastoryteller.engine.embedded;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * What a prompt names: the hero (a name and what they are), companions, a place, objects, and what the
 * hero does ("sails a teacup"). Everything it finds must appear in the story.
 */
record PromptReading(@Nullable String heroName, String heroKind, @Nullable String heroTrait, List<Companion> companions,
        @Nullable String place, String placePreposition, List<String> objects, @Nullable String activity,
        @Nullable String event) {

    /** Someone the prompt names beside the hero: "his dog Biscuit" or just "a robot". */
    record Companion(@Nullable String name, String kind) {
    }

    private static final Pattern NAMED = Pattern.compile(
            "\\b(?:(?:a|an|the)\\s+)?((?:[a-z]+\\s+){0,2}?)([a-z]+)\\s+(?:named|called)\\s+((?:[A-Z][\\p{L}'-]*\\s?){1,3})");
    private static final Pattern KIND = Pattern.compile("\\b(?:a|an)\\s+((?:[a-z]+\\s+){0,2}?)([a-z]+)\\b");
    private static final Pattern COMPANION = Pattern.compile(
            "\\band\\s+(a|an|his|her|their)\\s+([a-z]+)(?:\\s+(?:named\\s+|called\\s+)?([A-Z][\\p{L}'-]+))?");
    private static final Pattern PLACE = Pattern.compile("\\b(in|on|at|under|near|inside)\\s+(?:the\\s+|a\\s+|an\\s+)?((?:[A-Za-z'-]+\\s?){1,3}?)(?=\\s+(?:with|who|and|where|to)\\b|[,.!?]|$)");
    private static final Pattern OBJECT = Pattern.compile("\\bwith\\s+(?:a|an|the|some)\\s+((?:[a-z]+\\s)?[a-z]+)");
    private static final Pattern ACTIVITY = Pattern.compile(
            "\\bwho\\s+(?:(?:wants|likes|loves|dreams)\\s+(?:to\\s+|of\\s+)?)?([a-z]+?)\\s+(?:a|an|the)\\s+((?:[a-z]+\\s)?[a-z]+)");
    /** Verbs that say what happens once rather than what the hero does every day, in the past tense. */
    private static final Map<String, String> EVENTS = Map.ofEntries(Map.entry("finds", "found"), Map.entry("meets", "met"),
            Map.entry("discovers", "discovered"), Map.entry("sees", "saw"), Map.entry("gets", "got"),
            Map.entry("loses", "lost"), Map.entry("wins", "won"), Map.entry("builds", "built"),
            Map.entry("catches", "caught"), Map.entry("makes", "made"), Map.entry("hears", "heard"),
            Map.entry("visits", "visited"), Map.entry("adopts", "adopted"), Map.entry("rescues", "rescued"),
            Map.entry("helps", "helped"), Map.entry("receives", "received"));
    private static final Set<String> TRAITS = Set.of("brave", "shy", "kind", "little", "tiny", "clever", "curious",
            "friendly", "gentle", "happy", "lonely", "young", "old", "wise", "silly", "small", "big", "cheerful", "bold");

    static PromptReading of(String prompt) {
        String text = prompt.strip().replaceFirst("(?i)^(please\\s+)?(tell|write|make)\\s+(me\\s+)?(a\\s+)?story\\s+(about|of)\\s+", "");
        String heroName = null;
        String kindWords = null;
        Matcher named = NAMED.matcher(text);
        if (named.find()) {
            heroName = named.group(3).strip();
            kindWords = (named.group(1) + named.group(2)).strip();
        }
        else {
            Matcher kind = KIND.matcher(text);
            if (kind.find()) {
                kindWords = (kind.group(1) + kind.group(2)).strip();
            }
        }
        String trait = null;
        String kind = "child";
        if (kindWords != null) {
            List<String> words = List.of(kindWords.split("\\s+"));
            trait = words.stream().filter(TRAITS::contains).findFirst().orElse(null);
            kind = String.join(" ", words.stream().filter(word -> !TRAITS.contains(word)).toList());
            if (kind.isEmpty()) {
                kind = words.get(words.size() - 1);
            }
        }
        Matcher place = PLACE.matcher(text);
        boolean placed = place.find();
        Matcher doing = ACTIVITY.matcher(text);
        String verb = doing.find() && !doing.group(1).equals("lives") ? doing.group(1) : null;
        String activity = verb == null || EVENTS.containsKey(verb) ? null
                : baseForm(verb) + " " + article(doing.group(2)) + " " + doing.group(2);
        String event = verb != null && EVENTS.containsKey(verb)
                ? EVENTS.get(verb) + " " + article(doing.group(2)) + " " + doing.group(2) : null;
        return new PromptReading(heroName, kind, trait, companions(text), placed ? place.group(2).strip() : null,
                placed ? place.group(1) : "in", objects(text), activity, event);
    }

    private static List<Companion> companions(String text) {
        List<Companion> companions = new ArrayList<>();
        Matcher matcher = COMPANION.matcher(text);
        while (matcher.find()) {
            companions.add(new Companion(matcher.group(3), matcher.group(2)));
        }
        return companions;
    }

    private static List<String> objects(String text) {
        List<String> objects = new ArrayList<>();
        Matcher matcher = OBJECT.matcher(text);
        while (matcher.find()) {
            objects.add(matcher.group(1).strip());
        }
        Matcher activity = ACTIVITY.matcher(text);
        if (activity.find() && !activity.group(1).equals("lives")) {
            objects.add(activity.group(2).strip());
        }
        return objects;
    }

    /** "sails" becomes "sail", "carries" "carry", "watches" "watch". */
    private static String baseForm(String verb) {
        if (verb.endsWith("ies")) {
            return verb.substring(0, verb.length() - 3) + "y";
        }
        if (verb.matches(".*(ch|sh|x|ss)es")) {
            return verb.substring(0, verb.length() - 2);
        }
        return verb.endsWith("s") && !verb.endsWith("ss") ? verb.substring(0, verb.length() - 1) : verb;
    }

    static String article(String noun) {
        return "aeiou".indexOf(Character.toLowerCase(noun.charAt(0))) >= 0 ? "an" : "a";
    }

    /** The place with the prompt's own preposition: "under the old pier". */
    String placeWithPreposition() {
        return placePreposition + " " + placePhrase();
    }

    /** The place as it reads in a sentence: names keep their capitals ("the Whispering Woods"). */
    String placePhrase() {
        if (place == null) {
            return "";
        }
        return "the " + (Character.isUpperCase(place.charAt(0)) ? place : place.toLowerCase(Locale.ROOT));
    }
}
