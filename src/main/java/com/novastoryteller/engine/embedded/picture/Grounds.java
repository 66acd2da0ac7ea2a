package com.novastoryteller.engine.embedded.picture;

import java.util.List;

/** Grounds people made for growing and playing: garden, farm, park, playground, zoo, fairground and circus. */
final class Grounds {

    private static final int W = Settings.WIDTH;
    private static final int H = Settings.HEIGHT;

    private Grounds() {
    }

    static List<Place> places() {
        return List.of(new Place("garden", Place.Kind.OPEN_AIR, Grounds::garden),
                new Place("farm", Place.Kind.OPEN_AIR, Grounds::farm),
                new Place("park", Place.Kind.OPEN_AIR, Grounds::park),
                new Place("playground", Place.Kind.OPEN_AIR, Grounds::playground),
                new Place("zoo", Place.Kind.OPEN_AIR, Shows::zoo),
                new Place("fairground", Place.Kind.OPEN_AIR, Shows::fairground),
                new Place("circus", Place.Kind.OPEN_AIR, Shows::circus));
    }

    /** A lawn with mown stripes from {@code top} down. */
    private static void lawn(Brush brush, double top, String light, String dark) {
        brush.rect(0, top, W, H - top, light);
        Outline stripes = new Outline();
        for (int n = -4; n < 10; n += 2) {
            stripes.polygon(n * 100, H, (n + 1) * 100, H, 400 + (n + 1 - 4) * 30, top, 400 + (n - 4) * 30, top);
        }
        brush.fill(stripes, dark);
    }

    static void garden(Brush brush) {
        Scenery.ridge(brush, 360, 60, 5, "#7fb77a");
        Scenery.tree(brush, 120, 350, 0.8, "#4ea35c");
        Scenery.tree(brush, 520, 345, 0.7, "#4ea35c");
        shed(brush, 600, 420);
        Scenery.fence(brush, 0, W, 420, 90, "#f7f3ea");
        brush.rect(0, 412, W, 30, "#8a5a35");
        Outline stems = new Outline();
        for (int x = 14; x < W; x += 26) {
            stems.moveTo(x, 420).lineTo(x, 380 - (x * 7 % 30));
        }
        brush.stroke(stems, "#3f8f3a", 3);
        Outline heads = new Outline();
        for (int x = 14; x < W; x += 26) {
            heads.dot(x, 378 - (x * 7 % 30), 8);
        }
        brush.fill(heads, "#e63946");
        Textures.flowers(brush, 0, W, 390, 430, 22, "#ffd23f", "#f15bb5", "#ffffff", "#9b5de5");
        lawn(brush, 442, "#79c96c", "#6bbb5f");
        Textures.cobbles(brush, 330, 470, 450, 595, 9, "#d8d0c0", "#a89e8c");
        sunflower(brush, 50, 560, 1.1);
        sunflower(brush, 96, 580, 0.9);
        birdbath(brush, 735, 560);
    }

    private static void shed(Brush brush, double x, double base) {
        brush.rect(x, base - 110, 130, 110, "#a0703e");
        Textures.planks(brush, x, base - 110, 130, 110, 16, true, "#7a5230");
        brush.fill(new Outline().polygon(x - 12, base - 108, x + 65, base - 150, x + 142, base - 108), "#6d4c41");
        brush.rect(x + 46, base - 80, 38, 80, "#7a5230");
    }

    private static void sunflower(Brush brush, double x, double base, double scale) {
        brush.stroke(new Outline().moveTo(x, base).quadTo(x + 8 * scale, base - 90 * scale, x, base - 170 * scale), "#3f8f3a", 6 * scale);
        brush.fill(new Outline().moveTo(x, base - 80 * scale).quadTo(x + 30 * scale, base - 100 * scale, x + 40 * scale, base - 80 * scale)
                .quadTo(x + 20 * scale, base - 74 * scale, x, base - 80 * scale).close(), "#3f8f3a");
        Outline petals = new Outline();
        for (int n = 0; n < 12; n++) {
            double angle = Math.PI * 2 * n / 12;
            petals.dot(x + 24 * scale * Math.cos(angle), base - 170 * scale + 24 * scale * Math.sin(angle), 10 * scale);
        }
        brush.fill(petals, "#ffd23f");
        brush.circle(x, base - 170 * scale, 16 * scale, "#7a4a22");
    }

    private static void birdbath(Brush brush, double x, double base) {
        brush.fill(new Outline().polygon(x - 24, base, x - 10, base - 70, x + 10, base - 70, x + 24, base), "#c9c2b6");
        brush.ellipse(x, base - 76, 46, 12, "#c9c2b6");
        brush.ellipse(x, base - 78, 36, 7, "#8ecae6");
    }

    static void farm(Brush brush) {
        Scenery.ridge(brush, 400, 110, 3, "#b9d98a");
        Outline rows = new Outline();
        for (int n = 0; n < 14; n++) {
            rows.moveTo(n * 60 - 20, 330 + (n % 3) * 8).lineTo(n * 60 + 40, 400);
        }
        brush.stroke(rows, "#9cc46e", 4);
        brush.fill(new Outline().moveTo(440, 360).quadTo(600, 320, W, 340).lineTo(W, 410).lineTo(440, 410).close(), "#f0d264");
        Outline wheat = new Outline();
        for (int x = 450; x < W; x += 18) {
            wheat.moveTo(x, 395).lineTo(x + 4, 370);
        }
        brush.stroke(wheat, "#d9b23e", 3);
        barn(brush, 60, 430);
        silo(brush, 330, 430);
        Scenery.fence(brush, 400, W, 436, 60, "#b08356");
        Scenery.land(brush, 444, 10, "#86c46f");
        brush.fill(new Outline().moveTo(200, 444).quadTo(160, 520, 60, H).lineTo(300, H).quadTo(280, 520, 250, 444).close(), "#c9a46e");
        Textures.tufts(brush, 0, W, 456, 595, 34, "#5f9e4e");
        hayBale(brush, 600, 436, 1);
        hayBale(brush, 690, 430, 0.8);
        chicken(brush, 520, 560);
        chicken(brush, 580, 580);
        hayBale(brush, 740, 590, 1.2);
    }

    private static void barn(Brush brush, double x, double base) {
        double w = 230;
        double h = 130;
        brush.fill(new Outline().polygon(x, base, x, base - h, x + 30, base - h - 60, x + w - 30, base - h - 60, x + w, base - h, x + w, base),
                "#c0392b", "stroke=\"" + brush.tone("#ffffff") + "\" stroke-width=\"5\"");
        brush.fill(new Outline().polygon(x - 10, base - h + 4, x + 30, base - h - 66, x + w - 30, base - h - 66, x + w + 10, base - h + 4,
                x + w - 4, base - h + 4, x + w - 36, base - h - 52, x + 36, base - h - 52, x + 4, base - h + 4), "#5a3d2e");
        brush.rect(x + 70, base - 90, 90, 90, "#a93226", "stroke=\"" + brush.tone("#ffffff") + "\" stroke-width=\"5\"");
        brush.stroke(new Outline().moveTo(x + 70, base - 90).lineTo(x + 160, base).moveTo(x + 160, base - 90).lineTo(x + 70, base)
                .moveTo(x + 115, base - 90).lineTo(x + 115, base), "#ffffff", 5);
        brush.rect(x + 95, base - h - 40, 40, 32, "#5a3d2e", "stroke=\"" + brush.tone("#ffffff") + "\" stroke-width=\"4\"");
    }

    private static void silo(Brush brush, double x, double base) {
        brush.rect(x, base - 170, 56, 170, "#b8c4cc");
        brush.stroke(new Outline().moveTo(x, base - 130).lineTo(x + 56, base - 130).moveTo(x, base - 90).lineTo(x + 56, base - 90)
                .moveTo(x, base - 50).lineTo(x + 56, base - 50), "#8d99a3", 3);
        brush.fill(new Outline().moveTo(x, base - 170).quadTo(x + 28, base - 214, x + 56, base - 170).close(), "#8d99a3");
    }

    private static void hayBale(Brush brush, double x, double base, double scale) {
        brush.ellipse(x, base - 30 * scale, 44 * scale, 30 * scale, "#e9c46a");
        brush.ellipse(x + 30 * scale, base - 30 * scale, 14 * scale, 30 * scale, "#d4a94a");
        brush.svg.ellipse(x + 30 * scale, base - 30 * scale, 7 * scale, 16 * scale, "none", "stroke=\"" + brush.tone("#b5892f")
                + "\" stroke-width=\"2\"");
    }

    private static void chicken(Brush brush, double x, double base) {
        brush.fill(new Outline().moveTo(x - 18, base - 22).quadTo(x - 20, base - 2, x, base - 4).quadTo(x + 18, base - 6, x + 14, base - 26)
                .quadTo(x, base - 20, x - 18, base - 22).close(), "#ffffff");
        brush.circle(x + 12, base - 30, 8, "#ffffff");
        brush.fill(new Outline().polygon(x + 19, base - 32, x + 26, base - 29, x + 19, base - 26), "#ff9f1c");
        brush.fill(new Outline().dot(x + 10, base - 39, 3).dot(x + 14, base - 38, 3), "#e63946");
        brush.stroke(new Outline().moveTo(x - 4, base - 4).lineTo(x - 4, base + 4).moveTo(x + 4, base - 4).lineTo(x + 4, base + 4), "#ff9f1c", 2);
    }

    static void park(Brush brush) {
        Scenery.ridge(brush, 380, 50, 6, "#93c98a");
        for (double[] tree : new double[][] { { 70, 420, 1.0 }, { 200, 400, 0.7 }, { 610, 404, 0.75 }, { 720, 424, 1.05 } }) {
            Scenery.tree(brush, tree[0], tree[1], tree[2], "#43a05a");
        }
        Scenery.bush(brush, 300, 426, 0.8, "#4e9f55");
        Scenery.bush(brush, 520, 426, 0.8, "#4e9f55");
        fountain(brush, 410, 432);
        Scenery.land(brush, 444, 8, "#78c46b");
        brush.fill(new Outline().moveTo(0, 500).quadTo(400, 430, W, 500).lineTo(W, 560).quadTo(400, 490, 0, 560).close(), "#e3cfa4");
        Textures.tufts(brush, 0, W, 452, 595, 30, "#58a14f");
        Textures.flowers(brush, 0, W, 560, 596, 8, "#ff6b9a", "#ffd23f");
        bench(brush, 60, 570);
        Scenery.lampPost(brush, 745, 580, 180);
    }

    private static void fountain(Brush brush, double x, double base) {
        brush.ellipse(x, base - 10, 90, 16, "#b8b0a4");
        brush.rect(x - 90, base - 28, 180, 18, "#b8b0a4");
        brush.ellipse(x, base - 28, 90, 14, "#c9c2b6");
        brush.ellipse(x, base - 29, 76, 9, "#7cc4ee");
        brush.rect(x - 8, base - 90, 16, 62, "#b8b0a4");
        brush.ellipse(x, base - 90, 36, 8, "#c9c2b6");
        brush.stroke(new Outline().moveTo(x, base - 96).quadTo(x, base - 150, x - 30, base - 120).moveTo(x, base - 96).quadTo(x, base - 150,
                x + 30, base - 120).moveTo(x - 34, base - 90).quadTo(x - 56, base - 80, x - 60, base - 34).moveTo(x + 34, base - 90)
                .quadTo(x + 56, base - 80, x + 60, base - 34), "#9fd8f7", 4);
    }

    private static void bench(Brush brush, double x, double base) {
        brush.rect(x - 50, base - 80, 100, 10, "#a0703e", "rx=\"3\"");
        brush.rect(x - 50, base - 64, 100, 10, "#a0703e", "rx=\"3\"");
        brush.rect(x - 56, base - 42, 112, 10, "#a0703e", "rx=\"3\"");
        brush.stroke(new Outline().moveTo(x - 44, base - 82).lineTo(x - 44, base).moveTo(x + 44, base - 82).lineTo(x + 44, base), "#3d405b", 5);
    }

    static void playground(Brush brush) {
        Scenery.ridge(brush, 380, 60, 6, "#8cc485");
        Scenery.tree(brush, 60, 390, 0.8, "#43a05a");
        Scenery.tree(brush, 740, 392, 0.9, "#43a05a");
        Outline railings = new Outline();
        for (int x = 6; x < W; x += 20) {
            railings.moveTo(x, 432).lineTo(x, 380);
        }
        railings.moveTo(0, 386).lineTo(W, 386);
        brush.stroke(railings, "#3d7ea6", 3);
        swings(brush, 250, 432);
        slide(brush, 560, 432);
        Scenery.land(brush, 440, 6, "#84c773");
        // the soft rubber ground of a playground, with a hopscotch painted on it
        brush.rect(0, 470, W, H - 470, "#d9694a", "rx=\"18\"");
        Textures.dots(brush, 0, W, 478, 596, 40, 2.5, "#c4573a");
        hopscotch(brush, 200, 586);
        brush.ellipse(90, 540, 90, 34, "#d8b45f");
        brush.ellipse(90, 536, 80, 26, "#f0d28a");
        Textures.tufts(brush, 0, W, 448, 470, 20, "#62a855");
        seesaw(brush, 720, 580);
    }

    private static void hopscotch(Brush brush, double x, double base) {
        Outline squares = new Outline().rect(x, base - 30, 60, 30).rect(x + 60, base - 60, 60, 30).rect(x + 60, base - 30, 60, 30)
                .rect(x + 120, base - 30, 60, 30).rect(x + 180, base - 60, 60, 30).rect(x + 180, base - 30, 60, 30);
        brush.stroke(squares, "#ffffff", 4);
        Scenery.letters(brush, "1", x + 24, base - 24, 18, "#ffffff", 3);
        Scenery.letters(brush, "2", x + 84, base - 24, 18, "#ffffff", 3);
        Scenery.letters(brush, "3", x + 144, base - 24, 18, "#ffffff", 3);
    }

    private static void swings(Brush brush, double x, double base) {
        Outline frame = new Outline().moveTo(x - 130, base).lineTo(x - 100, base - 170).lineTo(x - 70, base).moveTo(x + 70, base)
                .lineTo(x + 100, base - 170).lineTo(x + 130, base).moveTo(x - 100, base - 170).lineTo(x + 100, base - 170);
        brush.stroke(frame, "#e63946", 9);
        brush.stroke(new Outline().moveTo(x - 55, base - 166).lineTo(x - 55, base - 56).moveTo(x - 15, base - 166).lineTo(x - 15, base - 56)
                .moveTo(x + 20, base - 166).lineTo(x + 30, base - 66).moveTo(x + 60, base - 166).lineTo(x + 70, base - 66), "#5a4636", 2.5);
        brush.rect(x - 62, base - 58, 54, 8, "#ffd23f", "rx=\"3\"");
        brush.rect(x + 22, base - 68, 56, 8, "#2a9d8f", "rx=\"3\"");
    }

    private static void slide(Brush brush, double x, double base) {
        brush.stroke(new Outline().moveTo(x - 40, base).lineTo(x - 40, base - 150).moveTo(x, base).lineTo(x, base - 150), "#457b9d", 7);
        Outline rungs = new Outline();
        for (double y = base - 20; y > base - 150; y -= 22) {
            rungs.moveTo(x - 40, y).lineTo(x, y);
        }
        brush.stroke(rungs, "#457b9d", 5);
        brush.rect(x - 46, base - 156, 100, 12, "#ffd23f", "rx=\"4\"");
        brush.stroke(new Outline().moveTo(x + 40, base - 150).quadTo(x + 80, base - 140, x + 100, base - 70).quadTo(x + 120, base - 10, x + 170,
                base - 8), "#e63946", 20);
        brush.stroke(new Outline().moveTo(x - 46, base - 180).lineTo(x - 46, base - 156).moveTo(x + 54, base - 180).lineTo(x + 54, base - 156)
                .moveTo(x - 46, base - 180).lineTo(x + 54, base - 180), "#457b9d", 5);
    }

    private static void seesaw(Brush brush, double x, double base) {
        brush.fill(new Outline().polygon(x - 16, base, x, base - 30, x + 16, base), "#457b9d");
        brush.line(x - 70, base - 12, x + 70, base - 48, "#ff9f1c", 10);
    }
}
