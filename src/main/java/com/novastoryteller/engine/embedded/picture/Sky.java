package com.novastoryteller.engine.embedded.picture;

import com.novastoryteller.engine.Scene;

/**
 * The sky by the time of day and the weather (sun, moon and stars, clouds), and the weather falling in front of
 * a setting: over the whole picture out of doors, in a window's frame indoors.
 */
final class Sky {

    static final String NIGHT_TOP = "#0b1d51";

    private Sky() {
    }

    static boolean grey(Scene.Weather weather) {
        return weather == Scene.Weather.CLOUDY || weather == Scene.Weather.RAIN || weather == Scene.Weather.SNOW;
    }

    /** The sky's top and bottom colours. */
    static String[] colours(Scene.TimeOfDay time, Scene.Weather weather) {
        boolean grey = grey(weather);
        return switch (time) {
            case MORNING -> grey ? new String[] { "#c9d3dc", "#eef1f4" } : new String[] { "#ffd8a8", "#c5e4ff" };
            case DAY -> grey ? new String[] { "#a9b7c3", "#dfe6ec" } : new String[] { "#6cb8f0", "#d9f0ff" };
            case EVENING -> grey ? new String[] { "#8d8aa3", "#d6c6c0" } : new String[] { "#6d5a9c", "#ffb37a" };
            case NIGHT -> new String[] { NIGHT_TOP, "#2b3a7a" };
        };
    }

    /** The open sky over the whole picture. */
    static void open(Brush brush) {
        String[] colours = colours(brush.time, brush.weather);
        brush.svg.verticalGradient("sky", colours[0], colours[1]);
        brush.svg.rect(0, 0, Settings.WIDTH, Settings.HEIGHT, "url(#sky)", "");
        if (brush.night()) {
            stars(brush, 0, 0, Settings.WIDTH, Settings.HORIZON - 60, 40);
            moon(brush, 640, 110, 46);
        }
        else if (!grey(brush.weather)) {
            sun(brush, 650, brush.time == Scene.TimeOfDay.DAY ? 100 : 250, 50);
        }
        int clouds = switch (brush.weather) {
            case CLEAR -> 2;
            case WIND -> 3;
            default -> 5;
        };
        String cloud = grey(brush.weather) ? "#f2f4f7" : "#ffffff";
        // clouds keep clear of the sun or the moon when either is out
        int reach = brush.night() || !grey(brush.weather) ? 460 : Settings.WIDTH - 160;
        for (int n = 0; n < clouds; n++) {
            Shapes.cloud(brush.svg, 60 + brush.random.nextInt(reach), 50 + brush.random.nextInt(140),
                    0.7 + brush.random.nextDouble() * 0.6, brush.night() ? "#5d6a99" : cloud);
        }
    }

    /** The sky seen through a window (or a cave's mouth), with the weather falling in it. */
    static void window(Brush brush, double x, double y, double w, double h) {
        String[] colours = colours(brush.time, brush.weather);
        brush.svg.verticalGradient("sky", colours[0], colours[1]);
        brush.svg.rect(x, y, w, h, "url(#sky)", "");
        double size = Math.min(w, h);
        if (brush.night()) {
            stars(brush, x, y, w, h * 0.8, (int) Math.max(4, w * h / 2500));
            moon(brush, x + w * 0.72, y + h * 0.3, size * 0.14);
        }
        else if (!grey(brush.weather)) {
            sun(brush, x + w * 0.75, y + h * 0.3, size * 0.13);
        }
        if (brush.weather != Scene.Weather.CLEAR || !brush.night()) {
            double scale = size / 300;
            Shapes.cloud(brush.svg, x + w * 0.32, y + h * 0.32, scale, brush.night() ? "#5d6a99" : "#ffffff");
            if (grey(brush.weather)) {
                Shapes.cloud(brush.svg, x + w * 0.7, y + h * 0.45, scale * 0.9, "#e6eaee");
            }
        }
        weather(brush, x, y, w, h);
    }

    static void stars(Brush brush, double x, double y, double w, double h, int count) {
        Outline small = new Outline();
        Outline big = new Outline();
        for (int n = 0; n < count; n++) {
            double starX = x + brush.random.nextDouble() * w;
            double starY = y + brush.random.nextDouble() * h;
            if (n % 5 == 0) {
                big.dot(starX, starY, 2.6);
            }
            else {
                small.dot(starX, starY, 1.3);
            }
        }
        brush.glow(small, "#fff8d6", "opacity=\"0.75\"");
        brush.glow(big, "#fffbe8", "");
    }

    /** A crescent moon. */
    static void moon(Brush brush, double x, double y, double r) {
        brush.svg.circle(x, y, r * 1.25, "#fff4c2", "opacity=\"0.06\"");
        brush.glow(new Outline().moveTo(x, y - r).curveTo(x - r * 1.33, y - r, x - r * 1.33, y + r, x, y + r)
                .curveTo(x - r * 0.7, y + r * 0.7, x - r * 0.7, y - r * 0.7, x, y - r).close(), "#fff4c2", "");
    }

    static void sun(Brush brush, double x, double y, double r) {
        String colour = brush.time == Scene.TimeOfDay.EVENING ? "#ff8a3d" : "#ffd23f";
        Outline rays = new Outline();
        for (int ray = 0; ray < 12; ray++) {
            double angle = Math.PI * 2 * ray / 12;
            rays.moveTo(x + r * 1.24 * Math.cos(angle), y + r * 1.24 * Math.sin(angle))
                    .lineTo(x + r * 1.68 * Math.cos(angle), y + r * 1.68 * Math.sin(angle));
        }
        brush.svg.path(rays.toString(), "none", "stroke=\"" + colour + "\" stroke-width=\"" + Outline.number(r * 0.12)
                + "\" stroke-linecap=\"round\"");
        brush.svg.circle(x, y, r, colour, "");
    }

    /** Snow lying in flat patches on the ground in front. */
    static void snowCover(Brush brush) {
        Outline patches = new Outline();
        for (int n = 0; n < 16; n++) {
            double y = 462 + brush.random.nextDouble() * 130;
            double rx = 30 + (y - 462) * 0.35 + brush.random.nextInt(30);
            double x = brush.random.nextDouble() * Settings.WIDTH;
            double ry = rx * 0.16;
            patches.moveTo(x - rx, y).quadTo(x - rx * 0.6, y - ry * 1.6, x, y - ry).quadTo(x + rx * 0.7, y - ry * 1.8, x + rx, y).close();
        }
        brush.svg.path(patches.toString(), "#ffffff", "opacity=\"0.9\"");
    }

    /** Rain, snow or wind over the region; nothing on a clear or only cloudy day. */
    static void weather(Brush brush, double x, double y, double w, double h) {
        double share = w * h / (Settings.WIDTH * Settings.HEIGHT);
        switch (brush.weather) {
            case RAIN -> {
                Outline drops = new Outline();
                for (int n = 0, count = (int) Math.max(8, 90 * share); n < count; n++) {
                    double dropX = x + 6 + brush.random.nextDouble() * (w - 6);
                    double dropY = y + brush.random.nextDouble() * (h - 18);
                    drops.moveTo(dropX, dropY).by(-6, 18);
                }
                brush.svg.path(drops.toString(), "none", "stroke=\"#5b8cc9\" stroke-width=\"2.5\" stroke-linecap=\"round\"");
            }
            case SNOW -> {
                Outline flakes = new Outline();
                for (int n = 0, count = (int) Math.max(8, 80 * share); n < count; n++) {
                    double r = 3 + brush.random.nextInt(4);
                    flakes.dot(x + r + brush.random.nextDouble() * (w - 2 * r), y + r + brush.random.nextDouble() * (h - 2 * r), r);
                }
                brush.svg.path(flakes.toString(), "#ffffff", "opacity=\"0.9\"");
            }
            case WIND -> {
                Outline gusts = new Outline();
                for (int n = 0, count = (int) Math.max(2, 5 * share); n < count; n++) {
                    double length = Math.min(220, w * 0.6);
                    double gustX = x + brush.random.nextDouble() * (w - length);
                    double gustY = y + h * 0.2 + brush.random.nextDouble() * h * 0.6;
                    gusts.moveTo(gustX, gustY).quadTo(gustX + length * 0.27, gustY - 22, gustX + length * 0.55, gustY)
                            .smoothTo(gustX + length, gustY - 6);
                }
                brush.svg.path(gusts.toString(), "none", "stroke=\"#ffffff\" stroke-width=\"4\" stroke-linecap=\"round\" "
                        + "opacity=\"0.8\"");
            }
            default -> {
            }
        }
    }
}
