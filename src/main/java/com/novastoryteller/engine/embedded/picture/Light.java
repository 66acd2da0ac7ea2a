package com.novastoryteller.engine.embedded.picture;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import com.novastoryteller.engine.Scene;

/**
 * How the light of the hour and the weather changes a colour painted as it looks on a clear day: warmer in the
 * morning, orange and dimmer in the evening, dark and blue at night, greyer under cloud. A room is lit by its
 * lamps, so it changes far less than the open air. Out in space nothing changes.
 */
final class Light {

    enum Place {
        OUTDOORS, INDOORS, SPACE
    }

    private final Scene.TimeOfDay time;
    private final Scene.Weather weather;
    private final Place place;
    private final Map<String, String> toned = new HashMap<>();

    Light(Scene.TimeOfDay time, Scene.Weather weather, Place place) {
        this.time = time;
        this.weather = weather;
        this.place = place;
    }

    /** The colour (#rrggbb, as on a clear day) in this light. */
    String tone(String day) {
        if (place == Place.SPACE || !day.startsWith("#") || day.length() != 7) {
            return day;
        }
        return toned.computeIfAbsent(day, this::shade);
    }

    private String shade(String day) {
        double[] rgb = { Integer.parseInt(day.substring(1, 3), 16), Integer.parseInt(day.substring(3, 5), 16),
                Integer.parseInt(day.substring(5, 7), 16) };
        boolean outdoors = place == Place.OUTDOORS;
        switch (time) {
            case MORNING -> mix(rgb, new double[] { 255, 214, 170 }, outdoors ? 0.14 : 0.06);
            case EVENING -> {
                mix(rgb, new double[] { 255, 140, 90 }, outdoors ? 0.22 : 0.12);
                scale(rgb, outdoors ? 0.84 : 0.94);
            }
            case NIGHT -> {
                if (outdoors) {
                    scale(rgb, 0.5);
                    mix(rgb, new double[] { 22, 36, 96 }, 0.3);
                }
                else {
                    scale(rgb, 0.74);
                    mix(rgb, new double[] { 255, 190, 110 }, 0.12);
                }
            }
            default -> {
            }
        }
        boolean grey = weather == Scene.Weather.CLOUDY || weather == Scene.Weather.RAIN || weather == Scene.Weather.SNOW;
        if (grey && outdoors) {
            double luma = 0.299 * rgb[0] + 0.587 * rgb[1] + 0.114 * rgb[2];
            mix(rgb, new double[] { luma, luma, luma }, 0.3);
            scale(rgb, weather == Scene.Weather.SNOW ? 0.97 : 0.9);
        }
        return String.format(Locale.ROOT, "#%02x%02x%02x", clamp(rgb[0]), clamp(rgb[1]), clamp(rgb[2]));
    }

    private static void mix(double[] rgb, double[] with, double share) {
        for (int n = 0; n < 3; n++) {
            rgb[n] = rgb[n] * (1 - share) + with[n] * share;
        }
    }

    private static void scale(double[] rgb, double factor) {
        for (int n = 0; n < 3; n++) {
            rgb[n] *= factor;
        }
    }

    private static int clamp(double value) {
        return (int) Math.max(0, Math.min(255, Math.round(value)));
    }
}
