package com.novastoryteller.engine.embedded.picture;

import java.util.List;
import java.util.Locale;

/**
 * Rooms, lit by their lamps: kitchen, bakery, classroom, library, attic, shop, bedroom, living room, museum,
 * hospital and theatre. The furniture stands against the back wall or at the sides, so that the floor in front
 * stays open; most rooms have a window onto the weather.
 */
final class Rooms {

    private static final int W = Settings.WIDTH;
    private static final int H = Settings.HEIGHT;
    static final double FLOOR = 432;

    private Rooms() {
    }

    static List<Place> places() {
        return List.of(new Place("kitchen", Place.Kind.ROOM, Rooms::kitchen),
                new Place("bakery", Place.Kind.ROOM, Rooms::bakery),
                new Place("classroom", Place.Kind.ROOM, Rooms::classroom),
                new Place("library", Place.Kind.ROOM, Rooms::library),
                new Place("attic", Place.Kind.ROOM, Rooms::attic),
                new Place("shop", Place.Kind.ROOM, Rooms::shop),
                new Place("bedroom", Place.Kind.ROOM, Rooms::bedroom),
                new Place("living room", Place.Kind.ROOM, Rooms::livingRoom),
                new Place("museum", Place.Kind.ROOM, Rooms::museum),
                new Place("hospital", Place.Kind.ROOM, Rooms::hospital),
                new Place("theatre", Place.Kind.ROOM, Rooms::theatre));
    }

    private static void floorboards(Brush brush, String colour) {
        brush.rect(0, FLOOR, W, H - FLOOR, colour);
        Textures.planks(brush, 0, FLOOR, W, H - FLOOR, 28, false, darker(colour));
    }

    private static String darker(String colour) {
        int rgb = Integer.parseInt(colour.substring(1), 16);
        int r = (int) (((rgb >> 16) & 0xff) * 0.78);
        int g = (int) (((rgb >> 8) & 0xff) * 0.78);
        int b = (int) ((rgb & 0xff) * 0.78);
        return String.format(Locale.ROOT, "#%02x%02x%02x", r, g, b);
    }

    private static void skirting(Brush brush) {
        brush.rect(0, FLOOR - 14, W, 14, "#ffffff", "opacity=\"0.75\"");
    }

    static void kitchen(Brush brush) {
        brush.rect(0, 0, W, FLOOR, "#fbeed2");
        brush.rect(0, 250, W, 110, "#ffffff");
        Textures.tiles(brush, 0, 250, W, 110, 27, "#cfd8dc");
        Scenery.window(brush, 260, 80, 190, 140, "#ffffff");
        brush.fill(new Outline().moveTo(240, 66).lineTo(470, 66).lineTo(470, 110).quadTo(355, 90, 240, 110).close(), "#e63946");
        brush.fill(new Outline().rect(30, 110, 170, 10).rect(30, 190, 170, 10), "#a0703e");
        String[] lids = { "#e63946", "#2a9d8f", "#ffd23f", "#9b5de5" };
        for (int n = 0; n < 4; n++) {
            brush.rect(40 + n * 40, 76, 30, 34, "#dff3ff", "rx=\"5\" opacity=\"0.9\"");
            brush.rect(38 + n * 40, 70, 34, 9, lids[n], "rx=\"3\"");
            brush.rect(40 + n * 40, 156, 30, 34, "#f4e1b5", "rx=\"5\"");
        }
        brush.line(500, 110, 660, 110, "#8d99a3", 5);
        for (int n = 0; n < 3; n++) {
            double x = 525 + n * 55;
            brush.line(x, 110, x, 130, "#3d405b", 3);
            brush.circle(x, 160, 24 - n * 3, "#3d405b");
            brush.line(x, 136, x, 112, "#3d405b", 5);
        }
        brush.rect(0, 352, W, 10, "#d8c3a5");
        brush.rect(0, 362, W, FLOOR - 362, "#8ecae6");
        Outline doors = new Outline();
        Outline knobs = new Outline();
        for (double x = 0; x < W; x += 100) {
            doors.rect(x + 8, 370, 84, FLOOR - 382);
            knobs.dot(x + 80, 396, 4);
        }
        brush.stroke(doors, "#5fa8c9", 3);
        brush.fill(knobs, "#3d405b");
        brush.fill(new Outline().moveTo(300, 352).lineTo(420, 352).lineTo(410, 368).lineTo(310, 368).close(), "#b0bec5");
        brush.stroke(new Outline().moveTo(360, 352).lineTo(360, 330).quadTo(360, 320, 376, 322).lineTo(376, 330), "#8d99a3", 5);
        stove(brush, 560, FLOOR);
        fridge(brush, 690, FLOOR);
        Textures.chequer(brush, 0, FLOOR, W, H - FLOOR, 56, "#f3efe6", "#d9cfc0");
        brush.circle(120, 40, 26, "#ffffff");
        brush.stroke(new Outline().moveTo(120, 40).lineTo(120, 24).moveTo(120, 40).lineTo(132, 44), "#3d405b", 3);
        brush.svg.circle(120, 40, 26, "none", "stroke=\"" + brush.tone("#e63946") + "\" stroke-width=\"4\"");
    }

    private static void stove(Brush brush, double x, double base) {
        brush.rect(x, base - 86, 110, 86, "#eceff1", "stroke=\"" + brush.tone("#8d99a3") + "\" stroke-width=\"3\"");
        brush.rect(x + 14, base - 66, 82, 48, "#3d405b", "rx=\"5\"");
        brush.glow(new Outline().rect(x + 22, base - 58, 66, 32), brush.litOr("#6d5a50", "#ff9f5a"), "opacity=\"0.8\"");
        brush.rect(x + 6, base - 96, 98, 10, "#3d405b");
        brush.fill(new Outline().moveTo(x + 20, base - 96).lineTo(x + 20, base - 136).lineTo(x + 76, base - 136).lineTo(x + 76, base - 96).close(),
                "#e63946");
        brush.rect(x + 14, base - 142, 68, 8, "#c0392b", "rx=\"3\"");
        brush.stroke(new Outline().moveTo(x + 36, base - 150).quadTo(x + 26, base - 170, x + 40, base - 190).moveTo(x + 58, base - 150)
                .quadTo(x + 48, base - 174, x + 62, base - 196), "#ffffff", 4, "opacity=\"0.7\"");
    }

    private static void fridge(Brush brush, double x, double base) {
        brush.rect(x, base - 250, 100, 250, "#f7f9fb", "rx=\"10\" stroke=\"" + brush.tone("#b0bec5") + "\" stroke-width=\"3\"");
        brush.line(x, base - 160, x + 100, base - 160, "#b0bec5", 3);
        brush.fill(new Outline().rect(x + 80, base - 220, 7, 40).rect(x + 80, base - 140, 7, 50), "#8d99a3");
        brush.fill(new Outline().dot(x + 30, base - 220, 7), "#ffd23f");
        brush.rect(x + 20, base - 140, 30, 36, "#ffffff", "stroke=\"" + brush.tone("#f15bb5") + "\" stroke-width=\"2\"");
    }

    static void bakery(Brush brush) {
        brush.rect(0, 0, W, FLOOR, "#fbe3c5");
        Scenery.window(brush, 40, 90, 150, 150, "#ffffff");
        brush.rect(24, 70, 182, 20, "#e63946");
        Outline awning = new Outline();
        for (double x = 24; x < 206; x += 26) {
            awning.rect(x, 70, 13, 20);
        }
        brush.fill(awning, "#ffffff");
        brush.rect(240, 30, 320, 56, "#8a5a35", "rx=\"8\"");
        Scenery.letters(brush, "BAKERY", 262, 42, 32, "#fff3d6", 5);
        for (int shelf = 0; shelf < 3; shelf++) {
            double y = 150 + shelf * 62;
            brush.rect(240, y, 320, 10, "#a0703e");
            Outline loaves = new Outline();
            for (double x = 260; x < 540; x += 52) {
                loaves.moveTo(x - 22, y).quadTo(x - 22, y - 30, x, y - 30).quadTo(x + 22, y - 30, x + 22, y).close();
            }
            brush.fill(loaves, shelf == 1 ? "#e0a458" : "#c68642");
            Outline cuts = new Outline();
            for (double x = 260; x < 540; x += 52) {
                cuts.moveTo(x - 10, y - 22).lineTo(x - 4, y - 12).moveTo(x + 2, y - 24).lineTo(x + 8, y - 14);
            }
            brush.stroke(cuts, "#8a5a35", 2);
        }
        oven(brush, 680, 360);
        brush.rect(0, 350, W, FLOOR - 350, "#a0703e");
        Textures.planks(brush, 0, 350, W, FLOOR - 350, 41, false, "#7a5230");
        brush.rect(220, 290, 360, 64, "#dff3ff", "opacity=\"0.7\" stroke=\"" + brush.tone("#a0703e") + "\" stroke-width=\"5\"");
        cake(brush, 290, 350);
        Outline cupcakes = new Outline();
        Outline icing = new Outline();
        for (double x = 370; x < 560; x += 44) {
            cupcakes.polygon(x - 14, 350, x - 17, 330, x + 17, 330, x + 14, 350);
            icing.dot(x, 326, 14);
        }
        brush.fill(cupcakes, "#e9c46a");
        brush.fill(icing, "#f7a1c4");
        Textures.chequer(brush, 0, FLOOR, W, H - FLOOR, 50, "#f0c9a0", "#dba474");
    }

    private static void oven(Brush brush, double x, double base) {
        brush.fill(new Outline().moveTo(x - 100, base).lineTo(x - 100, base - 180).quadTo(x, base - 280, x + 100, base - 180).lineTo(x + 100, base)
                .close(), "#b5533c");
        Textures.bricks(brush, x - 100, base - 200, 200, 200, 34, 20, "#8d3f2d");
        brush.fill(new Outline().moveTo(x - 50, base - 40).lineTo(x - 50, base - 110).quadTo(x, base - 160, x + 50, base - 110).lineTo(x + 50,
                base - 40).close(), "#2b1d1a");
        brush.glow(new Outline().moveTo(x - 34, base - 40).quadTo(x - 30, base - 80, x - 14, base - 90).quadTo(x - 10, base - 66, x, base - 100)
                .quadTo(x + 14, base - 70, x + 18, base - 88).quadTo(x + 34, base - 70, x + 34, base - 40).close(), "#ff8a3d", "");
        brush.glow(new Outline().moveTo(x - 18, base - 40).quadTo(x - 14, base - 64, x, base - 70).quadTo(x + 14, base - 60, x + 18, base - 40)
                .close(), "#ffd23f", "");
    }

    private static void cake(Brush brush, double x, double base) {
        brush.rect(x - 40, base - 44, 80, 44, "#f7c5cc", "rx=\"6\"");
        brush.rect(x - 40, base - 50, 80, 14, "#ffffff", "rx=\"7\"");
        brush.circle(x, base - 58, 8, "#e63946");
    }

    static void classroom(Brush brush) {
        brush.rect(0, 0, W, FLOOR, "#f4e9d8");
        brush.rect(0, 300, W, FLOOR - 300, "#d8b48a");
        brush.line(0, 300, W, 300, "#a0703e", 6);
        String[] cards = { "#e63946", "#ff9f1c", "#ffd23f", "#2a9d8f", "#457b9d", "#9b5de5" };
        for (int n = 0; n < 6; n++) {
            brush.rect(200 + n * 68, 18, 54, 50, cards[n], "rx=\"6\"");
            Scenery.letters(brush, String.valueOf("ABCDEF".charAt(n)), 216 + n * 68, 26, 34, "#ffffff", 5);
        }
        brush.rect(200, 90, 400, 190, "#a0703e", "rx=\"6\"");
        brush.rect(212, 102, 376, 166, "#2f5d46");
        Scenery.letters(brush, "ABC", 240, 126, 44, "#f4f4f4", 4);
        Scenery.letters(brush, "1+2=3", 380, 196, 40, "#f4f4f4", 4);
        brush.stroke(new Outline().moveTo(250, 226).quadTo(280, 200, 320, 230), "#ffd23f", 3);
        brush.rect(200, 270, 400, 10, "#8a5a35");
        Scenery.window(brush, 640, 100, 130, 160, "#ffffff");
        brush.svg.circle(100, 60, 30, brush.tone("#ffffff"), "stroke=\"" + brush.tone("#3d405b") + "\" stroke-width=\"5\"");
        brush.stroke(new Outline().moveTo(100, 60).lineTo(100, 40).moveTo(100, 60).lineTo(114, 66), "#3d405b", 3);
        drawings(brush, 30, 120);
        desk(brush, 260, FLOOR + 4);
        desk(brush, 540, FLOOR + 4);
        skirting(brush);
        floorboards(brush, "#c8955f");
        teacherDesk(brush, 60, 520);
    }

    private static void drawings(Brush brush, double x, double y) {
        String[] scribbles = { "#e63946", "#2a9d8f", "#ff9f1c", "#9b5de5" };
        for (int n = 0; n < 4; n++) {
            double px = x + (n % 2) * 76;
            double py = y + (n / 2) * 86;
            brush.rect(px, py, 64, 72, "#ffffff");
            brush.stroke(new Outline().moveTo(px + 10, py + 50).quadTo(px + 32, py + 10, px + 54, py + 50).moveTo(px + 14, py + 60)
                    .lineTo(px + 50, py + 60), scribbles[n], 4);
            brush.circle(px + 32, py + 4, 4, "#e63946");
        }
    }

    private static void desk(Brush brush, double x, double base) {
        brush.rect(x - 60, base - 64, 120, 12, "#d9a05b", "rx=\"3\"");
        brush.fill(new Outline().rect(x - 54, base - 52, 8, 52).rect(x + 46, base - 52, 8, 52), "#6d4c41");
        brush.rect(x - 30, base - 78, 34, 14, "#457b9d");
        brush.rect(x + 10, base - 72, 26, 8, "#ffd23f");
    }

    private static void teacherDesk(Brush brush, double x, double base) {
        brush.rect(x - 60, base - 110, 120, 110, "#a0703e");
        brush.rect(x - 66, base - 118, 132, 12, "#8a5a35", "rx=\"3\"");
        brush.circle(x + 30, base - 132, 14, "#e63946");
        brush.line(x + 30, base - 146, x + 34, base - 154, "#5a3d2e", 3);
        brush.rect(x - 50, base - 140, 50, 22, "#2a9d8f");
    }

    static void library(Brush brush) {
        brush.rect(0, 0, W, FLOOR, "#e9d8bd");
        Scenery.bookcase(brush, 10, 50, 240, FLOOR - 50, 5);
        Scenery.bookcase(brush, 550, 50, 240, FLOOR - 50, 5);
        brush.fill(new Outline().moveTo(320, 300).lineTo(320, 140).quadTo(400, 40, 480, 140).lineTo(480, 300).close(), "#8a5a35");
        Scenery.window(brush, 330, 120, 140, 170, "#8a5a35");
        brush.fill(new Outline().moveTo(320, 130).quadTo(400, 30, 480, 130).lineTo(480, 120).lineTo(484, 120).lineTo(484, 40).lineTo(316, 40)
                .lineTo(316, 120).lineTo(320, 120).close(), "#e9d8bd");
        brush.stroke(new Outline().moveTo(326, 134).quadTo(400, 44, 474, 134), "#8a5a35", 12);
        Scenery.bookcase(brush, 270, 320, 260, FLOOR - 320, 2);
        brush.stroke(new Outline().moveTo(200, FLOOR).lineTo(250, 60).moveTo(236, FLOOR).lineTo(286, 60), "#6d4c41", 6);
        Outline rungs = new Outline();
        for (int n = 1; n < 10; n++) {
            double t = n / 10.0;
            rungs.moveTo(200 + 50 * t, FLOOR - (FLOOR - 60) * t).lineTo(236 + 50 * t, FLOOR - (FLOOR - 60) * t);
        }
        brush.stroke(rungs, "#6d4c41", 5);
        skirting(brush);
        floorboards(brush, "#8d5e3c");
        brush.ellipse(400, 520, 270, 60, "#9b2335");
        brush.svg.ellipse(400, 520, 250, 50, "none", "stroke=\"" + brush.tone("#e9c46a") + "\" stroke-width=\"4\"");
        readingLamp(brush, 730, 590);
    }

    private static void readingLamp(Brush brush, double x, double base) {
        brush.rect(x - 50, base - 90, 100, 12, "#6d4c41");
        brush.fill(new Outline().rect(x - 44, base - 78, 8, 78).rect(x + 36, base - 78, 8, 78), "#6d4c41");
        brush.line(x, base - 90, x, base - 130, "#c9a227", 4);
        if (brush.lampsLit()) {
            brush.svg.circle(x, base - 130, 60, "#ffe066", "opacity=\"0.25\"");
        }
        brush.fill(new Outline().moveTo(x - 30, base - 126).quadTo(x, base - 160, x + 30, base - 126).close(), "#2e7d32");
        brush.rect(x - 30, base - 104, 34, 14, "#e63946");
    }

    static void attic(Brush brush) {
        brush.rect(0, 0, W, H, "#6e4f33");
        Outline room = new Outline().polygon(0, 340, 400, 30, W, 340, W, H, 0, H);
        brush.fill(room, "#c9a173");
        Textures.planks(brush, 0, 30, W, FLOOR - 30, 40, true, "#a47e55");
        brush.fill(new Outline().polygon(0, 0, 400, 0, 400, 30, 0, 340).polygon(W, 0, 400, 0, 400, 30, W, 340), "#6e4f33");
        Scenery.window(brush, 350, 110, 100, 100, "#8a5a35");
        if (!brush.night()) {
            brush.glow(new Outline().polygon(356, 216, 444, 216, 560, H, 250, H), "#fff3c4", "opacity=\"0.18\"");
        }
        brush.stroke(new Outline().moveTo(0, 340).lineTo(400, 30).lineTo(W, 340).moveTo(200, 185).lineTo(600, 185).moveTo(400, 30)
                .lineTo(400, 90), "#7a5230", 14);
        brush.stroke(new Outline().moveTo(300, 108).lineTo(330, 108).moveTo(316, 94).lineTo(316, 124).moveTo(302, 96).lineTo(330, 120)
                .moveTo(330, 96).lineTo(302, 120).moveTo(306, 100).quadTo(316, 106, 326, 100).moveTo(304, 116).quadTo(316, 110, 328, 116),
                "#ffffff", 1.5, "opacity=\"0.7\"");
        brush.rect(0, FLOOR, W, H - FLOOR, "#a9784c");
        Textures.planks(brush, 0, FLOOR, W, H - FLOOR, 30, false, "#855b36");
        boxes(brush, 20, 470);
        trunk(brush, 690, 470);
        rockingHorse(brush, 200, FLOOR + 6);
        brush.rect(520, FLOOR - 90, 70, 96, "#8d99a3", "rx=\"6\"");
        brush.ellipse(555, FLOOR - 96, 40, 12, "#b0bec5");
    }

    private static void boxes(Brush brush, double x, double base) {
        brush.fill(new Outline().rect(x, base - 70, 100, 70).rect(x + 16, base - 130, 80, 60).rect(x + 100, base - 50, 40, 50), "#c9955a",
                "stroke=\"" + brush.tone("#8a5a35") + "\" stroke-width=\"3\"");
        brush.stroke(new Outline().moveTo(x + 50, base - 70).lineTo(x + 50, base - 40).moveTo(x + 56, base - 130).lineTo(x + 56, base - 104),
                "#e9d8a6", 6);
    }

    private static void trunk(Brush brush, double x, double base) {
        brush.rect(x, base - 70, 100, 70, "#7b3f1d", "rx=\"4\"");
        brush.fill(new Outline().moveTo(x, base - 70).quadTo(x + 50, base - 104, x + 100, base - 70).close(), "#6b3416");
        brush.fill(new Outline().rect(x + 14, base - 90, 8, 90).rect(x + 78, base - 90, 8, 90), "#c9a227");
        brush.rect(x + 42, base - 64, 16, 16, "#c9a227", "rx=\"2\"");
    }

    private static void rockingHorse(Brush brush, double x, double base) {
        brush.stroke(new Outline().moveTo(x - 60, base - 10).quadTo(x, base + 10, x + 60, base - 10), "#8a5a35", 8);
        brush.stroke(new Outline().moveTo(x - 30, base - 6).lineTo(x - 22, base - 50).moveTo(x + 30, base - 6).lineTo(x + 22, base - 50), "#f4ead5", 7);
        brush.ellipse(x, base - 58, 40, 18, "#f4ead5");
        brush.fill(new Outline().polygon(x + 24, base - 64, x + 40, base - 100, x + 60, base - 96, x + 54, base - 84, x + 40, base - 58), "#f4ead5");
        brush.stroke(new Outline().moveTo(x + 36, base - 98).lineTo(x + 22, base - 70).moveTo(x - 38, base - 60).lineTo(x - 52, base - 40),
                "#a0522d", 6);
        brush.rect(x - 14, base - 78, 30, 12, "#e63946", "rx=\"4\"");
    }

    static void shop(Brush brush) {
        brush.rect(0, 0, W, FLOOR, "#e8f1f2");
        brush.rect(30, 20, 480, 50, "#2a9d8f", "rx=\"8\"");
        Scenery.letters(brush, "TOYS", 210, 30, 30, "#ffffff", 5);
        String[] boxes = { "#e63946", "#ffd23f", "#457b9d", "#f15bb5", "#2a9d8f", "#ff9f1c", "#9b5de5" };
        for (int shelf = 0; shelf < 4; shelf++) {
            double y = 150 + shelf * 80;
            brush.rect(30, y, 480, 10, "#a0703e");
            for (int n = 0; n < 7; n++) {
                double x = 44 + n * 66;
                String colour = boxes[(n + shelf * 3) % boxes.length];
                switch ((n + shelf) % 3) {
                    case 0 -> brush.rect(x, y - 56, 48, 56, colour, "rx=\"3\"");
                    case 1 -> {
                        brush.rect(x + 4, y - 44, 40, 44, "#dff3ff", "rx=\"8\" opacity=\"0.9\"");
                        brush.fill(new Outline().dot(x + 16, y - 16, 7).dot(x + 30, y - 22, 7).dot(x + 22, y - 32, 7), colour);
                        brush.rect(x + 2, y - 50, 44, 8, "#8d99a3", "rx=\"3\"");
                    }
                    default -> {
                        brush.fill(new Outline().dot(x + 24, y - 40, 14).dot(x + 12, y - 52, 6).dot(x + 36, y - 52, 6), "#a0703e");
                        brush.ellipse(x + 24, y - 14, 18, 16, "#a0703e");
                    }
                }
            }
        }
        Scenery.window(brush, 560, 90, 200, 190, "#3d405b");
        brush.stroke(new Outline().moveTo(630, 90).lineTo(660, 120).lineTo(690, 90), "#5a4636", 2);
        brush.rect(620, 120, 80, 36, "#e63946", "rx=\"5\"");
        Scenery.letters(brush, "OPEN", 628, 127, 22, "#ffffff", 3);
        brush.rect(560, 320, 240, FLOOR - 320, "#a0703e");
        brush.rect(552, 312, 248, 14, "#8a5a35");
        brush.rect(650, 262, 90, 50, "#5d6d7e", "rx=\"6\"");
        brush.rect(664, 270, 60, 16, brush.night() ? "#9be7a8" : "#c8f2d0");
        brush.fill(new Outline().rect(662, 292, 14, 10).rect(682, 292, 14, 10).rect(702, 292, 14, 10), "#eef1f4");
        skirting(brush);
        brush.rect(0, FLOOR, W, H - FLOOR, "#dfe6e8");
        Textures.tiles(brush, 0, FLOOR, W, H - FLOOR, 56, "#c5cfd3");
        basket(brush, 70, 590);
    }

    private static void basket(Brush brush, double x, double base) {
        brush.stroke(new Outline().moveTo(x - 30, base - 40).quadTo(x, base - 90, x + 30, base - 40), "#8d99a3", 5);
        brush.fill(new Outline().polygon(x - 42, base - 44, x + 42, base - 44, x + 34, base, x - 34, base), "#e63946");
        brush.stroke(new Outline().moveTo(x - 38, base - 30).lineTo(x + 38, base - 30).moveTo(x - 36, base - 16).lineTo(x + 36, base - 16), "#c0392b", 2);
    }

    static void bedroom(Brush brush) {
        brush.rect(0, 0, W, FLOOR, "#cfe3f7");
        Outline pattern = new Outline();
        for (int y = 30; y < FLOOR - 30; y += 60) {
            for (int x = (y / 60) % 2 == 0 ? 30 : 60; x < W; x += 60) {
                pattern.dot(x, y, 5);
            }
        }
        brush.fill(pattern, "#b3cdea");
        Scenery.window(brush, 440, 90, 180, 160, "#ffffff");
        Scenery.curtains(brush, 440, 90, 180, 160, "#f7a1c4");
        Scenery.painting(brush, 100, 90, 110, 80, "#bfe3ff");
        bed(brush, 20, FLOOR + 6);
        nightstand(brush, 360, FLOOR + 6);
        skirting(brush);
        floorboards(brush, "#c89b6d");
        brush.ellipse(430, 520, 200, 50, "#9b5de5");
        brush.svg.ellipse(430, 520, 170, 38, "none", "stroke=\"" + brush.tone("#ffd23f") + "\" stroke-width=\"6\" stroke-dasharray=\"14 10\"");
        toyBox(brush, 730, 590);
    }

    private static void bed(Brush brush, double x, double base) {
        brush.rect(x, base - 200, 30, 200, "#8a5a35", "rx=\"8\"");
        brush.rect(x + 30, base - 80, 270, 50, "#ffffff");
        brush.fill(new Outline().moveTo(x + 100, base - 86).lineTo(x + 300, base - 86).lineTo(x + 300, base - 20).lineTo(x + 100, base - 20)
                .quadTo(x + 90, base - 60, x + 100, base - 86).close(), "#457b9d");
        Outline stars = new Outline();
        for (double[] star : new double[][] { { 140, -60 }, { 190, -44 }, { 240, -66 }, { 270, -34 }, { 160, -32 } }) {
            stars.dot(x + star[0], base + star[1], 5);
        }
        brush.fill(stars, "#ffd23f");
        brush.ellipse(x + 62, base - 90, 34, 16, "#ffffff", "stroke=\"" + brush.tone("#c5d6e8") + "\" stroke-width=\"2\"");
        brush.rect(x + 290, base - 110, 26, 110, "#8a5a35", "rx=\"6\"");
        brush.fill(new Outline().rect(x + 40, base - 30, 10, 30).rect(x + 270, base - 30, 10, 30), "#6d4c41");
    }

    private static void nightstand(Brush brush, double x, double base) {
        brush.rect(x, base - 70, 60, 70, "#a0703e", "rx=\"4\"");
        brush.line(x + 8, base - 36, x + 52, base - 36, "#7a5230", 3);
        brush.rect(x + 26, base - 100, 8, 30, "#3d405b");
        if (brush.lampsLit()) {
            brush.svg.circle(x + 30, base - 112, 50, "#ffe066", "opacity=\"0.3\"");
        }
        brush.svg.path(new Outline().polygon(x + 10, base - 98, x + 18, base - 130, x + 42, base - 130, x + 50, base - 98).toString(),
                brush.litOr("#ffd6a5", "#ffe9a8"), "");
    }

    private static void toyBox(Brush brush, double x, double base) {
        brush.rect(x - 60, base - 70, 120, 70, "#e63946", "rx=\"6\"");
        brush.rect(x - 64, base - 78, 128, 12, "#c0392b", "rx=\"4\"");
        brush.fill(new Outline().dot(x - 20, base - 104, 18).dot(x - 34, base - 118, 8).dot(x - 6, base - 118, 8), "#a0703e");
        brush.fill(new Outline().dot(x + 30, base - 92, 14), "#2a9d8f");
    }

    static void livingRoom(Brush brush) {
        brush.rect(0, 0, W, FLOOR, "#f3d9c4");
        Outline stripes = new Outline();
        for (int x = 0; x < W; x += 50) {
            stripes.rect(x, 0, 20, FLOOR);
        }
        brush.fill(stripes, "#efcfb6");
        Scenery.window(brush, 560, 100, 170, 150, "#ffffff");
        Scenery.curtains(brush, 560, 100, 170, 150, "#2a9d8f");
        fireplace(brush, 400, FLOOR);
        Scenery.painting(brush, 60, 120, 140, 90, "#bfe3ff");
        sofa(brush, 130, FLOOR + 8);
        skirting(brush);
        floorboards(brush, "#b98458");
        brush.rect(200, 470, 400, 100, "#e76f51", "rx=\"14\"");
        brush.svg.rect(214, 482, 372, 76, "none", "rx=\"10\" stroke=\"" + brush.tone("#f4a261") + "\" stroke-width=\"5\"");
        floorLamp(brush, 760, 590);
    }

    private static void fireplace(Brush brush, double x, double base) {
        brush.rect(x - 110, base - 180, 220, 180, "#b5533c");
        Textures.bricks(brush, x - 110, base - 180, 220, 180, 36, 18, "#8d3f2d");
        brush.rect(x - 126, base - 194, 252, 18, "#6d4c41", "rx=\"3\"");
        brush.fill(new Outline().moveTo(x - 64, base).lineTo(x - 64, base - 90).quadTo(x, base - 140, x + 64, base - 90).lineTo(x + 64, base)
                .close(), "#2b1d1a");
        brush.glow(new Outline().moveTo(x - 44, base - 10).quadTo(x - 40, base - 60, x - 18, base - 74).quadTo(x - 14, base - 44, x, base - 90)
                .quadTo(x + 18, base - 50, x + 24, base - 72).quadTo(x + 44, base - 50, x + 44, base - 10).close(), "#ff8a3d", "");
        brush.glow(new Outline().moveTo(x - 22, base - 10).quadTo(x - 18, base - 40, x, base - 54).quadTo(x + 18, base - 40, x + 22, base - 10)
                .close(), "#ffd23f", "");
        brush.rect(x - 50, base - 14, 100, 12, "#5a3d2e", "rx=\"5\"");
        brush.rect(x - 80, base - 230, 14, 36, "#f7ede2");
        brush.glow(new Outline().dot(x - 73, base - 236, 5), "#ffb703", "");
        brush.rect(x + 40, base - 240, 50, 46, "#c9a227", "rx=\"6\"");
        brush.circle(x + 65, base - 217, 15, "#ffffff");
    }

    private static void sofa(Brush brush, double x, double base) {
        brush.rect(x - 110, base - 130, 220, 80, "#457b9d", "rx=\"16\"");
        brush.rect(x - 126, base - 70, 252, 50, "#3d6a8a", "rx=\"12\"");
        brush.rect(x - 136, base - 100, 34, 80, "#457b9d", "rx=\"14\"");
        brush.rect(x + 102, base - 100, 34, 80, "#457b9d", "rx=\"14\"");
        brush.rect(x - 70, base - 116, 50, 40, "#ffd23f", "rx=\"10\"");
        brush.rect(x + 24, base - 116, 50, 40, "#f15bb5", "rx=\"10\"");
        brush.fill(new Outline().rect(x - 110, base - 20, 10, 20).rect(x + 100, base - 20, 10, 20), "#5a3d2e");
    }

    private static void floorLamp(Brush brush, double x, double base) {
        brush.rect(x - 3, base - 220, 6, 220, "#3d405b");
        brush.ellipse(x, base, 24, 6, "#3d405b");
        if (brush.lampsLit()) {
            brush.svg.circle(x, base - 236, 60, "#ffe066", "opacity=\"0.25\"");
        }
        brush.svg.path(new Outline().polygon(x - 30, base - 210, x - 18, base - 260, x + 18, base - 260, x + 30, base - 210).toString(),
                brush.litOr("#f7ede2", "#ffe9a8"), "");
    }

    static void museum(Brush brush) {
        brush.rect(0, 0, W, FLOOR, "#efe7da");
        Sky.window(brush, 250, 0, 300, 56);
        Outline frames = new Outline();
        for (int x = 250; x <= 550; x += 75) {
            frames.moveTo(x, 0).lineTo(x, 56);
        }
        brush.stroke(frames, "#8d8577", 5);
        brush.rect(240, 56, 320, 10, "#8d8577");
        brush.rect(150, 380, 380, FLOOR - 380, "#cfc6b6");
        brush.rect(140, 370, 400, 14, "#b8ae9d");
        dinosaur(brush, 330, 370);
        Scenery.painting(brush, 590, 130, 90, 110, "#f4a261");
        column(brush, 20);
        column(brush, W - 90);
        skirting(brush);
        Textures.chequer(brush, 0, FLOOR, W, H - FLOOR, 64, "#e8e1d4", "#d2c9b8");
        pedestal(brush, 650, FLOOR + 8);
        Outline rope = new Outline().moveTo(150, 420).quadTo(250, 460, 350, 420).quadTo(450, 460, 550, 420);
        brush.fill(new Outline().rect(144, 400, 12, 50).rect(344, 400, 12, 50).rect(544, 400, 12, 50), "#c9a227");
        brush.stroke(rope, "#9b2335", 6);
    }

    /** A dinosaur's skeleton, standing on its plinth. */
    private static void dinosaur(Brush brush, double x, double base) {
        String bone = "#fbf6ea";
        brush.stroke(new Outline().moveTo(x - 200, base - 170).quadTo(x - 120, base - 150, x - 60, base - 200).quadTo(x, base - 250, x + 70, base - 236)
                .quadTo(x + 110, base - 228, x + 130, base - 250), bone, 10);
        Outline ribs = new Outline();
        for (int n = 0; n < 7; n++) {
            double rx = x - 50 + n * 16;
            double ry = base - 214 - (n < 3 ? n * 8 : 24 - (n - 3) * 3);
            ribs.moveTo(rx, ry).quadTo(rx - 6, ry + 40, rx + 4, ry + 70 - Math.abs(n - 3) * 8);
        }
        brush.stroke(ribs, bone, 6);
        brush.stroke(new Outline().moveTo(x - 40, base - 200).lineTo(x - 52, base - 120).lineTo(x - 36, base - 60).lineTo(x - 52, base)
                .moveTo(x + 30, base - 190).lineTo(x + 36, base - 120).lineTo(x + 20, base - 60).lineTo(x + 38, base)
                .moveTo(x + 84, base - 230).lineTo(x + 104, base - 200).lineTo(x + 118, base - 206), bone, 9);
        brush.fill(new Outline().moveTo(x + 120, base - 262).quadTo(x + 150, base - 290, x + 196, base - 270).lineTo(x + 200, base - 246)
                .lineTo(x + 150, base - 236).quadTo(x + 124, base - 236, x + 120, base - 262).close(), bone);
        brush.fill(new Outline().dot(x + 160, base - 262, 6), "#5a4636");
        brush.stroke(new Outline().moveTo(x + 152, base - 244).lineTo(x + 194, base - 248), "#c9bfa9", 3);
    }

    private static void column(Brush brush, double x) {
        brush.rect(x, 40, 70, FLOOR - 40, "#f7f3ea");
        brush.stroke(new Outline().moveTo(x + 18, 60).lineTo(x + 18, FLOOR - 20).moveTo(x + 35, 60).lineTo(x + 35, FLOOR - 20).moveTo(x + 52, 60)
                .lineTo(x + 52, FLOOR - 20), "#ddd5c4", 3);
        brush.rect(x - 10, 20, 90, 26, "#e6dfd0");
        brush.rect(x - 10, FLOOR - 20, 90, 24, "#e6dfd0");
    }

    private static void pedestal(Brush brush, double x, double base) {
        brush.rect(x - 30, base - 100, 60, 100, "#f7f3ea", "stroke=\"" + brush.tone("#cfc6b6") + "\" stroke-width=\"3\"");
        brush.fill(new Outline().moveTo(x - 14, base - 100).quadTo(x - 34, base - 130, x - 14, base - 160).lineTo(x + 14, base - 160)
                .quadTo(x + 34, base - 130, x + 14, base - 100).close(), "#2a6f97");
        brush.stroke(new Outline().moveTo(x - 22, base - 130).lineTo(x + 22, base - 130), "#ffd23f", 4);
    }

    static void hospital(Brush brush) {
        brush.rect(0, 0, W, FLOOR, "#e3f4ef");
        brush.rect(0, 250, W, FLOOR - 250, "#cde9e1");
        Scenery.window(brush, 330, 90, 170, 140, "#ffffff");
        brush.rect(600, 80, 100, 100, "#ffffff", "rx=\"10\"");
        brush.fill(new Outline().rect(638, 94, 24, 72).rect(614, 118, 72, 24), "#e63946");
        brush.rect(0, 40, 300, 8, "#b0bec5");
        brush.fill(new Outline().moveTo(0, 48).lineTo(60, 48).quadTo(50, 240, 64, FLOOR).lineTo(0, FLOOR).close(), "#9fd8e8");
        hospitalBed(brush, 90, FLOOR + 6);
        drip(brush, 300, FLOOR + 6);
        monitor(brush, 560, FLOOR + 6);
        skirting(brush);
        brush.rect(0, FLOOR, W, H - FLOOR, "#d9e2e6");
        Textures.tiles(brush, 0, FLOOR, W, H - FLOOR, 60, "#c2ccd1");
        brush.rect(720, 470, 70, 80, "#90c2e7", "rx=\"8\"");
        brush.fill(new Outline().rect(728, 550, 8, 40).rect(774, 550, 8, 40), "#8d99a3");
    }

    private static void hospitalBed(Brush brush, double x, double base) {
        brush.stroke(new Outline().moveTo(x, base).lineTo(x, base - 150).moveTo(x + 180, base).lineTo(x + 180, base - 110).moveTo(x, base - 40)
                .lineTo(x + 180, base - 40), "#8d99a3", 7);
        brush.rect(x, base - 90, 180, 40, "#ffffff");
        brush.rect(x + 50, base - 96, 130, 48, "#90c2e7", "rx=\"6\"");
        brush.ellipse(x + 28, base - 96, 24, 12, "#ffffff", "stroke=\"" + brush.tone("#c5d6e8") + "\" stroke-width=\"2\"");
        brush.fill(new Outline().dot(x + 10, base - 4, 8).dot(x + 170, base - 4, 8), "#3d405b");
    }

    private static void drip(Brush brush, double x, double base) {
        brush.line(x, base, x, base - 200, "#8d99a3", 4);
        brush.line(x - 20, base, x + 20, base, "#8d99a3", 4);
        brush.rect(x - 14, base - 200, 28, 40, "#dff3ff", "rx=\"8\" stroke=\"" + brush.tone("#8d99a3") + "\" stroke-width=\"2\"");
    }

    private static void monitor(Brush brush, double x, double base) {
        brush.line(x, base, x, base - 150, "#8d99a3", 5);
        brush.rect(x - 50, base - 220, 100, 76, "#2b2d42", "rx=\"8\"");
        brush.glow(new Outline().moveTo(x - 40, base - 180).lineTo(x - 18, base - 180).lineTo(x - 10, base - 204).lineTo(x, base - 160)
                .lineTo(x + 8, base - 186).lineTo(x + 14, base - 180).lineTo(x + 40, base - 180), "none",
                "stroke=\"#3ddc97\" stroke-width=\"3\" stroke-linejoin=\"round\"");
    }

    static void theatre(Brush brush) {
        brush.rect(0, 0, W, FLOOR, "#1f2a5a");
        Sky.stars(brush, 160, 90, 480, 250, 26);
        brush.glow(new Outline().moveTo(520, 130).curveTo(480, 130, 480, 200, 520, 200).curveTo(500, 190, 500, 140, 520, 130).close(), "#fff4c2", "");
        brush.fill(new Outline().moveTo(140, FLOOR).quadTo(300, 300, 460, FLOOR).close().moveTo(360, FLOOR).quadTo(520, 330, 680, FLOOR).close(),
                "#2c3e75");
        brush.rect(0, FLOOR, W, H - FLOOR, "#b07a4a");
        Textures.planks(brush, 0, FLOOR, W, H - FLOOR, 26, false, "#8a5a35");
        brush.glow(new Outline().polygon(300, 0, 360, 0, 520, H, 200, H), "#fff3b0", "opacity=\"0.16\"");
        brush.glow(new Outline().dot(400, 540, 130), "#fff3b0", "opacity=\"0.12\"");
        curtain(brush, 0, 180, 1);
        curtain(brush, W, 180, -1);
        brush.rect(0, 0, W, 70, "#a4161a");
        Outline valance = new Outline().moveTo(0, 70);
        for (int x = 0; x < W; x += 80) {
            valance.quadTo(x + 40, 120, x + 80, 70);
        }
        brush.fill(valance.close(), "#a4161a");
        Outline fringe = new Outline();
        for (int x = 0; x < W; x += 80) {
            fringe.moveTo(x, 72).quadTo(x + 40, 124, x + 80, 72);
        }
        brush.stroke(fringe, "#e9c46a", 5);
        Outline bulbs = new Outline();
        for (int x = 30; x < W; x += 50) {
            bulbs.dot(x, 592, 6);
        }
        brush.glow(bulbs, "#ffe066", "");
    }

    private static void curtain(Brush brush, double edge, double width, int side) {
        double inner = edge + side * width;
        brush.fill(new Outline().moveTo(edge, 0).lineTo(inner, 0).quadTo(edge + side * width * 0.55, 300, inner - side * 40, H).lineTo(edge, H)
                .close(), "#c1121f");
        Outline folds = new Outline();
        for (int n = 1; n < 4; n++) {
            double x = edge + side * width * n / 4.5;
            folds.moveTo(x, 0).quadTo(x + side * 10, 300, x - side * 4, H);
        }
        brush.stroke(folds, "#8d0f17", 6);
        brush.stroke(new Outline().moveTo(edge, 330).quadTo(edge + side * width * 0.45, 320, edge + side * width * 0.6, 300), "#e9c46a", 8);
    }
}
