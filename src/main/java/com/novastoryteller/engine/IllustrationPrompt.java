package com.novastoryteller.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What a provider that paints is asked for a part's picture or a character's portrait. Every picture of a story is
 * asked for in the same words of style, and each character is described the same way on every page, so that the
 * pictures of one story look like one book.
 */
public final class IllustrationPrompt {

    static final String STYLE = "A gentle children's picture-book illustration, soft watercolour and ink, warm light,"
            + " friendly rounded shapes, nothing frightening, no text or letters in the picture.";

    private IllustrationPrompt() {
    }

    public static String scene(Scene scene) {
        List<String> said = new ArrayList<>();
        said.add(STYLE);
        String who = scene.figures().isEmpty() ? "" : " with " + figures(scene.figures());
        said.add("The scene: " + scene.setting() + who + ", " + time(scene.time()) + weather(scene.weather()) + ".");
        if (!scene.objects().isEmpty()) {
            said.add("In the picture: " + String.join(", ", scene.objects()) + ".");
        }
        return String.join(" ", said);
    }

    public static String portrait(Scene.Figure figure, ImageStyle style) {
        return STYLE + " A portrait of " + figure(figure) + ", standing, facing us and smiling, on " + backdrop(style)
                + ".";
    }

    private static String figures(List<Scene.Figure> figures) {
        List<String> each = figures.stream().map(IllustrationPrompt::figure).toList();
        if (each.size() == 1) {
            return each.get(0);
        }
        return String.join(", ", each.subList(0, each.size() - 1)) + " and " + each.get(each.size() - 1);
    }

    private static String figure(Scene.Figure figure) {
        String kind = figure.kind().toLowerCase(Locale.ROOT);
        String colour = figure.colour() == null ? "" : CharacterLook.colourName(figure.colour());
        String dressed = colour.isEmpty() ? ""
                : switch (kind) {
                    case "dragon", "robot" -> " that is " + colour;
                    case "girl", "boy", "child", "woman", "man", "king", "queen", "prince", "princess", "wizard",
                            "witch", "knight", "pirate" -> " dressed in " + colour;
                    default -> " with a " + colour + " scarf";
                };
        return figure.name() + " (a " + kind + dressed + ")";
    }

    private static String time(Scene.TimeOfDay time) {
        return switch (time) {
            case MORNING -> "in the early morning";
            case DAY -> "in the daytime";
            case EVENING -> "in the golden evening";
            case NIGHT -> "at night under the stars";
        };
    }

    private static String weather(Scene.Weather weather) {
        return switch (weather) {
            case CLEAR -> "";
            case CLOUDY -> ", under soft clouds";
            case RAIN -> ", in gentle rain";
            case SNOW -> ", in falling snow";
            case WIND -> ", on a windy day";
        };
    }

    private static String backdrop(ImageStyle style) {
        return switch (style) {
            case STORYBOOK -> "a sunny meadow";
            case PASTEL -> "a soft pastel background with bubbles";
            case NIGHT -> "a night sky with the moon and stars";
            case BRIGHT -> "a bright burst of sunshine";
        };
    }
}
