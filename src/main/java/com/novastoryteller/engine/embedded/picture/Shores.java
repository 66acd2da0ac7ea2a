package com.novastoryteller.engine.embedded.picture;

/**
 * Places where the land meets the sea: seaside, island and harbour, with their boats, birds and beach things.
 */
final class Shores {

    private static final int W = Settings.WIDTH;
    private static final int H = Settings.HEIGHT;

    private Shores() {
    }

    static void seaside(Brush brush) {
        Waters.sea(brush, 330, 470);
        brush.fill(new Outline().moveTo(60, 332).quadTo(130, 300, 200, 332).close(), "#6f9a7a");
        sailboat(brush, 330, 352, 0.7);
        lighthouse(brush, 740, 300);
        brush.fill(new Outline().moveTo(0, 452).quadTo(300, 426, 560, 444).quadTo(700, 452, W, 446).lineTo(W, H).lineTo(0, H).close(),
                "#e2be7f");
        brush.fill(new Outline().moveTo(0, 466).quadTo(300, 440, 560, 458).quadTo(700, 466, W, 460).lineTo(W, H).lineTo(0, H).close(),
                "#f2d49b");
        brush.stroke(new Outline().moveTo(0, 452).quadTo(150, 436, 300, 440).quadTo(430, 440, 560, 444).quadTo(700, 452, W, 446),
                "#ffffff", 4, "opacity=\"0.85\"");
        Textures.ripples(brush, 0, W, 480, 595, 18, "#e0b978");
        starfish(brush, 180, 560);
        starfish(brush, 612, 520);
        Textures.dots(brush, 120, 680, 490, 590, 10, 4, "#f7e7c6");
        umbrella(brush, 70, 590);
        sandcastle(brush, 740, 590);
        gulls(brush, 260, 120);
    }

    private static void sailboat(Brush brush, double x, double water, double scale) {
        brush.fill(new Outline().polygon(x - 40 * scale, water - 14 * scale, x + 40 * scale, water - 14 * scale, x + 28 * scale, water,
                x - 28 * scale, water), "#b5533c");
        brush.rect(x - 2 * scale, water - 90 * scale, 4 * scale, 76 * scale, "#6d4c41");
        brush.fill(new Outline().polygon(x + 3 * scale, water - 88 * scale, x + 40 * scale, water - 20 * scale, x + 3 * scale,
                water - 20 * scale), "#ffffff");
        brush.fill(new Outline().polygon(x - 3 * scale, water - 70 * scale, x - 30 * scale, water - 20 * scale, x - 3 * scale,
                water - 20 * scale), "#f1e3c8");
    }

    /** A red and white lighthouse on its cliff at the right; its lamp shines after dark. */
    private static void lighthouse(Brush brush, double x, double top) {
        brush.fill(new Outline().moveTo(680, H).lineTo(690, 330).quadTo(720, 290, 800, 286).lineTo(W, H).close(), "#8d7b68");
        brush.fill(new Outline().moveTo(700, 330).quadTo(730, 300, 800, 296).lineTo(800, 320).quadTo(740, 320, 700, 345).close(), "#6fa35e");
        double base = top + 10;
        brush.fill(new Outline().polygon(x - 26, base, x - 18, base - 160, x + 18, base - 160, x + 26, base), "#ffffff");
        brush.fill(new Outline().polygon(x - 24, base - 40, x - 22, base - 75, x + 22, base - 75, x + 24, base - 40)
                .polygon(x - 21, base - 110, x - 19, base - 140, x + 19, base - 140, x + 21, base - 110), "#e63946");
        brush.rect(x - 22, base - 166, 44, 8, "#3d405b");
        if (brush.lampsLit()) {
            brush.glow(new Outline().polygon(x, base - 182, x - 260, base - 230, x - 260, base - 150), "#fff3b0", "opacity=\"0.35\"");
        }
        brush.svg.rect(x - 14, base - 192, 28, 26, brush.litOr("#bfe3ff", "#ffe066"), "stroke=\"" + brush.tone("#3d405b") + "\" stroke-width=\"3\"");
        brush.fill(new Outline().polygon(x - 20, base - 192, x, base - 212, x + 20, base - 192), "#e63946");
    }

    static void starfish(Brush brush, double x, double y) {
        Outline star = new Outline().moveTo(x, y - 12);
        for (int n = 1; n <= 10; n++) {
            double angle = -Math.PI / 2 + Math.PI * n / 5;
            double r = n % 2 == 0 ? 12 : 5;
            star.lineTo(x + r * Math.cos(angle), y + r * Math.sin(angle) * 0.7);
        }
        brush.fill(star.close(), "#ff8a3d");
    }

    private static void umbrella(Brush brush, double x, double base) {
        brush.line(x, base, x + 10, base - 200, "#6d4c41", 5);
        double topX = x + 10;
        double topY = base - 200;
        brush.fill(new Outline().moveTo(topX - 80, topY + 30).quadTo(topX - 70, topY - 36, topX, topY - 40).quadTo(topX + 70, topY - 36,
                topX + 80, topY + 30).close(), "#e63946");
        brush.fill(new Outline().moveTo(topX - 28, topY + 28).quadTo(topX - 26, topY - 30, topX, topY - 40).quadTo(topX + 26, topY - 30,
                topX + 28, topY + 28).close(), "#ffffff");
    }

    private static void sandcastle(Brush brush, double x, double base) {
        brush.fill(new Outline().rect(x - 44, base - 50, 88, 50).rect(x - 52, base - 80, 30, 80).rect(x + 22, base - 80, 30, 80)
                .rect(x - 16, base - 96, 32, 46), "#e3b96f");
        brush.fill(new Outline().rect(x - 52, base - 88, 8, 8).rect(x - 37, base - 88, 8, 8).rect(x - 30, base - 88, 8, 8)
                .rect(x + 22, base - 88, 8, 8).rect(x + 44, base - 88, 8, 8).rect(x - 16, base - 104, 8, 8).rect(x + 8, base - 104, 8, 8),
                "#e3b96f");
        brush.fill(new Outline().moveTo(x - 9, base).quadTo(x, base - 30, x + 9, base).close(), "#b98a44");
        brush.stroke(new Outline().moveTo(x, base - 104).lineTo(x, base - 130), "#6d4c41", 2);
        brush.fill(new Outline().polygon(x, base - 130, x + 18, base - 124, x, base - 118), "#e63946");
    }

    private static void gulls(Brush brush, double x, double y) {
        Outline gulls = new Outline();
        for (double[] gull : new double[][] { { x, y }, { x + 40, y + 24 }, { x + 90, y - 10 } }) {
            gulls.moveTo(gull[0] - 14, gull[1]).quadTo(gull[0] - 7, gull[1] - 10, gull[0], gull[1]).quadTo(gull[0] + 7, gull[1] - 10,
                    gull[0] + 14, gull[1]);
        }
        brush.stroke(gulls, "#3d405b", 3);
    }

    static void island(Brush brush) {
        Waters.sea(brush, 340, H);
        brush.fill(new Outline().moveTo(90, 345).quadTo(150, 300, 230, 345).close(), "#6f9a7a");
        brush.stroke(new Outline().moveTo(160, 320).quadTo(165, 300, 175, 290), "#5a7a56", 3);
        brush.fill(new Outline().moveTo(20, H).quadTo(-10, 470, 150, 440).quadTo(400, 404, 650, 440).quadTo(810, 462, 780, H).close(),
                "#ffffff", "opacity=\"0.8\"");
        brush.fill(new Outline().moveTo(34, H).quadTo(6, 478, 150, 450).quadTo(400, 416, 650, 450).quadTo(796, 470, 766, H).close(),
                "#f4d8a0");
        brush.fill(new Outline().moveTo(120, 448).quadTo(400, 400, 680, 448).quadTo(400, 432, 120, 448).close(), "#6fbf5a");
        Textures.ripples(brush, 60, 740, 480, 595, 16, "#e2bd7d");
        Scenery.palm(brush, 100, 520, 1.15, 1);
        Scenery.palm(brush, 705, 500, 1.0, -1);
        Scenery.bush(brush, 300, 446, 0.6, "#4caf50");
        crab(brush, 620, 560);
        gulls(brush, 420, 110);
    }

    private static void crab(Brush brush, double x, double y) {
        brush.stroke(new Outline().moveTo(x - 18, y).lineTo(x - 28, y + 10).moveTo(x + 18, y).lineTo(x + 28, y + 10)
                .moveTo(x - 14, y - 6).quadTo(x - 26, y - 20, x - 16, y - 24).moveTo(x + 14, y - 6).quadTo(x + 26, y - 20, x + 16, y - 24),
                "#d62828", 3);
        brush.ellipse(x, y, 20, 12, "#e63946");
        brush.fill(new Outline().dot(x - 6, y - 12, 3).dot(x + 6, y - 12, 3), "#1b1b1b");
    }

    static void harbour(Brush brush) {
        Scenery.ridge(brush, 340, 80, 3, "#8fbf7f");
        String[] walls = { "#f6bd60", "#f28482", "#84a59d", "#f7ede2", "#90c2e7", "#f4a261" };
        for (int n = 0; n < 6; n++) {
            double x = 40 + n * 120 + brush.between(0, 20);
            Scenery.house(brush, x, 336 - (n % 2) * 10, 56, 44, walls[n], "#b5533c");
        }
        brush.rect(0, 336, W, 110, "#3f8ccc");
        brush.rect(0, 336, W, 10, "#36679a");
        Textures.waves(brush, 0, W, 350, 440, 14, "#d6efff", 2);
        fishingBoat(brush, 200, 430, "#e63946");
        fishingBoat(brush, 520, 420, "#457b9d");
        brush.fill(new Outline().polygon(700, 336, 790, 336, 790, 350, 700, 350), "#8d7b68");
        brush.fill(new Outline().polygon(738, 336, 742, 290, 756, 290, 760, 336), "#ffffff");
        brush.rect(740, 280, 18, 12, brush.night() ? "#ffe066" : "#e63946");
        brush.rect(0, 444, W, H - 444, "#a9764a");
        brush.rect(0, 444, W, 12, "#6d4c41");
        Textures.planks(brush, 0, 456, W, H - 456, 26, false, "#7a5230");
        bollard(brush, 80, 500);
        bollard(brush, 720, 520);
        brush.stroke(new Outline().moveTo(80, 488).quadTo(140, 470, 200, 436), "#c9a66b", 3);
        crate(brush, 30, 600, 70);
        crate(brush, 700, 450, 50);
        gulls(brush, 330, 140);
    }

    private static void fishingBoat(Brush brush, double x, double water, String hull) {
        brush.fill(new Outline().moveTo(x - 80, water - 40).lineTo(x + 90, water - 40).quadTo(x + 80, water, x + 50, water)
                .lineTo(x - 60, water).quadTo(x - 76, water - 10, x - 80, water - 40).close(), hull);
        brush.rect(x - 78, water - 44, 168, 8, "#ffffff");
        brush.rect(x - 20, water - 78, 52, 36, "#ffffff", "stroke=\"" + brush.tone("#3d405b") + "\" stroke-width=\"2\"");
        brush.svg.rect(x - 12, water - 70, 14, 12, brush.litOr("#bfe3ff", "#ffe066"), "");
        brush.svg.rect(x + 10, water - 70, 14, 12, brush.litOr("#bfe3ff", "#ffe066"), "");
        brush.line(x - 50, water - 44, x - 50, water - 130, "#6d4c41", 4);
        brush.stroke(new Outline().moveTo(x - 50, water - 130).lineTo(x + 80, water - 44), "#3d405b", 1.5);
    }

    private static void bollard(Brush brush, double x, double base) {
        brush.rect(x - 12, base - 34, 24, 34, "#2b2d42", "rx=\"4\"");
        brush.rect(x - 17, base - 40, 34, 10, "#2b2d42", "rx=\"5\"");
    }

    private static void crate(Brush brush, double x, double base, double size) {
        brush.rect(x, base - size, size, size, "#c9955a", "stroke=\"" + brush.tone("#7a5230") + "\" stroke-width=\"3\"");
        brush.stroke(new Outline().moveTo(x, base - size).lineTo(x + size, base).moveTo(x, base - size / 2).lineTo(x + size, base - size / 2),
                "#7a5230", 3);
    }
}
