package com.novastoryteller.engine.embedded.picture;

/**
 * Places by fresh water: river, lake and swamp.
 */
final class Freshwaters {

    private static final int W = Settings.WIDTH;
    private static final int H = Settings.HEIGHT;

    private Freshwaters() {
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
}
