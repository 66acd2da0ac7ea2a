package com.novastoryteller.engine.embedded.picture;

import java.util.List;
import java.util.Locale;
import java.util.Random;

import com.novastoryteller.engine.Scene;

/**
 * The backgrounds a part can happen in: the sky by the time of day and the weather, then the land of the setting.
 * The figures stand on the ground band (y from {@link #GROUND_TOP} down), which every setting leaves open.
 */
public final class Settings {

    public static final int WIDTH = 800;
    public static final int HEIGHT = 600;
    public static final int HORIZON = 390;
    public static final int GROUND_TOP = 440;

    private Settings() {
    }

    /** Every setting that can be drawn. */
    public static List<String> names() {
        return java.util.Arrays.stream(Landscape.values()).map(land -> land.name().toLowerCase(Locale.ROOT)).toList();
    }

    /** Which drawable setting a place in the story's words is. */
    public static Drawn choose(String place) {
        return Drawn.as(place, Landscape.of(place).name().toLowerCase(Locale.ROOT));
    }

    /** Paints the whole background of a part happening in the setting (one of {@link #names()}). */
    public static void paint(Svg svg, String setting, Scene.TimeOfDay time, Scene.Weather weather, Random random) {
        Landscape land = Landscape.valueOf(setting.toUpperCase(Locale.ROOT));
        sky(svg, time, weather, land, random);
        land.draw(svg, time, random);
        weather(svg, weather, random);
    }

    private static void sky(Svg svg, Scene.TimeOfDay time, Scene.Weather weather, Landscape land, Random random) {
        boolean grey = weather == Scene.Weather.CLOUDY || weather == Scene.Weather.RAIN
                || weather == Scene.Weather.SNOW;
        String[] colours = land == Landscape.SPACE ? new String[] { "#05071f", "#1b1f4b" } : switch (time) {
            case MORNING -> grey ? new String[] { "#c9d3dc", "#eef1f4" } : new String[] { "#ffd8a8", "#c5e4ff" };
            case DAY -> grey ? new String[] { "#a9b7c3", "#dfe6ec" } : new String[] { "#6cb8f0", "#d9f0ff" };
            case EVENING -> grey ? new String[] { "#8d8aa3", "#d6c6c0" } : new String[] { "#6d5a9c", "#ffb37a" };
            case NIGHT -> new String[] { "#0b1d51", "#2b3a7a" };
        };
        svg.verticalGradient("sky", colours[0], colours[1]);
        svg.rect(0, 0, WIDTH, HEIGHT, "url(#sky)", "");
        if (land == Landscape.INDOORS) {
            return;
        }
        if (time == Scene.TimeOfDay.NIGHT || land == Landscape.SPACE) {
            for (int n = 0; n < 40; n++) {
                svg.circle(random.nextInt(WIDTH), random.nextInt(HORIZON - 60), 1 + random.nextInt(3), "#fff8d6",
                        "opacity=\"" + (0.5 + random.nextDouble() / 2) + "\"");
            }
            svg.circle(640, 110, 46, "#fff4c2", "");
            svg.circle(662, 96, 42, land == Landscape.SPACE ? "#05071f" : "#0b1d51", "");
        }
        else if (!grey) {
            int sunY = time == Scene.TimeOfDay.DAY ? 100 : 250;
            String sun = time == Scene.TimeOfDay.EVENING ? "#ff8a3d" : "#ffd23f";
            for (int ray = 0; ray < 12; ray++) {
                double angle = Math.PI * 2 * ray / 12;
                svg.line(650 + 62 * Math.cos(angle), sunY + 62 * Math.sin(angle), 650 + 84 * Math.cos(angle),
                        sunY + 84 * Math.sin(angle), sun, 6);
            }
            svg.circle(650, sunY, 50, sun, "");
        }
        int clouds = switch (weather) {
            case CLEAR -> 2;
            case WIND -> 3;
            default -> 5;
        };
        String cloud = grey ? "#f2f4f7" : "#ffffff";
        for (int n = 0; n < clouds; n++) {
            Shapes.cloud(svg, 60 + random.nextInt(WIDTH - 160), 50 + random.nextInt(140), 0.7 + random.nextDouble() * 0.6, cloud);
        }
    }

    private static void weather(Svg svg, Scene.Weather weather, Random random) {
        switch (weather) {
            case RAIN -> {
                for (int n = 0; n < 90; n++) {
                    int x = random.nextInt(WIDTH);
                    int y = random.nextInt(HEIGHT);
                    svg.line(x, y, x - 6, y + 18, "#5b8cc9", 2.5);
                }
            }
            case SNOW -> {
                for (int n = 0; n < 80; n++) {
                    svg.circle(random.nextInt(WIDTH), random.nextInt(HEIGHT), 3 + random.nextInt(4), "#ffffff", "opacity=\"0.9\"");
                }
            }
            case WIND -> {
                for (int n = 0; n < 5; n++) {
                    int x = 40 + random.nextInt(WIDTH - 240);
                    int y = 120 + random.nextInt(HORIZON);
                    svg.path("M" + x + " " + y + " q60 -22 120 0 t100 -6", "none", "stroke=\"#ffffff\" stroke-width=\"4\" "
                            + "stroke-linecap=\"round\" opacity=\"0.8\"");
                }
            }
            default -> {
            }
        }
    }

    /** The kind of land a setting is, read from its words. */
    enum Landscape {
        SPACE("space", "planet", "moon", "star", "rocket", "galaxy"),
        INDOORS("room", "kitchen", "school", "classroom", "library", "house", "bedroom", "museum", "shop", "lab"),
        SEA("sea", "ocean", "island", "beach", "harbor", "harbour", "bay", "shore", "coast", "cliff", "port", "lagoon"),
        MOUNTAINS("mountain", "peak", "volcano", "hill top", "glacier", "snowy"),
        TOWN("town", "village", "city", "street", "castle", "market"),
        FOREST("forest", "wood", "jungle", "grove", "tree"),
        RIVER("river", "stream", "lake", "pond", "waterfall", "creek"),
        DESERT("desert", "dune", "sand"),
        HILLS();

        private final List<String> words;

        Landscape(String... words) {
            this.words = List.of(words);
        }

        static Landscape of(String setting) {
            String place = setting.toLowerCase(Locale.ROOT);
            for (Landscape land : values()) {
                if (land.words.stream().anyMatch(place::contains)) {
                    return land;
                }
            }
            return HILLS;
        }

        void draw(Svg svg, Scene.TimeOfDay time, Random random) {
            boolean night = time == Scene.TimeOfDay.NIGHT;
            String grass = night ? "#2f6b45" : "#6cc070";
            String farGrass = night ? "#275a3c" : "#93d48f";
            switch (this) {
                case SPACE -> {
                    svg.circle(190, 170, 70, "#f4a259", "");
                    svg.ellipse(190, 170, 120, 22, "none", "stroke=\"#ffd8a8\" stroke-width=\"8\"");
                    svg.path("M0 " + (HORIZON + 40) + " Q400 " + (HORIZON - 30) + " 800 " + (HORIZON + 40) + " V600 H0 Z",
                            "#9aa5b8", "");
                    for (int n = 0; n < 6; n++) {
                        svg.ellipse(80 + random.nextInt(640), HORIZON + 90 + random.nextInt(120), 30 + random.nextInt(30), 10, "#7d889b", "");
                    }
                }
                case INDOORS -> {
                    svg.rect(0, 0, WIDTH, HORIZON + 60, "#f6e7c8", "");
                    svg.rect(0, HORIZON + 60, WIDTH, HEIGHT, "#c58b5a", "");
                    svg.rect(90, 80, 210, 170, night ? "#1b2a60" : "#bfe3ff", "stroke=\"#8a5a35\" stroke-width=\"12\"");
                    svg.line(195, 80, 195, 250, "#8a5a35", 8);
                    svg.line(90, 165, 300, 165, "#8a5a35", 8);
                    svg.rect(520, 120, 180, 230, "#b5774a", "rx=\"10\"");
                    for (int shelf = 0; shelf < 3; shelf++) {
                        svg.line(530, 190 + shelf * 60, 690, 190 + shelf * 60, "#8a5a35", 6);
                    }
                }
                case SEA -> {
                    svg.rect(0, HORIZON - 40, WIDTH, HEIGHT, night ? "#1d3f73" : "#4aa3df", "");
                    for (int n = 0; n < 10; n++) {
                        int x = random.nextInt(WIDTH);
                        int y = HORIZON - 20 + random.nextInt(120);
                        svg.path("M" + x + " " + y + " q15 -10 30 0 t30 0", "none", "stroke=\"#ffffff\" stroke-width=\"3\" opacity=\"0.7\"");
                    }
                    svg.path("M-20 600 Q120 " + (HORIZON + 70) + " 420 " + (HORIZON + 90) + " T820 " + (HORIZON + 110)
                            + " V600 Z", night ? "#8c7a52" : "#f2d49b", "");
                }
                case MOUNTAINS -> {
                    svg.path("M-40 " + (HORIZON + 30) + " L180 120 L400 " + (HORIZON + 30) + " Z", night ? "#4a5570" : "#8e9bb5", "");
                    svg.path("M130 205 L180 120 L230 205 Q180 190 130 205 Z", "#ffffff", "");
                    svg.path("M300 " + (HORIZON + 30) + " L560 90 L840 " + (HORIZON + 30) + " Z", night ? "#3d4760" : "#7a88a6", "");
                    svg.path("M500 180 L560 90 L620 180 Q560 165 500 180 Z", "#ffffff", "");
                    svg.path("M0 " + (HORIZON + 20) + " Q400 " + (HORIZON - 20) + " 800 " + (HORIZON + 20) + " V600 H0 Z", grass, "");
                }
                case TOWN -> {
                    svg.path("M0 " + (HORIZON + 20) + " Q400 " + (HORIZON - 10) + " 800 " + (HORIZON + 20) + " V600 H0 Z", grass, "");
                    String[] walls = { "#f6bd60", "#f28482", "#84a59d", "#f7ede2", "#90c2e7" };
                    for (int n = 0; n < 5; n++) {
                        int x = 20 + n * 160 + random.nextInt(30);
                        int h = 90 + random.nextInt(60);
                        int base = HORIZON + 10;
                        svg.rect(x, base - h, 110, h, walls[n], "stroke=\"#5a4636\" stroke-width=\"3\"");
                        svg.path("M" + (x - 12) + " " + (base - h) + " L" + (x + 55) + " " + (base - h - 55) + " L" + (x + 122)
                                + " " + (base - h) + " Z", "#b5533c", "stroke=\"#5a4636\" stroke-width=\"3\"");
                        String window = night ? "#ffe08a" : "#dff3ff";
                        svg.rect(x + 18, base - h + 20, 26, 26, window, "stroke=\"#5a4636\" stroke-width=\"2\"");
                        svg.rect(x + 66, base - h + 20, 26, 26, window, "stroke=\"#5a4636\" stroke-width=\"2\"");
                        svg.rect(x + 42, base - 44, 26, 44, "#8a5a35", "");
                    }
                }
                case DESERT -> {
                    svg.path("M0 " + (HORIZON + 10) + " Q200 " + (HORIZON - 50) + " 420 " + (HORIZON + 10) + " T800 "
                            + HORIZON + " V600 H0 Z", night ? "#9c7b4b" : "#f0c987", "");
                    svg.path("M0 " + (HORIZON + 80) + " Q300 " + (HORIZON + 30) + " 800 " + (HORIZON + 90) + " V600 H0 Z",
                            night ? "#8a6a3f" : "#e9b872", "");
                    Shapes.cactus(svg, 110, HORIZON + 60);
                }
                default -> {
                    svg.path("M0 " + (HORIZON + 10) + " Q200 " + (HORIZON - 60) + " 420 " + (HORIZON) + " T800 "
                            + (HORIZON - 20) + " V600 H0 Z", farGrass, "");
                    svg.path("M0 " + (HORIZON + 70) + " Q300 " + (HORIZON + 10) + " 800 " + (HORIZON + 60) + " V600 H0 Z", grass, "");
                    if (this == RIVER) {
                        svg.path("M520 " + (HORIZON + 20) + " C470 " + (HORIZON + 90) + " 650 " + (HORIZON + 120) + " 560 600 H760 "
                                + "C840 " + (HORIZON + 120) + " 610 " + (HORIZON + 80) + " 580 " + (HORIZON + 20) + " Z",
                                night ? "#2c5d99" : "#5fb3f0", "");
                    }
                    int trees = this == FOREST ? 9 : 3;
                    for (int n = 0; n < trees; n++) {
                        int x = this == FOREST ? 20 + n * 90 + random.nextInt(30) : 30 + random.nextInt(WIDTH - 60);
                        Shapes.tree(svg, x, HORIZON + 20 + random.nextInt(30), this == FOREST ? 1.2 : 0.8, night);
                    }
                    for (int n = 0; n < 14; n++) {
                        svg.circle(random.nextInt(WIDTH), HORIZON + 100 + random.nextInt(200), 5,
                                new String[] { "#ff6b9a", "#ffd23f", "#ffffff", "#b388eb" }[n % 4], "");
                    }
                }
            }
        }
    }
}
