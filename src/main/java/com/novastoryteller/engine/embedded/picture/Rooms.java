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
        return List.of(new Place("kitchen", Place.Kind.ROOM, HomeRooms::kitchen),
                new Place("bakery", Place.Kind.ROOM, TownRooms::bakery),
                new Place("classroom", Place.Kind.ROOM, Rooms::classroom),
                new Place("library", Place.Kind.ROOM, Rooms::library),
                new Place("attic", Place.Kind.ROOM, HomeRooms::attic),
                new Place("shop", Place.Kind.ROOM, TownRooms::shop),
                new Place("bedroom", Place.Kind.ROOM, HomeRooms::bedroom),
                new Place("living room", Place.Kind.ROOM, HomeRooms::livingRoom),
                new Place("museum", Place.Kind.ROOM, Rooms::museum),
                new Place("hospital", Place.Kind.ROOM, TownRooms::hospital),
                new Place("theatre", Place.Kind.ROOM, TownRooms::theatre));
    }

    static void floorboards(Brush brush, String colour) {
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

    static void skirting(Brush brush) {
        brush.rect(0, FLOOR - 14, W, 14, "#ffffff", "opacity=\"0.75\"");
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
}
