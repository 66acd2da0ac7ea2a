package com.novastoryteller.engine.embedded.picture;

/**
 * The rooms of a home: kitchen, attic, bedroom and living room, with their furniture.
 */
final class HomeRooms {

    private static final int W = Settings.WIDTH;
    private static final int H = Settings.HEIGHT;

    private HomeRooms() {
    }

    static void kitchen(Brush brush) {
        brush.rect(0, 0, W, Rooms.FLOOR, "#fbeed2");
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
        brush.rect(0, 362, W, Rooms.FLOOR - 362, "#8ecae6");
        Outline doors = new Outline();
        Outline knobs = new Outline();
        for (double x = 0; x < W; x += 100) {
            doors.rect(x + 8, 370, 84, Rooms.FLOOR - 382);
            knobs.dot(x + 80, 396, 4);
        }
        brush.stroke(doors, "#5fa8c9", 3);
        brush.fill(knobs, "#3d405b");
        brush.fill(new Outline().moveTo(300, 352).lineTo(420, 352).lineTo(410, 368).lineTo(310, 368).close(), "#b0bec5");
        brush.stroke(new Outline().moveTo(360, 352).lineTo(360, 330).quadTo(360, 320, 376, 322).lineTo(376, 330), "#8d99a3", 5);
        stove(brush, 560, Rooms.FLOOR);
        fridge(brush, 690, Rooms.FLOOR);
        Textures.chequer(brush, 0, Rooms.FLOOR, W, H - Rooms.FLOOR, 56, "#f3efe6", "#d9cfc0");
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

    static void attic(Brush brush) {
        brush.rect(0, 0, W, H, "#6e4f33");
        Outline room = new Outline().polygon(0, 340, 400, 30, W, 340, W, H, 0, H);
        brush.fill(room, "#c9a173");
        Textures.planks(brush, 0, 30, W, Rooms.FLOOR - 30, 40, true, "#a47e55");
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
        brush.rect(0, Rooms.FLOOR, W, H - Rooms.FLOOR, "#a9784c");
        Textures.planks(brush, 0, Rooms.FLOOR, W, H - Rooms.FLOOR, 30, false, "#855b36");
        boxes(brush, 20, 470);
        trunk(brush, 690, 470);
        rockingHorse(brush, 200, Rooms.FLOOR + 6);
        brush.rect(520, Rooms.FLOOR - 90, 70, 96, "#8d99a3", "rx=\"6\"");
        brush.ellipse(555, Rooms.FLOOR - 96, 40, 12, "#b0bec5");
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

    static void bedroom(Brush brush) {
        brush.rect(0, 0, W, Rooms.FLOOR, "#cfe3f7");
        Outline pattern = new Outline();
        for (int y = 30; y < Rooms.FLOOR - 30; y += 60) {
            for (int x = (y / 60) % 2 == 0 ? 30 : 60; x < W; x += 60) {
                pattern.dot(x, y, 5);
            }
        }
        brush.fill(pattern, "#b3cdea");
        Scenery.window(brush, 440, 90, 180, 160, "#ffffff");
        Scenery.curtains(brush, 440, 90, 180, 160, "#f7a1c4");
        Scenery.painting(brush, 100, 90, 110, 80, "#bfe3ff");
        bed(brush, 20, Rooms.FLOOR + 6);
        nightstand(brush, 360, Rooms.FLOOR + 6);
        Rooms.skirting(brush);
        Rooms.floorboards(brush, "#c89b6d");
        brush.ellipse(430, 520, 200, 50, "#9b5de5");
        brush.svg.ellipse(430, 520, 170, 38, "none", "stroke=\"" + brush.tone("#ffd23f") + "\" stroke-width=\"6\" stroke-dasharray=\"14 10\"");
        toyBox(brush, 730, 590);
    }

    static void bed(Brush brush, double x, double base) {
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
        brush.rect(0, 0, W, Rooms.FLOOR, "#f3d9c4");
        Outline stripes = new Outline();
        for (int x = 0; x < W; x += 50) {
            stripes.rect(x, 0, 20, Rooms.FLOOR);
        }
        brush.fill(stripes, "#efcfb6");
        Scenery.window(brush, 560, 100, 170, 150, "#ffffff");
        Scenery.curtains(brush, 560, 100, 170, 150, "#2a9d8f");
        fireplace(brush, 400, Rooms.FLOOR);
        Scenery.painting(brush, 60, 120, 140, 90, "#bfe3ff");
        sofa(brush, 130, Rooms.FLOOR + 8);
        Rooms.skirting(brush);
        Rooms.floorboards(brush, "#b98458");
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
}
