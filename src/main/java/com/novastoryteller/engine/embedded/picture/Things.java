package com.novastoryteller.engine.embedded.picture;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.util.StringUtils;

/**
 * The objects that matter in a part (a key, a kite, a violin…), drawn beside the figures at about 100 px. Each
 * drawing is a small SVG file in {@code illustrator/things}; a thing with no drawing of its own is drawn as its
 * nearest relative (a ukulele as the guitar), or as a plain parcel when nothing is related, and says so.
 */
public final class Things {

    /** Enough for every thing of many stories; cleared when full, as stories are read from new words. */
    private static final int MOST_REMEMBERED = 10_000;
    private static final Map<String, ThingReader.Choice> CHOSEN = new ConcurrentHashMap<>();

    private Things() {
    }

    /** Every thing with a drawing of its own. */
    public static List<String> names() {
        return ThingLibrary.get().names();
    }

    /** Whether the thing is drawn up in the sky on a string when someone holds it: a kite, a balloon, a plane. */
    public static boolean flies(String thing) {
        return choose(thing).drawing().flies();
    }

    /** What the thing would be drawn as, without drawing it. */
    public static Drawn drawnAs(String thing) {
        return choose(thing).drawn(thing);
    }

    /** The drawing the thing is drawn with: "guitar" for "Grandma's ukulele", "parcel" when nothing is related. */
    static String drawingOf(String thing) {
        return choose(thing).drawing().name();
    }

    /** Draws the thing standing on (x, ground) at the given scale; says what it drew. */
    public static Drawn draw(Svg svg, String thing, double x, double ground, double scale) {
        ThingReader.Choice choice = choose(thing);
        svg.group(StringUtils.capitalize(thing), x, ground, scale);
        svg.elements("<g stroke-linejoin=\"round\" stroke-linecap=\"round\">" + choice.drawing().svg(choice.tint()) + "</g>");
        svg.end();
        return choice.drawn(thing);
    }

    private static ThingReader.Choice choose(String thing) {
        if (CHOSEN.size() > MOST_REMEMBERED) {
            CHOSEN.clear();
        }
        return CHOSEN.computeIfAbsent(thing, words -> ThingReader.read(words, ThingLibrary.get()));
    }
}
