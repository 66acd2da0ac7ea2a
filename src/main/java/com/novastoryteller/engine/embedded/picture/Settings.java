package com.novastoryteller.engine.embedded.picture;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import com.novastoryteller.engine.Scene;

/**
 * The backgrounds a part can happen in, from a seaside to a space station: which one the story's words name, and
 * painting it in the light of the hour and the weather (the sky behind open-air settings, a window's view in a
 * room). Every setting has a far layer, a middle layer and ground; the figures stand on the ground band (y from
 * {@link #GROUND_TOP} down), which every setting leaves open in its middle.
 */
public final class Settings {

    public static final int WIDTH = 800;
    public static final int HEIGHT = 600;
    public static final int HORIZON = 390;
    public static final int GROUND_TOP = 440;

    private static final Map<String, Place> PLACES = catalogue();
    private static final PlaceWords WORDS = PlaceWords.load();

    private Settings() {
    }

    private static Map<String, Place> catalogue() {
        List<Place> all = new ArrayList<>();
        all.addAll(Wilds.places());
        all.addAll(Waters.places());
        all.addAll(Grounds.places());
        all.addAll(Streets.places());
        all.addAll(Rooms.places());
        all.addAll(Beyond.places());
        Map<String, Place> places = new LinkedHashMap<>();
        all.forEach(place -> places.put(place.name(), place));
        return places;
    }

    /** Every setting that can be drawn. */
    public static List<String> names() {
        return List.copyOf(PLACES.keySet());
    }

    /**
     * Which drawable setting a place in the story's words is ("at the seaside", "on Mars", "in Grandma's attic"):
     * drawn exactly when a word of the setting's own names it, approximated when only a relative does (a bayou is
     * drawn as a swamp-like lake), and as a meadow when nothing fits.
     */
    public static Drawn choose(String place) {
        return WORDS.choose(place == null ? "" : place);
    }

    /** Paints the whole background of a part happening in the setting (one of {@link #names()}; others as a meadow). */
    public static void paint(Svg svg, String setting, Scene.TimeOfDay time, Scene.Weather weather, Random random) {
        Place place = PLACES.getOrDefault(setting, PLACES.get(PlaceWords.FALLBACK));
        Place.Kind kind = place.kind();
        Brush brush = new Brush(svg, random, kind == Place.Kind.STARRY ? Scene.TimeOfDay.NIGHT : time, weather, kind.light);
        boolean openAir = kind == Place.Kind.OPEN_AIR || kind == Place.Kind.STARRY;
        if (openAir) {
            Sky.open(brush);
        }
        place.painter().accept(brush);
        if (openAir) {
            if (weather == Scene.Weather.SNOW) {
                Sky.snowCover(brush);
            }
            Sky.weather(brush, 0, 0, WIDTH, HEIGHT);
        }
    }

    /** The words of each setting, for checking that every setting can be chosen. */
    static java.util.Set<String> chosenBy() {
        return WORDS.settings();
    }
}
