package com.novastoryteller.engine.embedded.picture;

import java.util.List;

/** Open country: meadow, forest, jungle, HighWilds.mountains (bare and snowy), volcano, desert, arctic, sky, night sky and cave. */
final class Wilds {

    private static final int W = Settings.WIDTH;
    private static final int H = Settings.HEIGHT;

    private Wilds() {
    }

    static List<Place> places() {
        return List.of(new Place("meadow", Place.Kind.OPEN_AIR, Wilds::meadow),
                new Place("forest", Place.Kind.OPEN_AIR, Wilds::forest),
                new Place("jungle", Place.Kind.OPEN_AIR, Wilds::jungle),
                new Place("mountains", Place.Kind.OPEN_AIR, HighWilds::mountains),
                new Place("snowy mountains", Place.Kind.OPEN_AIR, HighWilds::snowyMountains),
                new Place("volcano", Place.Kind.OPEN_AIR, HighWilds::volcano),
                new Place("desert", Place.Kind.OPEN_AIR, Wilds::desert),
                new Place("arctic", Place.Kind.OPEN_AIR, Wilds::arctic),
                new Place("sky", Place.Kind.OPEN_AIR, HighWilds::sky),
                new Place("night sky", Place.Kind.STARRY, HighWilds::nightSky),
                new Place("cave", Place.Kind.SHELTERED, Wilds::cave));
    }

    static void meadow(Brush brush) {
        Scenery.ridge(brush, 400, 110, 3, "#a8d8a0");
        Scenery.ridge(brush, 432, 70, 4, "#86c77f");
        Scenery.tree(brush, 190, 392, 0.5, "#4ea35c");
        Scenery.tree(brush, 560, 388, 0.42, "#4ea35c");
        Scenery.land(brush, 448, 36, "#6cc070");
        brush.fill(new Outline().moveTo(385, 432).quadTo(330, 500, 250, H).lineTo(470, H).quadTo(440, 500, 410, 432).close(), "#d9c28f");
        Textures.tufts(brush, 0, W, 450, 595, 46, "#4e9f55");
        Textures.flowers(brush, 0, W, 456, 596, 26, "#ff6b9a", "#ffffff", "#b388eb", "#ff9f1c");
        Scenery.tree(brush, 52, 505, 1.25, "#3f9a52");
    }

    static void forest(Brush brush) {
        Scenery.ridge(brush, 392, 70, 12, "#5f9e6e");
        for (int x = -20; x < W + 40; x += 62) {
            Scenery.pine(brush, x + brush.between(0, 24), 412 + brush.between(0, 12), 0.75 + brush.random.nextDouble() * 0.2,
                    "#2f7d4a", null);
        }
        for (int x = 40; x < W; x += 150) {
            Scenery.tree(brush, x + brush.between(0, 60), 432 + brush.between(0, 8), 0.85, "#3f9a52");
        }
        Scenery.land(brush, 446, 16, "#4f9a52");
        Textures.tufts(brush, 0, W, 452, 595, 40, "#3a7f40");
        mushrooms(brush, 140, 560);
        mushrooms(brush, 640, 590);
        // near trunks and the canopy over them frame the view, as from inside the wood
        brush.rect(18, 0, 58, H, "#6d4c41");
        brush.rect(W - 80, 0, 62, H, "#6d4c41");
        brush.stroke(new Outline().moveTo(38, 80).quadTo(30, 300, 44, 560).moveTo(W - 56, 60).quadTo(W - 48, 280, W - 60, 580), "#5a3d2e", 4);
        Outline canopy = new Outline();
        for (int x = -40; x < W + 60; x += 70) {
            canopy.dot(x, 10 + brush.between(0, 30), 58 + brush.between(0, 20));
        }
        brush.fill(canopy, "#2e6f3e");
        brush.fill(new Outline().dot(40, 110, 60).dot(W - 50, 100, 64), "#2e6f3e");
    }

    private static void mushrooms(Brush brush, double x, double base) {
        brush.rect(x - 5, base - 18, 10, 18, "#f5ecd7");
        brush.fill(new Outline().moveTo(x - 18, base - 16).quadTo(x, base - 42, x + 18, base - 16).close(), "#e63946");
        brush.fill(new Outline().dot(x - 7, base - 25, 3).dot(x + 6, base - 28, 2.5).dot(x + 1, base - 20, 2), "#ffffff");
        brush.rect(x + 20, base - 11, 7, 11, "#f5ecd7");
        brush.fill(new Outline().moveTo(x + 12, base - 10).quadTo(x + 23, base - 27, x + 35, base - 10).close(), "#e63946");
    }

    static void jungle(Brush brush) {
        Scenery.ridge(brush, 400, 130, 14, "#2e7d5b");
        Scenery.ridge(brush, 425, 70, 9, "#3f9a52");
        Scenery.palm(brush, 230, 430, 0.85, 1);
        Scenery.palm(brush, 590, 428, 0.95, -1);
        for (int x = 140; x < 700; x += 120) {
            bigLeaves(brush, x + brush.between(0, 40), 440, 0.6, "#2f8f46");
        }
        Scenery.land(brush, 446, 14, "#3f8f3a");
        Textures.tufts(brush, 0, W, 452, 595, 36, "#2d6e2b");
        Textures.flowers(brush, 0, W, 456, 592, 12, "#e63946", "#ff9f1c");
        bigLeaves(brush, 30, H + 10, 1.5, "#2a7a3b");
        bigLeaves(brush, W - 30, H + 10, 1.5, "#2a7a3b");
        Outline canopy = new Outline();
        for (int x = -30; x < W + 60; x += 60) {
            canopy.dot(x, brush.between(0, 24), 44 + brush.between(0, 18));
        }
        brush.fill(canopy, "#1f6b3a");
        Outline vines = new Outline();
        Outline leaves = new Outline();
        for (double x : new double[] { 120, 250, 470, 560, 700 }) {
            double end = 150 + brush.between(0, 120);
            vines.moveTo(x, 20).quadTo(x + 24, end / 2, x - 6, end);
            for (double y = 60; y < end; y += 34) {
                double t = y / end;
                double leafX = x + 24 * 2 * t * (1 - t) - 6 * t * t;
                leaves.moveTo(leafX, y).quadTo(leafX + 14, y - 10, leafX + 22, y + 2).quadTo(leafX + 10, y + 8, leafX, y).close();
            }
        }
        brush.stroke(vines, "#2d6e2b", 4);
        brush.fill(leaves, "#4caf50");
        parrot(brush, 470, 190);
    }

    /** A fan of broad leaves, growing from (x, base). */
    static void bigLeaves(Brush brush, double x, double base, double scale, String colour) {
        Outline leaves = new Outline();
        for (int n = -3; n <= 3; n++) {
            double angle = -Math.PI / 2 + n * 0.36;
            double tipX = x + Math.cos(angle) * 120 * scale;
            double tipY = base + Math.sin(angle) * 120 * scale;
            double side = 26 * scale;
            double midX = x + Math.cos(angle) * 60 * scale;
            double midY = base + Math.sin(angle) * 60 * scale;
            leaves.moveTo(x, base).quadTo(midX - Math.sin(angle) * side, midY + Math.cos(angle) * side, tipX, tipY)
                    .quadTo(midX + Math.sin(angle) * side, midY - Math.cos(angle) * side, x, base).close();
        }
        brush.fill(leaves, colour);
    }

    private static void parrot(Brush brush, double x, double y) {
        brush.fill(new Outline().moveTo(x, y).quadTo(x + 6, y + 30, x - 4, y + 52).lineTo(x - 12, y + 50).quadTo(x - 14, y + 20, x, y)
                .close(), "#2a6fdb");
        brush.ellipse(x, y + 12, 13, 20, "#e63946");
        brush.circle(x + 2, y - 6, 10, "#e63946");
        brush.fill(new Outline().polygon(x + 10, y - 8, x + 20, y - 2, x + 10, y + 2), "#ffd23f");
        brush.circle(x + 5, y - 8, 2.5, "#1b1b1b");
    }

    static void desert(Brush brush) {
        pyramids(brush);
        brush.fill(new Outline().moveTo(0, 400).quadTo(180, 350, 380, 400).quadTo(560, 440, W, 380).lineTo(W, H).lineTo(0, H).close(),
                "#f3d191");
        brush.fill(new Outline().moveTo(0, 440).quadTo(260, 400, 520, 436).quadTo(680, 452, W, 430).lineTo(W, H).lineTo(0, H).close(),
                "#f0c987");
        Scenery.land(brush, 460, 24, "#eec07b");
        Textures.ripples(brush, 0, W, 470, 595, 26, "#d9a55e");
        cactus(brush, 70, 560, 1.2);
        cactus(brush, 735, 500, 0.7);
        Textures.dots(brush, 150, 650, 500, 590, 8, 4, "#c99a5a");
    }

    private static void pyramids(Brush brush) {
        double[][] pyramids = { { 560, 428, 130 }, { 700, 428, 96 } };
        for (double[] pyramid : pyramids) {
            double x = pyramid[0];
            double base = pyramid[1];
            double half = pyramid[2];
            brush.fill(new Outline().polygon(x - half, base, x, base - half * 0.95, x + half, base), "#e6bf78");
            brush.fill(new Outline().polygon(x, base - half * 0.95, x + half, base, x + half * 0.15, base), "#c99a56");
        }
    }

    private static void cactus(Brush brush, double x, double base, double scale) {
        brush.stroke(new Outline().moveTo(x, base).lineTo(x, base - 110 * scale), "#4c9a5b", 30 * scale);
        brush.stroke(new Outline().moveTo(x, base - 42 * scale).lineTo(x - 34 * scale, base - 42 * scale).lineTo(x - 34 * scale, base - 82 * scale)
                .moveTo(x, base - 58 * scale).lineTo(x + 34 * scale, base - 58 * scale).lineTo(x + 34 * scale, base - 100 * scale), "#4c9a5b",
                20 * scale);
        brush.stroke(new Outline().moveTo(x - 5 * scale, base - 112 * scale).lineTo(x - 5 * scale, base - 8 * scale)
                .moveTo(x + 6 * scale, base - 112 * scale).lineTo(x + 6 * scale, base - 8 * scale), "#3a7d47", 2);
        brush.fill(new Outline().dot(x, base - 128 * scale, 6 * scale), "#f15bb5");
    }

    static void arctic(Brush brush) {
        if (brush.night()) {
            aurora(brush);
        }
        brush.rect(0, 350, W, 90, "#3a6ea5");
        Textures.waves(brush, 0, W, 360, 420, 14, "#8fb8de", 2);
        iceberg(brush, 170, 372, 1);
        iceberg(brush, 560, 380, 0.7);
        brush.fill(new Outline().moveTo(0, 430).lineTo(180, 420).lineTo(260, 428).lineTo(470, 418).lineTo(640, 426).lineTo(W, 420)
                .lineTo(W, 448).lineTo(0, 448).close(), "#a9cbe6");
        Scenery.land(brush, 446, 10, "#f2f7fb");
        brush.stroke(new Outline().moveTo(200, 500).lineTo(250, 520).lineTo(300, 512).moveTo(250, 520).lineTo(262, 548)
                .moveTo(520, 560).lineTo(570, 550).lineTo(610, 566), "#a9cbe6", 3);
        brush.ellipse(110, 540, 46, 14, "#2c5d8a");
        brush.ellipse(110, 536, 40, 9, "#3f78ab");
        igloo(brush, 725, 500, 58);
        Textures.ripples(brush, 0, W, 470, 595, 10, "#dbe8f3");
    }

    private static void aurora(Brush brush) {
        brush.glow(new Outline().moveTo(0, 200).quadTo(200, 120, 400, 190).quadTo(600, 250, W, 150).lineTo(W, 210)
                .quadTo(600, 310, 400, 250).quadTo(200, 180, 0, 260).close(), "#3ddc97", "opacity=\"0.35\"");
        brush.glow(new Outline().moveTo(0, 150).quadTo(250, 80, 450, 140).quadTo(650, 190, W, 100).lineTo(W, 130)
                .quadTo(650, 220, 450, 170).quadTo(250, 110, 0, 180).close(), "#b388eb", "opacity=\"0.3\"");
    }

    private static void iceberg(Brush brush, double x, double water, double scale) {
        brush.fill(new Outline().polygon(x - 90 * scale, water, x - 50 * scale, water - 60 * scale, x - 10 * scale, water - 110 * scale,
                x + 30 * scale, water - 70 * scale, x + 90 * scale, water), "#ffffff");
        brush.fill(new Outline().polygon(x - 10 * scale, water - 110 * scale, x + 30 * scale, water - 70 * scale, x + 90 * scale, water,
                x + 10 * scale, water), "#cfe3f5");
    }

    private static void igloo(Brush brush, double x, double base, double r) {
        brush.fill(new Outline().moveTo(x - r, base).quadTo(x - r, base - r * 1.1, x, base - r * 1.05).quadTo(x + r, base - r * 1.1, x + r, base)
                .close(), "#ffffff", "stroke=\"" + brush.tone("#a9cbe6") + "\" stroke-width=\"3\"");
        Outline blocks = new Outline();
        for (int row = 1; row < 4; row++) {
            double y = base - row * r * 0.27;
            double half = r * Math.sqrt(1 - Math.pow(row * 0.27, 2));
            blocks.moveTo(x - half, y).lineTo(x + half, y);
            for (double joint = x - half + (row % 2 == 0 ? 14 : 28); joint < x + half - 6; joint += 28) {
                blocks.moveTo(joint, y).lineTo(joint, y + r * 0.27);
            }
        }
        brush.stroke(blocks, "#a9cbe6", 2);
        brush.fill(new Outline().moveTo(x - 22, base).quadTo(x - 22, base - 36, x, base - 36).quadTo(x + 22, base - 36, x + 22, base)
                .close(), "#3f5f7f");
    }

    static void cave(Brush brush) {
        Sky.window(brush, 240, 110, 320, 330);
        Scenery.ridge(brush, 440, 50, 3, "#79b86f");
        Outline rock = new Outline().rect(0, 0, W, H).moveTo(260, 440).quadTo(240, 220, 320, 160).quadTo(400, 100, 480, 160)
                .quadTo(560, 220, 540, 440).close();
        brush.fill(rock, "#6b5b4f", "fill-rule=\"evenodd\"");
        brush.stroke(new Outline().moveTo(260, 440).quadTo(240, 220, 320, 160).quadTo(400, 100, 480, 160).quadTo(560, 220, 540, 440),
                "#4e4138", 10);
        brush.stroke(new Outline().moveTo(40, 200).lineTo(90, 240).lineTo(80, 300).moveTo(700, 150).lineTo(660, 220).lineTo(690, 270)
                .moveTo(150, 60).lineTo(200, 90).moveTo(600, 320).lineTo(640, 360), "#4e4138", 4);
        Outline stalactites = new Outline();
        for (int x = 0; x < W; x += 44) {
            double length = 30 + brush.between(0, 70);
            stalactites.polygon(x, 0, x + 30, 0, x + 15, length);
        }
        brush.fill(stalactites, "#584a40");
        brush.fill(new Outline().moveTo(0, 430).quadTo(400, 410, W, 430).lineTo(W, H).lineTo(0, H).close(), "#5a4a3e");
        Textures.cobbles(brush, 0, W, 460, 595, 20, "#66564a", "#4a3d34");
        brush.fill(new Outline().polygon(20, 470, 45, 330, 70, 470).polygon(70, 480, 88, 390, 106, 480).polygon(700, 480, 725, 350, 750, 480)
                .polygon(745, 470, 765, 390, 785, 470), "#6f6054");
        crystals(brush, 215, 448);
        crystals(brush, 585, 448);
        brush.glow(new Outline().moveTo(360, 60).quadTo(370, 50, 380, 60).quadTo(390, 50, 400, 60).quadTo(390, 56, 380, 66)
                .quadTo(370, 56, 360, 60).close(), "#1b1420", "");
    }

    private static void crystals(Brush brush, double x, double base) {
        Outline crystals = new Outline().polygon(x - 30, base, x - 36, base - 50, x - 24, base - 70, x - 14, base - 48, x - 14, base)
                .polygon(x - 12, base, x - 8, base - 80, x + 6, base - 100, x + 16, base - 74, x + 12, base)
                .polygon(x + 14, base, x + 26, base - 44, x + 38, base - 52, x + 40, base);
        brush.svg.circle(x, base - 40, 70, "#b388eb", "opacity=\"0.18\"");
        brush.glow(crystals, "#b388eb", "stroke=\"#e6d4ff\" stroke-width=\"2\"");
    }
}
