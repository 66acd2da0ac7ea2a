package com.novastoryteller.engine;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What a picture of one part of a story shows: where, when, in what weather, who is there, what they have with
 * them, and the part's moment: what they do and how they feel.
 *
 * @param setting  the place in the story's words ("the old forest", "a little harbor town")
 * @param figures  who is in the part, each with what they are ("fox", "girl", "robot"); the first is the one acting
 * @param objects  the things that matter in the part ("key", "kite"); the first is the one the action is done with
 * @param action   what the figures do in the part, in the story's words ("flies the kite", "repairs the telescope"),
 *                 or null when the part does not say
 * @param mood     how they feel
 * @param part     which part of the story this is, from 0: the pictures of a story vary their composition by it
 */
public record Scene(String setting, TimeOfDay time, Weather weather, List<Figure> figures, List<String> objects,
        @Nullable String action, Mood mood, int part) {

    public Scene {
        figures = List.copyOf(figures);
        objects = List.copyOf(objects);
    }

    public Scene(String setting, TimeOfDay time, Weather weather, List<Figure> figures, List<String> objects) {
        this(setting, time, weather, figures, objects, null, Mood.HAPPY, 0);
    }

    public enum Mood {
        HAPPY, SCARED, SURPRISED, SAD, DETERMINED
    }

    public enum TimeOfDay {
        MORNING, DAY, EVENING, NIGHT
    }

    public enum Weather {
        CLEAR, CLOUDY, RAIN, SNOW, WIND
    }

    /**
     * Someone in the picture; the same figure looks the same on every page.
     *
     * @param colour   what they wear (or, for a dragon or robot, what they are), as {@code #rrggbb}; null to
     *                 let the name choose
     * @param variant  another look for the same name and kind, when a family asks for a new portrait
     * @param description  the family's or the story's words for how they look ("a round, grey otter with
     *                     spectacles; a red cape"), which the illustrator draws from; null when there are none
     */
    public record Figure(String name, String kind, @Nullable String colour, int variant, @Nullable String description) {

        public Figure {
            if (colour != null && !colour.matches("#[0-9a-fA-F]{6}")) {
                throw new IllegalArgumentException("A colour is #rrggbb, not " + colour);
            }
        }

        public Figure(String name, String kind, @Nullable String colour, int variant) {
            this(name, kind, colour, variant, null);
        }

        public Figure(String name, String kind) {
            this(name, kind, null, 0, null);
        }
    }
}
