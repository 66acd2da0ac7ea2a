package com.novastoryteller.engine.embedded;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * What a prompt names: the hero (a name and what they are), companions, a place, objects, and what the
 * hero does ("sails a teacup"). Everything it finds must appear in the story.
 */
record PromptReading(@Nullable String heroName, String heroKind, @Nullable String heroTrait, List<String> companions,
        @Nullable String place, List<String> objects, @Nullable String activity) {

    private static final Pattern NAMED = Pattern.compile(
            "\\b(?:(?:a|an|the)\\s+)?((?:[a-z]+\\s+){0,2}?)([a-z]+)\\s+(?:named|called)\\s+((?:[A-Z][\\p{L}'-]*\\s?){1,3})");
    private static final Pattern KIND = Pattern.compile("\\b(?:a|an)\\s+((?:[a-z]+\\s+){0,2}?)([a-z]+)\\b");
    private static final Pattern COMPANION = Pattern.compile(
            "\\band\\s+(a|an|his|her|their)\\s+([a-z]+)(?:\\s+(?:named\\s+|called\\s+)?([A-Z][\\p{L}'-]+))?");
    private static final Pattern PLACE = Pattern.compile("\\b(?:in|on|at|under|near|inside)\\s+(?:the\\s+|a\\s+|an\\s+)?((?:[A-Za-z'-]+\\s?){1,3}?)(?=\\s+(?:with|who|and|where|to)\\b|[,.!?]|$)");
    private static final Pattern OBJECT = Pattern.compile("\\bwith\\s+(?:a|an|the|some)\\s+((?:[a-z]+\\s)?[a-z]+)");
    private static final Pattern ACTIVITY = Pattern.compile(
            "\\bwho\\s+(?:(?:wants|likes|loves|dreams)\\s+(?:to\\s+|of\\s+)?)?([a-z]+?)\\s+(?:a|an|the)\\s+((?:[a-z]+\\s)?[a-z]+)");
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
        return new PromptReading(heroName, kind, trait, companions(text), place(text), objects(text), activity(text));
    }

    private static List<String> companions(String text) {
        List<String> companions = new ArrayList<>();
        Matcher matcher = COMPANION.matcher(text);
        while (matcher.find()) {
            String kind = matcher.group(2);
            companions.add(matcher.group(3) != null ? matcher.group(3) + " the " + kind : article(kind) + " " + kind);
        }
        return companions;
    }

    private static @Nullable String place(String text) {
        Matcher matcher = PLACE.matcher(text);
        return matcher.find() ? matcher.group(1).strip() : null;
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

    private static @Nullable String activity(String text) {
        Matcher matcher = ACTIVITY.matcher(text);
        if (!matcher.find() || matcher.group(1).equals("lives")) {
            return null;
        }
        return baseForm(matcher.group(1)) + " " + article(matcher.group(2)) + " " + matcher.group(2);
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

    /** The place as it reads in a sentence: names keep their capitals ("the Whispering Woods"). */
    String placePhrase() {
        if (place == null) {
            return "";
        }
        return "the " + (Character.isUpperCase(place.charAt(0)) ? place : place.toLowerCase(Locale.ROOT));
    }
}
