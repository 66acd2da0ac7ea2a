package com.novastoryteller.engine;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What a picture of one part of a story shows: where, when, in what weather, who is there and what they
 * have with them.
 *
 * @param setting  the place in the story's words ("the old forest", "a little harbor town")
 * @param figures  who is in the part, each with what they are ("fox", "girl", "robot")
 * @param objects  the things that matter in the part ("key", "kite")
 */
public record Scene(String setting, TimeOfDay time, Weather weather, List<Figure> figures, List<String> objects) {

    public Scene {
        figures = List.copyOf(figures);
        objects = List.copyOf(objects);
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
     */
    public record Figure(String name, String kind, @Nullable String colour, int variant) {

        public Figure {
            if (colour != null && !colour.matches("#[0-9a-fA-F]{6}")) {
                throw new IllegalArgumentException("A colour is #rrggbb, not " + colour);
            }
        }

        public Figure(String name, String kind) {
            this(name, kind, null, 0);
        }
    }
}
