package com.novastoryteller.engine.embedded.picture;

import java.util.List;

/** Places by or in water: seaside, island, underwater, river, lake, swamp, harbour and a pirate ship's deck. */
final class Waters {

    private static final int W = Settings.WIDTH;
    private static final int H = Settings.HEIGHT;

    private Waters() {
    }

    static List<Place> places() {
        return List.of(new Place("seaside", Place.Kind.OPEN_AIR, Waters::seaside),
                new Place("island", Place.Kind.OPEN_AIR, Waters::island),
                new Place("underwater", Place.Kind.SHELTERED, Waters::underwater),
                new Place("river", Place.Kind.OPEN_AIR, Waters::river),
                new Place("lake", Place.Kind.OPEN_AIR, Waters::lake),
                new Place("swamp", Place.Kind.OPEN_AIR, Waters::swamp),
                new Place("harbour", Place.Kind.OPEN_AIR, Waters::harbour),
                new Place("pirate ship", Place.Kind.OPEN_AIR, Waters::pirateShip));
    }

    /** The sea from the horizon down to {@code bottom}, darker far off, with waves. */
    private static void sea(Brush brush, double top, double bottom) {
        brush.rect(0, top, W, bottom - top, "#4aa3df");
        brush.rect(0, top, W, 16, "#3b8fd0");
        Textures.waves(brush, 0, W, top + 12, bottom - 6, (int) ((bottom - top) / 7), "#ffffff", 2.5);
    }

    static void seaside(Brush brush) {
        sea(brush, 330, 470);
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

    private static void starfish(Brush brush, double x, double y) {
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
        sea(brush, 340, H);
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

    static void underwater(Brush brush) {
        brush.svg.verticalGradient("water", brush.tone("#5cc8ee"), brush.tone("#0b4f8a"));
        brush.svg.rect(0, 0, W, H, "url(#water)", "");
        brush.fill(new Outline().moveTo(0, 0).lineTo(W, 0).lineTo(W, 24).quadTo(700, 36, 600, 24).quadTo(500, 12, 400, 24)
                .quadTo(300, 36, 200, 24).quadTo(100, 12, 0, 24).close(), "#a8e4f7", "opacity=\"0.7\"");
        Outline rays = new Outline();
        for (int x = 60; x < W; x += 170) {
            rays.polygon(x, 0, x + 50, 0, x + 120, 430, x + 40, 430);
        }
        brush.glow(rays, "#ffffff", "opacity=\"0.08\"");
        Scenery.ridge(brush, 420, 110, 4, "#1f6f9c");
        fishShadows(brush);
        brush.fill(new Outline().moveTo(0, 450).quadTo(400, 416, W, 450).lineTo(W, H).lineTo(0, H).close(), "#e8d3a0");
        Textures.ripples(brush, 0, W, 470, 595, 16, "#cdb27c");
        seaweed(brush, new double[] { 30, 70, 110, 700, 740, 770 });
        coral(brush, 60, 600, "#f15bb5");
        coral(brush, 740, 590, "#ff8a3d");
        brush.fill(new Outline().dot(180, 450, 26).dot(620, 448, 22), "#e76f51");
        brush.stroke(new Outline().moveTo(165, 440).quadTo(180, 430, 195, 440).moveTo(168, 452).quadTo(180, 444, 192, 452)
                .moveTo(608, 440).quadTo(620, 432, 632, 440), "#c2553d", 2);
        fish(brush, 230, 230, 1, "#ff8a3d");
        fish(brush, 520, 160, -0.8, "#ffd23f");
        fish(brush, 600, 300, -1.1, "#4cc9f0");
        starfish(brush, 420, 570);
        Outline bubbles = new Outline();
        for (int n = 0; n < 12; n++) {
            bubbles.dot(brush.between(150, 650), brush.between(40, 380), 3 + brush.random.nextInt(6));
        }
        brush.stroke(bubbles, "#e0f7ff", 2, "opacity=\"0.8\"");
    }

    private static void fishShadows(Brush brush) {
        Outline shoal = new Outline();
        for (int n = 0; n < 7; n++) {
            double x = 380 + n * 22 + brush.between(0, 10);
            double y = 110 + (n % 3) * 14;
            shoal.moveTo(x, y).quadTo(x + 8, y - 5, x + 14, y).quadTo(x + 8, y + 5, x, y).close().polygon(x, y, x - 6, y - 4, x - 6, y + 4);
        }
        brush.fill(shoal, "#2d7fb0");
    }

    private static void fish(Brush brush, double x, double y, double scale, String colour) {
        double s = Math.abs(scale);
        double d = Math.signum(scale);
        brush.fill(new Outline().moveTo(x - 34 * s * d, y).quadTo(x, y - 24 * s, x + 30 * s * d, y).quadTo(x, y + 24 * s, x - 34 * s * d, y)
                .close().polygon(x - 30 * s * d, y, x - 52 * s * d, y - 16 * s, x - 52 * s * d, y + 16 * s), colour);
        brush.stroke(new Outline().moveTo(x - 6 * s * d, y - 16 * s).quadTo(x - 12 * s * d, y, x - 6 * s * d, y + 16 * s), "#ffffff", 4 * s);
        brush.circle(x + 16 * s * d, y - 4 * s, 3.5 * s, "#1b1b1b");
    }

    private static void seaweed(Brush brush, double[] xs) {
        Outline weed = new Outline();
        for (double x : xs) {
            double top = 200 + brush.between(0, 160);
            weed.moveTo(x, H);
            for (double y = H; y > top; y -= 60) {
                weed.quadTo(x + 18, y - 30, x, y - 60 < top ? top : y - 60).quadTo(x - 18, y - 90, x, y - 120 < top ? top : y - 120);
                y -= 60;
            }
        }
        brush.stroke(weed, "#2f9e5a", 9);
    }

    private static void coral(Brush brush, double x, double base, String colour) {
        Outline branches = new Outline().moveTo(x, base).lineTo(x, base - 60).lineTo(x - 26, base - 100).moveTo(x, base - 60)
                .lineTo(x + 24, base - 96).lineTo(x + 20, base - 130).moveTo(x - 13, base - 80).lineTo(x - 34, base - 78)
                .moveTo(x + 12, base - 78).lineTo(x + 40, base - 80).moveTo(x, base - 40).lineTo(x - 22, base - 56);
        brush.stroke(branches, colour, 10);
    }

    static void river(Brush brush) {
        Scenery.ridge(brush, 392, 100, 3, "#a8d8a0");
        brush.fill(new Outline().moveTo(560, 392).lineTo(580, 300).lineTo(610, 282).lineTo(676, 286).lineTo(704, 310).lineTo(720, 392).close(),
                "#9a948c");
        brush.fill(new Outline().moveTo(610, 282).lineTo(676, 286).lineTo(690, 300).quadTo(640, 290, 596, 296).close(), "#6fa35e");
        waterfall(brush, 640, 292, 384);
        for (double x : new double[] { 40, 120, 480, 760 }) {
            Scenery.tree(brush, x, 396, 0.45, "#4ea35c");
        }
        // the river winds down from the waterfall and runs wide across the picture behind the near bank
        brush.fill(new Outline().moveTo(600, 384).lineTo(680, 384).quadTo(700, 396, W, 392).lineTo(W, 470).quadTo(600, 458, 400, 472)
                .quadTo(200, 484, 0, 466).lineTo(0, 404).quadTo(200, 394, 420, 404).quadTo(560, 402, 600, 384).close(), "#4fa8e8");
        brush.stroke(new Outline().moveTo(40, 430).quadTo(70, 424, 100, 430).moveTo(300, 446).quadTo(340, 440, 380, 446).moveTo(520, 424)
                .quadTo(560, 418, 600, 424).moveTo(660, 446).quadTo(700, 440, 740, 446).moveTo(160, 414).quadTo(190, 410, 220, 414)
                .moveTo(440, 456).quadTo(470, 450, 500, 456).moveTo(620, 400).quadTo(640, 396, 660, 400), "#d6efff", 3);
        bridge(brush, 250, 396, 466);
        duck(brush, 560, 440);
        brush.fill(new Outline().moveTo(0, 466).quadTo(200, 484, 400, 472).quadTo(600, 458, W, 470).lineTo(W, H).lineTo(0, H).close(),
                "#d3c7ae");
        Textures.cobbles(brush, 0, W, 476, 512, 34, "#bdb2a0", "#8f887c");
        brush.fill(new Outline().moveTo(0, 520).quadTo(400, 500, W, 524).lineTo(W, H).lineTo(0, H).close(), "#6cc070");
        Textures.tufts(brush, 0, W, 530, 596, 26, "#4e9f55");
        Textures.flowers(brush, 0, W, 540, 596, 8, "#ffd23f", "#ffffff");
        reeds(brush, new double[] { 20, 44, 70, 730, 752, 778 }, 490);
    }

    private static void waterfall(Brush brush, double x, double top, double bottom) {
        brush.fill(new Outline().polygon(x - 30, top, x + 30, top, x + 40, bottom, x - 40, bottom), "#9fd8f7");
        brush.stroke(new Outline().moveTo(x - 14, top + 10).lineTo(x - 18, bottom - 10).moveTo(x + 10, top + 16).lineTo(x + 14, bottom - 6),
                "#ffffff", 4);
        brush.fill(new Outline().dot(x - 30, bottom, 14).dot(x, bottom - 4, 16).dot(x + 30, bottom, 14), "#ffffff");
    }

    /** A stone bridge arching over the river, its far end at {@code x}. */
    private static void bridge(Brush brush, double x, double top, double water) {
        Outline bridge = new Outline().moveTo(x - 130, water).quadTo(x - 100, top - 36, x, top - 40).quadTo(x + 100, top - 36, x + 130, water)
                .lineTo(x + 80, water).quadTo(x, top - 10, x - 80, water).close();
        brush.fill(bridge, "#b8aa98", "stroke=\"" + brush.tone("#7d6e5e") + "\" stroke-width=\"3\"");
        brush.stroke(new Outline().moveTo(x - 120, water - 28).quadTo(x - 90, top - 44, x, top - 48).quadTo(x + 90, top - 44, x + 120,
                water - 28), "#7d6e5e", 5);
    }

    private static void duck(Brush brush, double x, double y) {
        brush.fill(new Outline().moveTo(x - 22, y).quadTo(x - 24, y - 18, x, y - 14).quadTo(x + 20, y - 12, x + 18, y).close(), "#ffffff");
        brush.circle(x + 12, y - 22, 9, "#2a9d8f");
        brush.fill(new Outline().polygon(x + 19, y - 24, x + 30, y - 20, x + 19, y - 18), "#ff9f1c");
    }

    private static void reeds(Brush brush, double[] xs, double base) {
        Outline stems = new Outline();
        Outline heads = new Outline();
        for (double x : xs) {
            double top = base - 90 - brush.between(0, 50);
            stems.moveTo(x, base + 40).quadTo(x + 4, base - 30, x + 2, top);
            heads.rect(x - 3, top, 10, 30);
        }
        brush.stroke(stems, "#4e8a3c", 4);
        brush.fill(heads, "#7a5230", "rx=\"5\"");
    }

    static void lake(Brush brush) {
        Scenery.peaks(brush, 380, new double[][] { { 180, 220, 200 }, { 470, 180, 230 }, { 700, 240, 170 } }, "#94a7c4", "#ffffff");
        Scenery.ridge(brush, 380, 40, 6, "#5f9e6e");
        for (int x = 10; x < W; x += 38) {
            Scenery.pine(brush, x + brush.between(0, 10), 368 + brush.between(0, 6), 0.35, "#2f7d4a", null);
        }
        brush.fill(new Outline().moveTo(0, 362).lineTo(W, 362).lineTo(W, 452).quadTo(400, 470, 0, 452).close(), "#4a9fd8");
        brush.stroke(new Outline().moveTo(100, 380).lineTo(240, 380).moveTo(380, 392).lineTo(560, 392).moveTo(200, 410).lineTo(330, 410)
                .moveTo(600, 404).lineTo(720, 404).moveTo(420, 428).lineTo(520, 428), "#bfe3ff", 3, "opacity=\"0.8\"");
        rowingBoat(brush, 470, 402);
        Outline pads = new Outline();
        for (double[] pad : new double[][] { { 90, 430 }, { 150, 440 }, { 660, 436 }, { 300, 446 } }) {
            pads.moveTo(pad[0], pad[1]).lineTo(pad[0] + 18, pad[1] - 4).quadTo(pad[0] + 22, pad[1] + 8, pad[0], pad[1] + 8)
                    .quadTo(pad[0] - 22, pad[1] + 6, pad[0] - 18, pad[1] - 4).close();
        }
        brush.fill(pads, "#4caf50");
        Textures.flowers(brush, 145, 155, 434, 436, 1, "#f7a1c4");
        jetty(brush);
        brush.fill(new Outline().moveTo(0, 452).quadTo(400, 470, W, 452).lineTo(W, H).lineTo(0, H).close(), "#79c26f");
        Textures.tufts(brush, 0, W, 472, 595, 34, "#5aa055");
        Textures.cobbles(brush, 0, W, 462, 480, 10, "#b9b2a6", "#8f887c");
        reeds(brush, new double[] { 24, 50, 80 }, 476);
    }

    private static void rowingBoat(Brush brush, double x, double water) {
        brush.fill(new Outline().moveTo(x - 46, water - 14).lineTo(x + 46, water - 14).quadTo(x + 40, water + 2, x + 26, water + 2)
                .lineTo(x - 26, water + 2).quadTo(x - 40, water + 2, x - 46, water - 14).close(), "#c0392b");
        brush.rect(x - 42, water - 18, 84, 5, "#8a5a35");
        brush.line(x - 10, water - 16, x - 50, water + 4, "#8a5a35", 3);
    }

    private static void jetty(Brush brush) {
        brush.fill(new Outline().polygon(640, 418, W, 412, W, 446, 620, 446), "#a9764a");
        Textures.planks(brush, 620, 412, 180, 34, 1000, false, "#7a5230");
        brush.stroke(new Outline().moveTo(680, 416).lineTo(680, 446).moveTo(730, 414).lineTo(730, 446).moveTo(640, 418).lineTo(640, 446),
                "#7a5230", 3);
        brush.fill(new Outline().rect(652, 446, 8, 22).rect(742, 446, 8, 22), "#6d4c41");
    }

    static void swamp(Brush brush) {
        Scenery.ridge(brush, 400, 90, 8, "#5b7352");
        for (double x : new double[] { 180, 300, 520, 620 }) {
            drooping(brush, x, 410, 0.7, "#4d6b45");
        }
        brush.fill(new Outline().moveTo(0, 420).quadTo(400, 404, W, 420).lineTo(W, H).lineTo(0, H).close(), "#6b7a45");
        Outline pools = new Outline();
        pools.moveTo(130, 470).quadTo(260, 440, 420, 462).quadTo(560, 450, 660, 478).quadTo(520, 512, 380, 498).quadTo(220, 510, 130, 470)
                .close();
        pools.moveTo(180, 560).quadTo(300, 530, 420, 556).quadTo(300, 590, 180, 560).close();
        brush.fill(pools, "#4f6b3c");
        brush.stroke(new Outline().moveTo(200, 472).lineTo(260, 472).moveTo(420, 482).lineTo(500, 482).moveTo(250, 560).lineTo(320, 560),
                "#7e9a5a", 3);
        Outline pads = new Outline();
        for (double[] pad : new double[][] { { 300, 478 }, { 520, 474 }, { 340, 566 } }) {
            pads.moveTo(pad[0], pad[1]).lineTo(pad[0] + 16, pad[1] - 3).quadTo(pad[0] + 20, pad[1] + 7, pad[0], pad[1] + 7)
                    .quadTo(pad[0] - 20, pad[1] + 5, pad[0] - 16, pad[1] - 3).close();
        }
        brush.fill(pads, "#5aa04a");
        frog(brush, 520, 470);
        Textures.tufts(brush, 0, W, 440, 595, 30, "#50602f");
        drooping(brush, 40, 600, 1.5, "#44603c");
        drooping(brush, W - 40, 600, 1.4, "#44603c");
        reeds(brush, new double[] { 110, 130, 680, 700 }, 520);
        // mist lying over the water, thinner at its edges
        Outline mist = new Outline();
        for (double[] bank : new double[][] { { 60, 392, 170 }, { 330, 402, 200 }, { 620, 388, 180 } }) {
            mist.moveTo(bank[0] - bank[2], bank[1]).quadTo(bank[0], bank[1] - 22, bank[0] + bank[2], bank[1]).quadTo(bank[0], bank[1] + 16,
                    bank[0] - bank[2], bank[1]).close();
        }
        brush.fill(mist, "#eef3e6", "opacity=\"0.45\"");
    }

    /** A bare, twisted swamp tree with moss hanging from its branches. */
    private static void drooping(Brush brush, double x, double base, double scale, String moss) {
        Outline tree = new Outline().moveTo(x - 16 * scale, base).quadTo(x - 4 * scale, base - 120 * scale, x - 10 * scale, base - 200 * scale)
                .lineTo(x + 6 * scale, base - 200 * scale).quadTo(x + 8 * scale, base - 110 * scale, x + 18 * scale, base).close();
        brush.fill(tree, "#5b4a3a");
        Outline branches = new Outline().moveTo(x - 6 * scale, base - 180 * scale).quadTo(x - 50 * scale, base - 210 * scale, x - 90 * scale,
                base - 190 * scale).moveTo(x, base - 160 * scale).quadTo(x + 50 * scale, base - 200 * scale, x + 86 * scale, base - 176 * scale)
                .moveTo(x - 4 * scale, base - 196 * scale).lineTo(x - 20 * scale, base - 240 * scale);
        brush.stroke(branches, "#5b4a3a", 8 * scale);
        Outline hanging = new Outline();
        for (double[] strand : new double[][] { { -80, -190 }, { -60, -200 }, { -40, -200 }, { 40, -190 }, { 60, -186 }, { 80, -178 } }) {
            double sx = x + strand[0] * scale;
            double sy = base + strand[1] * scale;
            hanging.moveTo(sx - 5 * scale, sy).lineTo(sx + 5 * scale, sy).lineTo(sx + 1 * scale, sy + 60 * scale).lineTo(sx - 1 * scale,
                    sy + 60 * scale).close();
        }
        brush.fill(hanging, moss);
    }

    private static void frog(Brush brush, double x, double y) {
        brush.ellipse(x, y - 8, 14, 9, "#3fae3f");
        brush.fill(new Outline().dot(x - 7, y - 16, 5).dot(x + 7, y - 16, 5), "#3fae3f");
        brush.fill(new Outline().dot(x - 7, y - 17, 2).dot(x + 7, y - 17, 2), "#1b1b1b");
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

    static void pirateShip(Brush brush) {
        brush.rect(0, 300, W, 110, "#3f8ccc");
        Textures.waves(brush, 0, W, 310, 400, 14, "#d6efff", 2);
        brush.fill(new Outline().moveTo(80, 305).quadTo(150, 260, 230, 305).close(), "#6f9a7a");
        brush.stroke(new Outline().moveTo(150, 285).quadTo(156, 262, 168, 252), "#5a7a56", 3);
        brush.rect(0, 380, W, 16, "#6d4c41");
        Outline balusters = new Outline();
        for (int x = 10; x < W; x += 34) {
            balusters.rect(x, 396, 12, 44);
        }
        brush.fill(balusters, "#8a5a35");
        brush.rect(0, 436, W, 14, "#6d4c41");
        brush.rect(0, 450, W, H - 450, "#a9764a");
        Outline seams = new Outline();
        for (int n = -6; n <= 6; n++) {
            seams.moveTo(400 + n * 60, 450).lineTo(400 + n * 110, H);
        }
        brush.stroke(seams, "#7a5230", 2);
        Outline ropes = new Outline().moveTo(735, 40).lineTo(560, 388).moveTo(735, 80).lineTo(620, 388).moveTo(735, 120).lineTo(680, 388);
        for (int n = 1; n < 6; n++) {
            double y = 388 - n * 50;
            ropes.moveTo(560 + n * 25, y).lineTo(680 + n * 8.5, y);
        }
        brush.stroke(ropes, "#5a4636", 2.5);
        brush.fill(new Outline().moveTo(560, 60).quadTo(520, 170, 560, 290).lineTo(730, 290).lineTo(730, 60).close(), "#f4ead5",
                "stroke=\"" + brush.tone("#c9b48a") + "\" stroke-width=\"3\"");
        brush.fill(new Outline().moveTo(580, 310).quadTo(560, 350, 580, 372).lineTo(730, 372).lineTo(730, 310).close(), "#f4ead5");
        brush.rect(722, 0, 26, H, "#6d4c41");
        brush.rect(540, 52, 210, 10, "#5a3d2e", "rx=\"4\"");
        brush.rect(560, 300, 190, 9, "#5a3d2e", "rx=\"4\"");
        jollyRoger(brush, 640, 12);
        barrel(brush, 300, 452);
        barrel(brush, 368, 446);
        wheel(brush, 64, 520);
        cannon(brush, 770, 470);
    }

    private static void jollyRoger(Brush brush, double x, double y) {
        brush.fill(new Outline().moveTo(x, y).lineTo(x + 80, y + 4).quadTo(x + 70, y + 24, x + 82, y + 48).lineTo(x, y + 46).close(), "#1b1b1b");
        brush.fill(new Outline().dot(x + 38, y + 18, 10).rect(x + 32, y + 22, 12, 8), "#ffffff");
        brush.stroke(new Outline().moveTo(x + 24, y + 30).lineTo(x + 54, y + 42).moveTo(x + 54, y + 30).lineTo(x + 24, y + 42), "#ffffff", 4);
        brush.fill(new Outline().dot(x + 34, y + 18, 2.5).dot(x + 42, y + 18, 2.5), "#1b1b1b");
    }

    private static void wheel(Brush brush, double x, double y) {
        Outline spokes = new Outline();
        for (int n = 0; n < 8; n++) {
            double angle = Math.PI * n / 4;
            spokes.moveTo(x, y).lineTo(x + 56 * Math.cos(angle), y + 56 * Math.sin(angle));
        }
        brush.stroke(spokes, "#6d4c41", 7);
        brush.svg.circle(x, y, 40, "none", "stroke=\"" + brush.tone("#8a5a35") + "\" stroke-width=\"10\"");
        brush.circle(x, y, 10, "#c9a227");
        brush.rect(x - 8, y + 40, 16, H - y - 40, "#5a3d2e");
    }

    private static void barrel(Brush brush, double x, double base) {
        brush.fill(new Outline().moveTo(x - 30, base).quadTo(x - 40, base - 40, x - 30, base - 80).lineTo(x + 30, base - 80)
                .quadTo(x + 40, base - 40, x + 30, base).close(), "#a0703e");
        brush.stroke(new Outline().moveTo(x - 34, base - 20).lineTo(x + 34, base - 20).moveTo(x - 34, base - 60).lineTo(x + 34, base - 60),
                "#3d405b", 5);
    }

    private static void cannon(Brush brush, double x, double base) {
        brush.fill(new Outline().polygon(x - 70, base - 44, x + 30, base - 60, x + 30, base - 30, x - 70, base - 30), "#2b2d42");
        brush.circle(x - 72, base - 37, 10, "#2b2d42");
        brush.circle(x - 10, base - 16, 18, "#6d4c41");
    }
}
