package com.novastoryteller.engine.embedded.picture;

import java.util.List;

/** Places by or in water: seaside, island, underwater, river, lake, swamp, harbour and a pirate ship's deck. */
final class Waters {

    private static final int W = Settings.WIDTH;
    private static final int H = Settings.HEIGHT;

    private Waters() {
    }

    static List<Place> places() {
        return List.of(new Place("seaside", Place.Kind.OPEN_AIR, Shores::seaside),
                new Place("island", Place.Kind.OPEN_AIR, Shores::island),
                new Place("underwater", Place.Kind.SHELTERED, Waters::underwater),
                new Place("river", Place.Kind.OPEN_AIR, Freshwaters::river),
                new Place("lake", Place.Kind.OPEN_AIR, Freshwaters::lake),
                new Place("swamp", Place.Kind.OPEN_AIR, Freshwaters::swamp),
                new Place("harbour", Place.Kind.OPEN_AIR, Shores::harbour),
                new Place("pirate ship", Place.Kind.OPEN_AIR, Waters::pirateShip));
    }

    /** The sea from the horizon down to {@code bottom}, darker far off, with waves. */
    static void sea(Brush brush, double top, double bottom) {
        brush.rect(0, top, W, bottom - top, "#4aa3df");
        brush.rect(0, top, W, 16, "#3b8fd0");
        Textures.waves(brush, 0, W, top + 12, bottom - 6, (int) ((bottom - top) / 7), "#ffffff", 2.5);
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
        Shores.starfish(brush, 420, 570);
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
