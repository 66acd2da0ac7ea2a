package com.novastoryteller.generation;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import com.novastoryteller.engine.Scene;
import com.novastoryteller.engine.Scene.Figure;

/**
 * What a part's picture shows, in a sentence for whoever cannot see it (its alt text): who is in it, what they
 * have, where and when, and how they feel when the faces show it. "Pebble the penguin with a kite at the seaside,
 * in the evening." It is said from the scene the picture was drawn from, whichever illustrator drew it.
 */
final class PictureWords {

    static final int LONGEST = 500;

    /** A figure of a group the child did not name one by one: "the three little kittens 2". */
    private static final Pattern ONE_OF_A_GROUP = Pattern.compile("\\s+\\d+$");
    private static final Pattern ARTICLE = Pattern.compile("(?i)^(a|an|the|some|his|her|its|their|my|your|our)\\s+");
    private static final Set<String> AT = Set.of("seaside", "beach", "shore", "coast", "harbor", "harbour", "port", "market",
            "school", "museum", "library", "station", "base", "party", "fair", "zoo", "farm", "castle", "palace", "park",
            "playground", "pond", "lake", "river", "stream", "bay", "cliff", "cliffs", "top", "bottom", "edge", "circus",
            "bakery", "shop", "cafe", "café", "restaurant", "hospital", "airport", "lighthouse", "pier", "camp", "workshop");
    private static final Set<String> ON = Set.of("island", "hill", "hills", "mountain", "mountains", "moon", "mars",
            "planet", "ship", "boat", "roof", "peak", "volcano", "iceberg", "cloud", "clouds", "rooftop", "deck", "train");

    private PictureWords() {
    }

    static String of(Scene scene) {
        List<String> who = who(scene.figures());
        List<String> things = scene.objects().stream().map(PictureWords::aThing).filter(thing -> !thing.isBlank()).toList();
        StringBuilder words = new StringBuilder();
        if (!who.isEmpty()) {
            words.append(list(who));
            if (!things.isEmpty()) {
                words.append(" with ").append(list(things));
            }
        }
        else if (!things.isEmpty()) {
            words.append(list(things));
        }
        String where = where(scene.setting());
        if (!where.isEmpty()) {
            words.append(words.isEmpty() ? where.substring(where.indexOf(' ') + 1) : " " + where);
        }
        String when = when(scene.time(), scene.weather());
        if (!when.isEmpty()) {
            words.append(words.isEmpty() ? when : ", " + when);
        }
        String feeling = feeling(scene.mood());
        if (!feeling.isEmpty() && !who.isEmpty()) {
            words.append(", ").append(feeling);
        }
        String sentence = words.isEmpty() ? "A picture of the story" : capitalised(words.toString());
        if (sentence.length() > LONGEST - 1) {
            int space = sentence.lastIndexOf(' ', LONGEST - 2);
            sentence = sentence.substring(0, space > 0 ? space : LONGEST - 2) + "…";
        }
        return sentence.endsWith(".") || sentence.endsWith("…") ? sentence : sentence + ".";
    }

    /** Each figure once: "Pebble the penguin", "the parrot"; a group the child did not name one by one, once. */
    private static List<String> who(List<Figure> figures) {
        Set<String> who = new LinkedHashSet<>();
        for (Figure figure : figures) {
            String name = ONE_OF_A_GROUP.matcher(figure.name().strip()).replaceFirst("");
            who.add(isAName(name) && !says(name, figure.kind()) && !figure.kind().equals("child")
                    ? name + " the " + figure.kind() : name);
        }
        return new ArrayList<>(who);
    }

    /** "Pebble", "Captain Mirelle": a name, not "the parrot" or "your dog". */
    private static boolean isAName(String name) {
        return !name.isEmpty() && Character.isUpperCase(name.codePointAt(0)) && !ARTICLE.matcher(name).find();
    }

    private static boolean says(String name, String kind) {
        return (" " + name.toLowerCase(Locale.ROOT) + " ").contains(" " + kind.toLowerCase(Locale.ROOT) + " ");
    }

    /** "a kite", "an old map"; "mittens" as they are. */
    private static String aThing(String thing) {
        String bare = ARTICLE.matcher(thing.strip()).replaceFirst("");
        if (bare.isEmpty()) {
            return bare;
        }
        String last = bare.substring(bare.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
        boolean many = last.endsWith("s") && !last.endsWith("ss") && !last.endsWith("us") && !last.endsWith("is");
        if (many) {
            return bare;
        }
        return ("aeiou".indexOf(Character.toLowerCase(bare.charAt(0))) >= 0 ? "an " : "a ") + bare;
    }

    /** "at the seaside", "in the old forest", "on Mars". */
    private static String where(String setting) {
        String place = setting.strip();
        if (place.isEmpty()) {
            return "";
        }
        String last = place.substring(place.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
        String preposition = AT.contains(last) ? "at" : ON.contains(last) ? "on" : "in";
        return preposition + " " + place;
    }

    private static String when(Scene.TimeOfDay time, Scene.Weather weather) {
        List<String> when = new ArrayList<>();
        switch (time) {
            case MORNING -> when.add("in the morning");
            case EVENING -> when.add("in the evening");
            case NIGHT -> when.add("at night");
            case DAY -> {
            }
        }
        switch (weather) {
            case RAIN -> when.add("in the rain");
            case SNOW -> when.add("in the snow");
            case WIND -> when.add("in the wind");
            case CLOUDY, CLEAR -> {
            }
        }
        return String.join(", ", when);
    }

    private static String feeling(Scene.Mood mood) {
        return switch (mood) {
            case SCARED -> "looking scared";
            case SURPRISED -> "looking surprised";
            case SAD -> "looking sad";
            case HAPPY, DETERMINED -> "";
        };
    }

    private static String list(List<String> items) {
        if (items.size() == 1) {
            return items.get(0);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }

    private static String capitalised(String words) {
        return words.substring(0, 1).toUpperCase(Locale.ROOT) + words.substring(1);
    }
}
