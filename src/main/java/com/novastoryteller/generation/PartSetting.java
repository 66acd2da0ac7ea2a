package com.novastoryteller.generation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import com.novastoryteller.engine.embedded.reading.Language;
import com.novastoryteller.engine.embedded.reading.Lexicon;
import com.novastoryteller.engine.embedded.reading.Nouns;
import com.novastoryteller.engine.embedded.reading.Phrase;
import com.novastoryteller.engine.embedded.reading.StoryIdea;

/** Where a part's picture is: the child's place when the part names it, else the part's own place, else the story's. */
final class PartSetting {

    private static final Pattern PLACE = Pattern.compile("\\b(?:the|a) ((?:[a-z]+ ){0,2}(?:forest|woods?|jungle|hills?|meadow|"
            + "river|stream|lake|pond|sea|ocean|island|beach|harbou?r(?: town)?|bay|cliffs?|mountains?|peak|volcano|town|village|"
            + "city|castle|market|desert|dunes|space station|moon base|planet|school|classroom|library|kitchen|room|museum|"
            + "garden|park|farm|cave|valley))\\b");
    /** Place nouns too general to be a setting. */
    private static final Set<String> NOT_SETTINGS = Set.of("ground", "side", "edge", "top", "way", "place", "spot", "world",
            "air", "distance", "middle", "home", "there", "here", "inside", "outside", "front", "back", "corner", "road", "path",
            "story", "sun", "star", "wall", "door", "floor", "window", "hatch", "drop", "track", "trail", "hedge", "line",
            "start", "finish", "bottom", "surface", "centre", "center", "light", "shade", "shadow");

    private PartSetting() {
    }

    static String of(List<Nouns.Noun> nouns, StoryIdea idea, String part, String storySoFar) {
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
        Phrase object = SceneReader.goalObject(idea);
        return object != null && Language.get().lexicon().sortOf(object.head()) == Lexicon.Sort.PLACE ? object : null;
    }

    /** The first place the part names, else the first the story names, else green hills. */
    static String place(String part, String storySoFar) {
        for (String text : new String[] { part, storySoFar }) {
            Matcher place = PLACE.matcher(text.toLowerCase(Locale.ROOT));
            if (place.find()) {
                return "the " + place.group(1);
            }
        }
        return "the green hills";
    }
}
