package com.novastoryteller.engine.embedded.picture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

import com.novastoryteller.engine.Scene;
import com.novastoryteller.engine.Scene.Figure;
import com.novastoryteller.engine.Scene.TimeOfDay;
import com.novastoryteller.engine.Scene.Weather;
import com.novastoryteller.media.SvgRaster;

/** The illustrator's backgrounds: enough of them, each drawable in every light, small, distinct and chosen by the story's words. */
class SettingsTests {

    private static final int MOST_BACKGROUND_BYTES = 35 * 1024;
    private static final int MOST_PICTURE_BYTES = 60 * 1024;

    @Test
    void thereAreAtLeastThirtyFourSettingsAndEveryOneIsChosenByItsOwnName() {
        List<String> names = Settings.names();
        assertThat(names).hasSizeGreaterThanOrEqualTo(34).doesNotHaveDuplicates()
                .contains("seaside", "underwater", "desert", "snowy mountains", "mountains", "forest", "jungle", "city", "town",
                        "kitchen", "bakery", "classroom", "library", "castle", "space", "moon", "mars", "space station", "farm",
                        "river", "lake", "cave", "garden", "attic", "shop", "playground", "sky", "night sky", "arctic", "island",
                        "swamp", "zoo", "museum", "bedroom", "meadow");
        assertThat(Settings.chosenBy()).as("every setting has its words").containsExactlyInAnyOrderElementsOf(names);
        for (String name : names) {
            Drawn drawn = Settings.choose("the " + name);
            assertThat(drawn.drawnAs()).as(name).isEqualTo(name);
            assertThat(drawn.how()).as(name).isEqualTo(Drawn.How.EXACTLY);
        }
    }

    @Test
    void everySettingPaintsAValidSmallPictureInEveryLightAndWeather() {
        long renderNanos = 0;
        int renders = 0;
        int largest = 0;
        for (String name : Settings.names()) {
            for (TimeOfDay time : TimeOfDay.values()) {
                for (Weather weather : Weather.values()) {
                    byte[] svg = background(name, time, weather);
                    largest = Math.max(largest, svg.length);
                    assertThat(svg.length).as(name + " " + time + " " + weather).isLessThanOrEqualTo(MOST_BACKGROUND_BYTES);
                    if (weather == Weather.CLEAR || time == TimeOfDay.DAY) {
                        long start = System.nanoTime();
                        BufferedImage pixels = SvgRaster.render(svg, 400);
                        renderNanos += System.nanoTime() - start;
                        renders++;
                        assertThat(pixels.getHeight()).isEqualTo(300);
                    }
                }
            }
        }
        double millis = renderNanos / 1e6 / renders;
        System.out.printf("largest background %d bytes; %d renders at 400 px, %.1f ms each%n", largest, renders, millis);
        assertThat(millis).as("a background renders quickly").isLessThan(150);
    }

    @Test
    void aWholePartPictureWithFourFiguresAndThreeThingsStaysUnderSixtyKilobytes() {
        List<Figure> figures = List.of(new Figure("Nell", "girl"), new Figure("Rufus", "fox"), new Figure("Bolt", "robot"),
                new Figure("Ember", "dragon"));
        List<String> things = List.of("kite", "map", "lantern");
        for (String name : Settings.names()) {
            Painter.Picture picture = Painter.paint(new Scene("the " + name, TimeOfDay.NIGHT, Weather.RAIN, figures, things));
            byte[] svg = picture.svg().getBytes(StandardCharsets.UTF_8);
            assertThat(svg.length).as(name).isLessThanOrEqualTo(MOST_PICTURE_BYTES);
            assertThat(picture.drawn().get(0).drawnAs()).isEqualTo(name);
            SvgRaster.render(svg, 200);
        }
    }

    @Test
    void anUnknownSettingIsPaintedAsTheMeadow() {
        assertThatCode(() -> background("the moon of Endor", TimeOfDay.DAY, Weather.CLEAR)).doesNotThrowAnyException();
    }

    @Test
    void theWeatherShowsOutdoorsAndThroughARoomsWindowAndNightIsDarker() {
        for (String name : List.of("meadow", "seaside", "city", "kitchen", "bedroom", "classroom", "cave")) {
            String rainy = new String(background(name, TimeOfDay.DAY, Weather.RAIN), StandardCharsets.UTF_8);
            assertThat(rainy).as(name + " in the rain").contains("stroke=\"#5b8cc9\"");
        }
        for (String name : Settings.names()) {
            if (List.of("space", "moon", "space station").contains(name)) {
                continue;
            }
            double day = luma(render(name, TimeOfDay.DAY, 80));
            double night = luma(render(name, TimeOfDay.NIGHT, 80));
            // a stage is lit the same at any hour, and the night sky is always night
            boolean sameLight = name.equals("night sky") || name.equals("theatre");
            assertThat(night).as(name + " at night").isLessThan(day * (sameLight ? 1.01 : 0.9));
        }
    }

    /**
     * Settings must not look alike. Each is rendered by day at 80 × 60; the top two fifths are left out, since every
     * open-air setting shares the sky of its hour and weather by design. The rest, where the land and scenery are, is
     * compared with every other setting's as the mean absolute difference of red, green and blue (0 to 255). A
     * setting and the same setting drawn from another seed differ by about 5 (the scattered flowers and tufts move);
     * all but a handful of the thousand pairs differ by 30 or more; the closest (seaside and island, museum and
     * hospital, meadow and park: a beach, a pale room or green grass in common) still differ by 23 to 27, and the
     * threshold of 20 keeps them four times further apart than a setting is from itself.
     */
    @Test
    void everySettingLooksDifferentFromEveryOther() {
        Map<String, BufferedImage> pictures = new LinkedHashMap<>();
        for (String name : Settings.names()) {
            pictures.put(name, render(name, TimeOfDay.DAY, 80));
        }
        List<String> names = new ArrayList<>(pictures.keySet());
        double closest = Double.MAX_VALUE;
        String closestPair = "";
        List<String> report = new ArrayList<>();
        for (int a = 0; a < names.size(); a++) {
            for (int b = a + 1; b < names.size(); b++) {
                double difference = landDifference(pictures.get(names.get(a)), pictures.get(names.get(b)));
                if (difference < 30) {
                    report.add(String.format("%s / %s %.1f", names.get(a), names.get(b), difference));
                }
                if (difference < closest) {
                    closest = difference;
                    closestPair = names.get(a) + " / " + names.get(b);
                }
            }
        }
        Svg reseeded = new Svg(Settings.WIDTH, Settings.HEIGHT);
        Settings.paint(reseeded, "meadow", TimeOfDay.DAY, Weather.CLEAR, new Random(7));
        double itself = landDifference(pictures.get("meadow"), SvgRaster.render(reseeded.toString().getBytes(StandardCharsets.UTF_8), 80));
        System.out.printf("the meadow from another seed differs by %.1f; closest settings: %s, %.1f; pairs under 30: %s%n", itself,
                closestPair, closest, report);
        assertThat(itself).isLessThan(8);
        assertThat(closest).as("the closest pair, " + closestPair).isGreaterThan(20);
    }

    @Test
    void theStorysWordsChooseTheSetting() {
        Map<String, String> exactly = new LinkedHashMap<>();
        exactly.put("at the seaside", "seaside");
        exactly.put("under the Sahara sand", "desert");
        exactly.put("on Mars", "mars");
        exactly.put("in Grandma's attic", "attic");
        exactly.put("the old lighthouse", "seaside");
        exactly.put("a bakery in Paris", "bakery");
        exactly.put("the wide meadow", "meadow");
        exactly.put("the green hills", "meadow");
        exactly.put("the old forest", "forest");
        exactly.put("deep in the jungle", "jungle");
        exactly.put("the snowy mountains", "snowy mountains");
        exactly.put("the tall mountains", "mountains");
        exactly.put("under the sea", "underwater");
        exactly.put("the coral reef", "underwater");
        exactly.put("a desert island", "island");
        exactly.put("the sandy island", "island");
        exactly.put("the blue river", "river");
        exactly.put("by the duck pond", "lake");
        exactly.put("a muddy swamp", "swamp");
        exactly.put("the bayou", "swamp");
        exactly.put("the dark cave", "cave");
        exactly.put("the North Pole", "arctic");
        exactly.put("the frozen tundra", "arctic");
        exactly.put("high above the clouds", "sky");
        exactly.put("under the stars", "night sky");
        exactly.put("among the stars", "space");
        exactly.put("on the moon", "moon");
        exactly.put("the moon base", "space station");
        exactly.put("Grandpa's farm", "farm");
        exactly.put("the vegetable gardens", "garden");
        exactly.put("the school playground", "playground");
        exactly.put("the city park", "park");
        exactly.put("the funfair", "fairground");
        exactly.put("the big top", "circus");
        exactly.put("a little village", "town");
        exactly.put("a busy city street", "city");
        exactly.put("the king's castle", "castle");
        exactly.put("the market square", "market");
        exactly.put("the little harbor town", "harbour");
        exactly.put("aboard a pirate ship", "pirate ship");
        exactly.put("the railway station", "train station");
        exactly.put("the castle kitchen", "kitchen");
        exactly.put("the school library", "library");
        exactly.put("the toy shop", "shop");
        exactly.put("her bedroom", "bedroom");
        exactly.put("Grandma's cottage", "living room");
        exactly.put("the natural history museum", "museum");
        exactly.put("the children's hospital", "hospital");
        exactly.put("on the stage", "theatre");
        exactly.put("the smoking volcano", "volcano");
        exactly.put("the Alps", "snowy mountains");
        exactly.put("the Arctic Ocean", "arctic");
        for (Map.Entry<String, String> place : exactly.entrySet()) {
            Drawn drawn = Settings.choose(place.getKey());
            assertThat(drawn.drawnAs()).as(place.getKey()).isEqualTo(place.getValue());
            assertThat(drawn.how()).as(place.getKey()).isEqualTo(Drawn.How.EXACTLY);
            assertThat(drawn.named()).isEqualTo(place.getKey());
        }

        // words no setting lists, drawn as the setting of their nearest relative in WordNet
        Map<String, String> approximately = new LinkedHashMap<>();
        approximately.put("in Paris", "city");
        approximately.put("Venice", "city");
        approximately.put("a wide boulevard", "city");
        approximately.put("the Mississippi", "river");
        approximately.put("the Pacific", "seaside");
        approximately.put("Everest", "mountains");
        approximately.put("the savanna", "meadow");
        approximately.put("the steppe", "meadow");
        approximately.put("a fjord", "lake");
        approximately.put("the cafeteria", "bakery");
        approximately.put("the ballroom", "living room");
        approximately.put("a hollow", "cave");
        approximately.put("Jupiter", "mars");
        approximately.put("the tree house", "forest");
        for (Map.Entry<String, String> place : approximately.entrySet()) {
            Drawn drawn = Settings.choose(place.getKey());
            assertThat(drawn.drawnAs()).as(place.getKey()).isEqualTo(place.getValue());
            assertThat(drawn.how()).as(place.getKey()).isEqualTo(Drawn.How.APPROXIMATED);
            assertThat(drawn.toString()).isEqualTo(place.getKey() + " (drawn as " + place.getValue() + ")");
        }
        assertThat(exactly.size() + approximately.size()).isGreaterThanOrEqualTo(40);

        assertThat(Settings.choose("the kingdom of sweets")).isEqualTo(Drawn.as("the kingdom of sweets", "meadow"));
        assertThat(Settings.choose("a sunny day")).isEqualTo(Drawn.as("a sunny day", "meadow"));
        assertThat(Settings.choose("")).extracting(Drawn::drawnAs).isEqualTo("meadow");
    }

    @Test
    void choosingIsQuickOnceWordNetIsLoaded() {
        List<String> places = List.of("at the seaside", "in Paris", "the bayou", "the castle kitchen", "under the stars", "the steppe",
                "a bakery in Paris", "the little harbor town");
        places.forEach(Settings::choose);
        long start = System.nanoTime();
        for (int round = 0; round < 200; round++) {
            places.forEach(Settings::choose);
        }
        double millis = (System.nanoTime() - start) / 1e6 / (200.0 * places.size());
        System.out.printf("choosing a setting takes %.3f ms%n", millis);
        assertThat(millis).isLessThan(2);
    }

    private static byte[] background(String name, TimeOfDay time, Weather weather) {
        Svg svg = new Svg(Settings.WIDTH, Settings.HEIGHT);
        Settings.paint(svg, name, time, weather, new Random(name.hashCode()));
        return svg.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static BufferedImage render(String name, TimeOfDay time, int width) {
        return SvgRaster.render(background(name, time, Weather.CLEAR), width);
    }

    /** The mean absolute difference of the pictures' colours below their top two fifths. */
    private static double landDifference(BufferedImage one, BufferedImage other) {
        long total = 0;
        int top = one.getHeight() * 2 / 5;
        for (int y = top; y < one.getHeight(); y++) {
            for (int x = 0; x < one.getWidth(); x++) {
                int a = one.getRGB(x, y);
                int b = other.getRGB(x, y);
                total += Math.abs(((a >> 16) & 0xff) - ((b >> 16) & 0xff)) + Math.abs(((a >> 8) & 0xff) - ((b >> 8) & 0xff))
                        + Math.abs((a & 0xff) - (b & 0xff));
            }
        }
        return total / (3.0 * one.getWidth() * (one.getHeight() - top));
    }

    private static double luma(BufferedImage pixels) {
        double total = 0;
        for (int y = 0; y < pixels.getHeight(); y++) {
            for (int x = 0; x < pixels.getWidth(); x++) {
                int rgb = pixels.getRGB(x, y);
                total += 0.299 * ((rgb >> 16) & 0xff) + 0.587 * ((rgb >> 8) & 0xff) + 0.114 * (rgb & 0xff);
            }
        }
        return total / (pixels.getWidth() * pixels.getHeight());
    }
}
