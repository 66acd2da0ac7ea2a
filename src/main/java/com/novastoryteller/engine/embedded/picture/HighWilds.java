package com.novastoryteller.engine.embedded.picture;

/**
 * Open country high up or far out: mountains (bare and snowy), volcano, sky and night sky.
 */
final class HighWilds {

    private static final int W = Settings.WIDTH;
    private static final int H = Settings.HEIGHT;

    private HighWilds() {
    }

    static void mountains(Brush brush) {
        Scenery.peaks(brush, 410, new double[][] { { 140, 170, 220 }, { 420, 95, 260 }, { 690, 180, 220 } }, "#8e9bb5", "#ffffff");
        Scenery.peaks(brush, 425, new double[][] { { 280, 250, 190 }, { 580, 240, 200 } }, "#7a88a6", "#f4f7fb");
        Scenery.ridge(brush, 440, 70, 3, "#7fa36a");
        for (double x : new double[] { 70, 170, 630, 730 }) {
            Scenery.pine(brush, x, 425 + brush.between(0, 10), 0.55, "#2f6b45", null);
        }
        Scenery.land(brush, 452, 18, "#8fb56f");
        Textures.tufts(brush, 0, W, 458, 595, 30, "#6d9a52");
        Textures.dots(brush, 120, 680, 470, 590, 18, 5, "#a39a8e");
        boulders(brush, 40, 560, 1.2);
        boulders(brush, W - 60, 575, 1);
    }

    private static void boulders(Brush brush, double x, double base, double scale) {
        brush.fill(new Outline().moveTo(x - 60 * scale, base).quadTo(x - 50 * scale, base - 70 * scale, x, base - 76 * scale)
                .quadTo(x + 46 * scale, base - 70 * scale, x + 56 * scale, base).close(), "#9a948c");
        brush.fill(new Outline().moveTo(x - 14 * scale, base - 70 * scale).quadTo(x + 30 * scale, base - 66 * scale, x + 40 * scale,
                base - 30 * scale).quadTo(x + 20 * scale, base - 50 * scale, x - 14 * scale, base - 70 * scale).close(), "#bab4ab");
    }

    static void snowyMountains(Brush brush) {
        Scenery.peaks(brush, 410, new double[][] { { 170, 110, 240 }, { 470, 60, 270 }, { 720, 140, 230 } }, "#9aa8c2", "#ffffff");
        Scenery.peaks(brush, 430, new double[][] { { 320, 220, 210 }, { 610, 230, 190 } }, "#8593b1", "#ffffff");
        brush.fill(new Outline().moveTo(0, 420).quadTo(220, 360, 420, 410).quadTo(620, 380, W, 415).lineTo(W, H).lineTo(0, H).close(),
                "#eef4fb");
        for (double x : new double[] { 90, 180, 250, 560, 640, 720 }) {
            Scenery.pine(brush, x, 418 + brush.between(0, 14), 0.6, "#2f6b55", "#ffffff");
        }
        Scenery.land(brush, 450, 20, "#f6f9fd");
        Textures.ripples(brush, 0, W, 470, 590, 16, "#c9d8ea");
        snowman(brush, 720, 575);
        Scenery.pine(brush, 60, 590, 1.4, "#2f6b55", "#ffffff");
    }

    private static void snowman(Brush brush, double x, double base) {
        brush.fill(new Outline().dot(x, base - 34, 36).dot(x, base - 92, 26).dot(x, base - 136, 19), "#ffffff",
                "stroke=\"" + brush.tone("#c9d8ea") + "\" stroke-width=\"3\"");
        brush.fill(new Outline().dot(x - 6, base - 140, 2.5).dot(x + 7, base - 140, 2.5).dot(x, base - 100, 3).dot(x, base - 84, 3),
                "#1b1b1b");
        brush.fill(new Outline().polygon(x, base - 134, x + 22, base - 130, x, base - 128), "#ff8a3d");
        brush.rect(x - 24, base - 117, 48, 8, "#e63946", "rx=\"4\"");
        brush.rect(x - 16, base - 170, 32, 22, "#2b2d42");
        brush.rect(x - 24, base - 152, 48, 6, "#2b2d42");
    }

    static void volcano(Brush brush) {
        Scenery.ridge(brush, 420, 80, 4, "#8a6d5c");
        brush.fill(new Outline().moveTo(150, 440).quadTo(300, 330, 350, 170).lineTo(450, 170).quadTo(500, 330, 650, 440).close(),
                "#6b4a3a");
        brush.fill(new Outline().moveTo(400, 170).lineTo(450, 170).quadTo(500, 330, 650, 440).lineTo(520, 440).quadTo(460, 300, 400, 170)
                .close(), "#5a3d30");
        brush.glow(new Outline().moveTo(350, 170).quadTo(400, 150, 450, 170).quadTo(400, 184, 350, 170).close(), "#ff5a1f", "");
        brush.glow(new Outline().moveTo(372, 172).quadTo(360, 250, 330, 300).quadTo(310, 340, 300, 380).lineTo(316, 382)
                .quadTo(326, 330, 348, 300).quadTo(380, 240, 392, 174).close(), "#ff7b22", "");
        brush.glow(new Outline().moveTo(420, 174).quadTo(440, 240, 470, 290).lineTo(482, 286).quadTo(452, 230, 432, 172).close(),
                "#ffb703", "");
        Outline smoke = new Outline();
        for (int n = 0; n < 6; n++) {
            smoke.dot(390 + n * 22 + brush.between(-8, 8), 140 - n * 22, 26 + n * 6);
        }
        brush.fill(smoke, "#8d8a91", "opacity=\"0.85\"");
        Scenery.land(brush, 450, 14, "#5a4a42");
        Textures.dots(brush, 0, W, 462, 595, 22, 6, "#433631");
        brush.glow(new Outline().moveTo(20, 520).lineTo(70, 540).lineTo(100, 530).moveTo(700, 560).lineTo(740, 548).lineTo(790, 566),
                "none", "stroke=\"#ff7b22\" stroke-width=\"4\" stroke-linecap=\"round\"");
        Scenery.palm(brush, 60, 500, 0.9, 1);
    }

    static void sky(Brush brush) {
        if (!brush.night()) {
            rainbow(brush);
        }
        Shapes.cloud(brush.svg, 150, 250, 0.8, brush.tone("#ffffff"));
        Shapes.cloud(brush.svg, 610, 300, 0.6, brush.tone("#ffffff"));
        balloon(brush, 110, 140);
        Outline birds = new Outline();
        for (double[] bird : new double[][] { { 520, 230 }, { 550, 214 }, { 580, 236 } }) {
            birds.moveTo(bird[0] - 10, bird[1] - 4).quadTo(bird[0] - 5, bird[1] - 8, bird[0], bird[1]).quadTo(bird[0] + 5, bird[1] - 8,
                    bird[0] + 10, bird[1] - 4);
        }
        brush.stroke(birds, "#3d405b", 2.5);
        cloudFloor(brush, 420, "#e4ecf7", 90);
        cloudFloor(brush, 460, "#ffffff", 70);
        Textures.dots(brush, 0, W, 500, 590, 16, 10, "#eef3fa");
    }

    /** The top of a sea of clouds, bumps of {@code bump} pixels. */
    private static void cloudFloor(Brush brush, double top, String colour, double bump) {
        Outline floor = new Outline().moveTo(0, top + 20);
        for (double x = 0; x < W; x += bump) {
            double rise = bump * (0.45 + brush.random.nextDouble() * 0.3);
            floor.curveTo(x + bump * 0.05, top - rise, x + bump * 0.95, top - rise, x + bump, top + brush.between(0, 14));
        }
        brush.fill(floor.lineTo(W, H).lineTo(0, H).close(), colour);
    }

    private static void rainbow(Brush brush) {
        String[] colours = { "#e63946", "#ff9f1c", "#ffd23f", "#4caf50", "#2a9d8f", "#457b9d", "#9b5de5" };
        for (int n = 0; n < colours.length; n++) {
            double r = 250 - n * 12;
            brush.stroke(new Outline().moveTo(370 - r, 470).quadTo(370 - r, 470 - r * 1.1, 370, 470 - r * 1.1).quadTo(370 + r, 470 - r * 1.1,
                    370 + r, 470), colours[n], 12, "opacity=\"0.75\"");
        }
    }

    private static void balloon(Brush brush, double x, double y) {
        brush.fill(new Outline().moveTo(x - 40, y).quadTo(x - 40, y - 50, x, y - 50).quadTo(x + 40, y - 50, x + 40, y).quadTo(x + 30, y + 30,
                x + 10, y + 48).lineTo(x - 10, y + 48).quadTo(x - 30, y + 30, x - 40, y).close(), "#e63946");
        brush.fill(new Outline().moveTo(x - 12, y - 49).quadTo(x - 18, y, x - 6, y + 48).lineTo(x + 6, y + 48).quadTo(x + 18, y, x + 12,
                y - 49).close(), "#ffd23f");
        brush.stroke(new Outline().moveTo(x - 10, y + 48).lineTo(x - 10, y + 62).moveTo(x + 10, y + 48).lineTo(x + 10, y + 62), "#5a4636", 2);
        brush.rect(x - 13, y + 62, 26, 18, "#a0703e", "rx=\"3\"");
    }

    static void nightSky(Brush brush) {
        // the Milky Way: a few wide, faint strokes along one curve, brightest in the middle
        Outline way = new Outline().moveTo(-20, 330).quadTo(300, 150, 820, 60);
        for (double width : new double[] { 150, 100, 60, 30 }) {
            brush.svg.path(way.toString(), "none", "stroke=\"#c9d3ff\" stroke-width=\"" + Outline.number(width)
                    + "\" stroke-linecap=\"round\" opacity=\"0.05\"");
        }
        Sky.stars(brush, 0, 0, W, 380, 90);
        brush.glow(new Outline().moveTo(170, 80).lineTo(290, 130), "none",
                "stroke=\"#fff8d6\" stroke-width=\"3\" stroke-linecap=\"round\" opacity=\"0.8\"");
        brush.glow(new Outline().dot(292, 131, 4), "#ffffff", "");
        Scenery.ridge(brush, 420, 90, 4, "#3b5e4a");
        brush.fill(new Outline().moveTo(0, 470).quadTo(340, 360, W, 450).lineTo(W, H).lineTo(0, H).close(), "#4d7a52");
        Scenery.tree(brush, 610, 420, 0.9, "#3a6b45");
        Textures.tufts(brush, 0, W, 470, 595, 30, "#3a6b45");
        Outline fireflies = new Outline();
        for (int n = 0; n < 14; n++) {
            fireflies.dot(brush.between(20, W - 20), brush.between(380, 560), 2.5);
        }
        brush.glow(fireflies, "#fff27a", "");
        tent(brush, 80, 540);
    }

    private static void tent(Brush brush, double x, double base) {
        brush.svg.circle(x, base - 30, 56, "#ffe066", "opacity=\"0.12\"");
        brush.fill(new Outline().polygon(x - 70, base, x, base - 100, x + 70, base), "#e76f51");
        brush.glow(new Outline().polygon(x - 22, base, x, base - 70, x + 22, base), brush.litOr("#5a2a20", "#ffcf70"), "");
        brush.stroke(new Outline().moveTo(x, base - 100).lineTo(x, base - 116), "#5a4636", 3);
    }
}
