package com.novastoryteller.engine.embedded.picture;

/**
 * Grounds for a show: zoo, fairground and circus.
 */
final class Shows {

    private static final int W = Settings.WIDTH;
    private static final int H = Settings.HEIGHT;

    private Shows() {
    }

    static void zoo(Brush brush) {
        Scenery.ridge(brush, 370, 70, 4, "#a7cf8a");
        Scenery.palm(brush, 420, 372, 0.8, 1);
        Scenery.palm(brush, 700, 370, 0.7, -1);
        brush.fill(new Outline().moveTo(0, 372).quadTo(400, 350, W, 372).lineTo(W, 440).lineTo(0, 440).close(), "#bcd98f");
        elephant(brush, 250, 430);
        giraffe(brush, 560, 430);
        Outline bars = new Outline();
        for (int x = 8; x < W; x += 22) {
            bars.moveTo(x, 436).lineTo(x, 350);
        }
        bars.moveTo(0, 356).lineTo(W, 356).moveTo(0, 420).lineTo(W, 420);
        brush.stroke(bars, "#5d6d7e", 4);
        brush.rect(0, 436, W, H - 436, "#e5cf9f");
        Textures.cobbles(brush, 0, W, 452, 595, 28, "#ecdcb4", "#c7ad7a");
        zooSign(brush, 70, 590);
        Scenery.bush(brush, 750, 590, 1.1, "#4e9f55");
    }

    private static void elephant(Brush brush, double x, double base) {
        brush.ellipse(x, base - 80, 80, 52, "#9aa3ad");
        brush.fill(new Outline().rect(x - 60, base - 60, 26, 60).rect(x - 22, base - 60, 26, 60).rect(x + 20, base - 60, 26, 60)
                .rect(x + 50, base - 60, 24, 60), "#9aa3ad");
        brush.circle(x - 78, base - 108, 40, "#9aa3ad");
        brush.stroke(new Outline().moveTo(x - 108, base - 96).quadTo(x - 124, base - 50, x - 104, base - 30), "#9aa3ad", 18);
        brush.ellipse(x - 58, base - 104, 28, 36, "#868f99");
        brush.fill(new Outline().polygon(x - 100, base - 86, x - 120, base - 64, x - 96, base - 78), "#ffffff");
        brush.circle(x - 92, base - 116, 4, "#1b1b1b");
    }

    private static void giraffe(Brush brush, double x, double base) {
        String coat = "#f2c14e";
        brush.fill(new Outline().rect(x - 50, base - 70, 16, 70).rect(x - 28, base - 70, 16, 70).rect(x + 26, base - 70, 16, 70)
                .rect(x + 46, base - 70, 16, 70), coat);
        brush.ellipse(x, base - 92, 68, 34, coat);
        brush.fill(new Outline().polygon(x + 36, base - 110, x + 70, base - 250, x + 92, base - 246, x + 66, base - 96), coat);
        brush.ellipse(x + 92, base - 258, 30, 16, coat);
        brush.stroke(new Outline().moveTo(x + 80, base - 272).lineTo(x + 78, base - 290).moveTo(x + 92, base - 272).lineTo(x + 94, base - 290),
                "#a0703e", 5);
        brush.fill(new Outline().dot(x + 78, base - 291, 5).dot(x + 94, base - 291, 5), "#a0703e");
        brush.circle(x + 96, base - 262, 4, "#1b1b1b");
        Outline spots = new Outline();
        for (double[] spot : new double[][] { { -40, -100 }, { -16, -84 }, { 10, -104 }, { 30, -86 }, { -30, -76 }, { 50, -100 },
                { 52, -140 }, { 62, -180 }, { 72, -218 }, { 0, -112 } }) {
            spots.dot(x + spot[0], base + spot[1], 7);
        }
        brush.fill(spots, "#b5773a");
    }

    private static void zooSign(Brush brush, double x, double base) {
        brush.fill(new Outline().rect(x - 44, base - 210, 10, 210).rect(x + 34, base - 210, 10, 210), "#6d4c41");
        brush.rect(x - 62, base - 250, 124, 60, "#2a9d8f", "rx=\"8\" stroke=\"" + brush.tone("#1d6f66") + "\" stroke-width=\"4\"");
        Scenery.letters(brush, "ZOO", x - 38, base - 236, 32, "#ffffff", 6);
    }

    static void fairground(Brush brush) {
        Scenery.ridge(brush, 400, 60, 4, "#9cc98a");
        ferrisWheel(brush, 560, 230, 150);
        carousel(brush, 190, 434);
        Scenery.bunting(brush, 0, 40, W, 60, 30);
        Scenery.land(brush, 444, 8, "#c9b38a");
        Textures.tufts(brush, 0, W, 460, 595, 20, "#9aa068");
        Textures.dots(brush, 120, 680, 470, 590, 14, 4, "#b39c72");
        stall(brush, 735, 590);
    }

    private static void ferrisWheel(Brush brush, double x, double y, double r) {
        brush.stroke(new Outline().moveTo(x - 90, 436).lineTo(x, y).lineTo(x + 90, 436), "#3d405b", 10);
        Outline spokes = new Outline();
        for (int n = 0; n < 8; n++) {
            double angle = Math.PI * n / 4;
            spokes.moveTo(x, y).lineTo(x + r * Math.cos(angle), y + r * Math.sin(angle));
        }
        brush.stroke(spokes, "#5d6d7e", 4);
        brush.svg.circle(x, y, r, "none", "stroke=\"" + brush.tone("#e63946") + "\" stroke-width=\"8\"");
        brush.svg.circle(x, y, r * 0.6, "none", "stroke=\"" + brush.tone("#5d6d7e") + "\" stroke-width=\"3\"");
        String[] cabins = { "#ffd23f", "#2a9d8f", "#f15bb5", "#457b9d" };
        for (int n = 0; n < 8; n++) {
            double angle = Math.PI * n / 4 + Math.PI / 8;
            double cx = x + r * Math.cos(angle);
            double cy = y + r * Math.sin(angle);
            brush.line(cx, cy, cx, cy + 10, "#3d405b", 3);
            brush.rect(cx - 16, cy + 8, 32, 24, cabins[n % cabins.length], "rx=\"6\"");
        }
        brush.circle(x, y, 14, "#ffd23f");
        if (brush.lampsLit()) {
            Outline bulbs = new Outline();
            for (int n = 0; n < 24; n++) {
                double angle = Math.PI * n / 12;
                bulbs.dot(x + r * Math.cos(angle), y + r * Math.sin(angle), 3.5);
            }
            brush.glow(bulbs, "#fff27a", "");
        }
    }

    private static void carousel(Brush brush, double x, double base) {
        brush.rect(x - 120, base - 24, 240, 24, "#f15bb5", "rx=\"6\"");
        Outline poles = new Outline();
        for (int n = -3; n <= 3; n++) {
            poles.moveTo(x + n * 36, base - 24).lineTo(x + n * 36, base - 150);
        }
        brush.stroke(poles, "#c9a227", 5);
        brush.fill(new Outline().polygon(x - 130, base - 150, x, base - 230, x + 130, base - 150), "#e63946");
        Outline stripes = new Outline();
        for (int n = -3; n <= 3; n += 2) {
            stripes.polygon(x, base - 230, x + n * 37 - 18, base - 150, x + n * 37 + 18, base - 150);
        }
        brush.fill(stripes, "#ffffff");
        Outline scallops = new Outline().moveTo(x - 130, base - 150);
        for (int n = 0; n < 8; n++) {
            double left = x - 130 + n * 32.5;
            scallops.quadTo(left + 16, base - 126, left + 32.5, base - 150);
        }
        brush.fill(scallops.close(), "#ffd23f");
        brush.stroke(new Outline().moveTo(x, base - 230).lineTo(x, base - 254), "#3d405b", 3);
        brush.fill(new Outline().polygon(x, base - 254, x + 22, base - 247, x, base - 240), "#2a9d8f");
        for (int n = -1; n <= 1; n += 2) {
            double horseX = x + n * 54;
            double horseY = base - 70 + n * 10;
            brush.fill(new Outline().moveTo(horseX - 22, horseY).quadTo(horseX, horseY - 12, horseX + 22, horseY).lineTo(horseX + 30, horseY - 22)
                    .lineTo(horseX + 38, horseY - 16).lineTo(horseX + 26, horseY + 6).quadTo(horseX, horseY + 14, horseX - 22, horseY + 6)
                    .close().rect(horseX - 20, horseY + 4, 5, 22).rect(horseX + 14, horseY + 4, 5, 22), "#ffffff",
                    "stroke=\"" + brush.tone("#8d99a3") + "\" stroke-width=\"2\"");
        }
    }

    private static void stall(Brush brush, double x, double base) {
        brush.rect(x - 60, base - 90, 120, 90, "#f7ede2");
        brush.rect(x - 60, base - 100, 120, 14, "#8a5a35");
        Outline stripes = new Outline();
        for (int n = 0; n < 6; n += 2) {
            stripes.rect(x - 66 + n * 22, base - 190, 22, 40);
        }
        brush.rect(x - 66, base - 190, 132, 40, "#ffffff");
        brush.fill(stripes, "#e63946");
        brush.stroke(new Outline().moveTo(x - 56, base - 150).lineTo(x - 56, base - 100).moveTo(x + 56, base - 150).lineTo(x + 56, base - 100),
                "#8a5a35", 6);
        brush.fill(new Outline().dot(x - 30, base - 112, 10).dot(x - 4, base - 114, 10).dot(x + 22, base - 112, 10), "#f7a1c4");
    }

    static void circus(Brush brush) {
        Scenery.ridge(brush, 400, 50, 4, "#9cc98a");
        double base = 436;
        brush.rect(130, base - 140, 540, 140, "#ffffff");
        Outline stripes = new Outline();
        for (double x = 130; x < 670; x += 60) {
            stripes.rect(x, base - 140, 30, 140);
        }
        brush.fill(stripes, "#e63946");
        brush.fill(new Outline().polygon(110, base - 136, 400, base - 330, 690, base - 136), "#ffffff");
        Outline roof = new Outline();
        for (int n = 0; n < 10; n += 2) {
            double from = 110 + n * 58;
            roof.polygon(400, base - 330, from, base - 136, from + 58, base - 136);
        }
        brush.fill(roof, "#e63946");
        Outline scallops = new Outline().moveTo(110, base - 136);
        for (int n = 0; n < 10; n++) {
            double left = 110 + n * 58;
            scallops.quadTo(left + 29, base - 106, left + 58, base - 136);
        }
        brush.fill(scallops.close(), "#ffd23f");
        brush.fill(new Outline().moveTo(350, base).quadTo(360, base - 80, 400, base - 96).quadTo(440, base - 80, 450, base).close(), "#5a1f2b");
        brush.stroke(new Outline().moveTo(400, base - 330).lineTo(400, base - 372), "#3d405b", 4);
        brush.fill(new Outline().polygon(400, base - 372, 436, base - 360, 400, base - 348), "#2a9d8f");
        Scenery.bunting(brush, 400, base - 326, 20, 300, 20);
        Scenery.bunting(brush, 400, base - 326, 780, 300, 20);
        Scenery.land(brush, 444, 6, "#84c773");
        brush.fill(new Outline().moveTo(360, 444).lineTo(440, 444).lineTo(520, H).lineTo(280, H).close(), "#e6c88f");
        Textures.tufts(brush, 0, W, 460, 595, 26, "#5f9e4e");
        balloons(brush, 60, 560);
        caravan(brush, 730, 590);
    }

    private static void balloons(Brush brush, double x, double base) {
        String[] colours = { "#e63946", "#ffd23f", "#2a9d8f" };
        for (int n = 0; n < 3; n++) {
            double bx = x - 20 + n * 22;
            double by = base - 170 - (n % 2) * 22;
            brush.stroke(new Outline().moveTo(x, base).quadTo(bx, base - 80, bx, by + 24), "#5a4636", 1.5);
            brush.ellipse(bx, by, 18, 23, colours[n]);
        }
    }

    private static void caravan(Brush brush, double x, double base) {
        brush.rect(x - 70, base - 110, 140, 90, "#2a9d8f", "rx=\"14\"");
        brush.rect(x - 70, base - 118, 140, 16, "#ffd23f", "rx=\"6\"");
        brush.svg.rect(x - 50, base - 94, 36, 30, brush.litOr("#dff3ff", "#ffe08a"), "stroke=\"" + brush.tone("#1d6f66") + "\" stroke-width=\"3\"");
        brush.rect(x + 10, base - 96, 30, 76, "#1d6f66");
        brush.fill(new Outline().dot(x - 40, base - 16, 16).dot(x + 40, base - 16, 16), "#3d405b");
    }
}
