package com.novastoryteller.engine.embedded.picture;

import java.util.List;

/** Places with streets and buildings: town, city, castle, market and train station. */
final class Streets {

    private static final int W = Settings.WIDTH;
    private static final int H = Settings.HEIGHT;

    private Streets() {
    }

    static List<Place> places() {
        return List.of(new Place("town", Place.Kind.OPEN_AIR, Streets::town),
                new Place("city", Place.Kind.OPEN_AIR, Streets::city),
                new Place("castle", Place.Kind.OPEN_AIR, Streets::castle),
                new Place("market", Place.Kind.OPEN_AIR, Streets::market),
                new Place("train station", Place.Kind.OPEN_AIR, Streets::trainStation));
    }

    static void town(Brush brush) {
        Scenery.ridge(brush, 380, 90, 3, "#a8d8a0");
        church(brush, 640, 372);
        String[] walls = { "#f6bd60", "#f28482", "#84a59d", "#f7ede2", "#90c2e7" };
        String[] roofs = { "#b5533c", "#7d4e57", "#b5533c", "#5a6f8a", "#b5533c" };
        for (int n = 0; n < 5; n++) {
            double x = 14 + n * 160 + brush.between(0, 24);
            double h = 80 + brush.between(0, 50);
            brush.rect(x + 70, 432 - h - 64, 14, 30, "#8d6e63");
            Scenery.house(brush, x, 432, 112, h, walls[n], roofs[n]);
        }
        Scenery.bush(brush, 150, 436, 0.5, "#4e9f55");
        Scenery.bush(brush, 470, 436, 0.5, "#4e9f55");
        brush.rect(0, 432, W, 14, "#8fbf7f");
        brush.rect(0, 446, W, H - 446, "#d8c7a6");
        Textures.cobbles(brush, 0, W, 458, 596, 60, "#e3d5b8", "#b5a27e");
        Scenery.lampPost(brush, 740, 590, 190);
        Scenery.lampPost(brush, 60, 580, 180);
    }

    private static void church(Brush brush, double x, double base) {
        brush.rect(x - 40, base - 70, 80, 70, "#e9e1d3");
        brush.rect(x - 16, base - 150, 32, 80, "#e9e1d3");
        brush.fill(new Outline().polygon(x - 20, base - 150, x, base - 210, x + 20, base - 150), "#5a6f8a");
        brush.stroke(new Outline().moveTo(x, base - 210).lineTo(x, base - 232).moveTo(x - 8, base - 224).lineTo(x + 8, base - 224), "#5a4636", 3);
        brush.fill(new Outline().polygon(x - 48, base - 70, x, base - 100, x + 48, base - 70), "#5a6f8a");
        brush.circle(x, base - 120, 9, "#ffffff");
    }

    static void city(Brush brush) {
        Outline far = new Outline();
        Outline farWindows = new Outline();
        for (int x = -10; x < W; x += 70) {
            double h = 150 + brush.between(0, 140);
            far.rect(x, 400 - h, 62, h);
            for (double y = 400 - h + 14; y < 380; y += 26) {
                farWindows.rect(x + 10, y, 12, 12).rect(x + 38, y, 12, 12);
            }
        }
        brush.fill(far, "#9aa8bd");
        brush.glow(farWindows, brush.litOr("#c4d0df", "#ffe08a"), brush.lampsLit() ? "" : "opacity=\"0.8\"");
        String[] walls = { "#c8745a", "#e8d5b5", "#8fa3b8", "#d9a05b", "#b56576", "#a8b5a2" };
        double x = -20;
        for (int n = 0; x < W; n++) {
            double w = 120 + brush.between(0, 50);
            double h = 190 + brush.between(0, 110);
            building(brush, x, 440, w, h, walls[n % walls.length]);
            x += w + 6;
        }
        brush.rect(0, 440, W, H - 440, "#c9c9c9");
        Textures.tiles(brush, 0, 440, W, H - 440, 54, "#a9a9a9");
        brush.rect(0, 580, W, 20, "#8d8d8d");
        Scenery.lampPost(brush, 60, 580, 200);
        trafficLight(brush, 745, 580);
        hydrant(brush, 660, 590);
    }

    private static void building(Brush brush, double x, double base, double w, double h, String wall) {
        brush.rect(x, base - h, w, h, wall, "stroke=\"" + brush.tone("#5a4636") + "\" stroke-width=\"3\"");
        brush.rect(x - 4, base - h - 10, w + 8, 12, "#6b6b6b");
        Outline windows = new Outline();
        for (double y = base - h + 18; y < base - 100; y += 44) {
            for (double wx = x + 14; wx < x + w - 30; wx += 36) {
                windows.rect(wx, y, 22, 28);
            }
        }
        brush.glow(windows, brush.litOr("#dff3ff", "#ffe08a"), "stroke=\"" + brush.tone("#5a4636") + "\" stroke-width=\"2\"");
        brush.rect(x + 8, base - 80, w - 16, 70, brush.lampsLit() ? "#ffe9a8" : "#bfe3ff", "stroke=\"" + brush.tone("#3d405b")
                + "\" stroke-width=\"3\"");
        Outline awning = new Outline();
        for (double ax = x + 4; ax < x + w - 4; ax += 24) {
            awning.rect(ax, base - 100, 12, 18);
        }
        brush.rect(x + 4, base - 100, w - 8, 18, "#ffffff");
        brush.fill(awning, "#2a9d8f");
    }

    private static void trafficLight(Brush brush, double x, double base) {
        brush.rect(x - 5, base - 220, 10, 220, "#3d405b");
        brush.rect(x - 20, base - 300, 40, 90, "#2b2d42", "rx=\"8\"");
        brush.svg.circle(x, base - 282, 10, "#e63946", "");
        brush.svg.circle(x, base - 255, 10, brush.tone("#6b5a2e"), "");
        brush.svg.circle(x, base - 228, 10, brush.tone("#2e5a3a"), "");
    }

    private static void hydrant(Brush brush, double x, double base) {
        brush.rect(x - 12, base - 40, 24, 40, "#e63946", "rx=\"5\"");
        brush.rect(x - 18, base - 30, 36, 8, "#c0392b", "rx=\"3\"");
        brush.fill(new Outline().moveTo(x - 12, base - 38).quadTo(x, base - 56, x + 12, base - 38).close(), "#c0392b");
    }

    static void castle(Brush brush) {
        Scenery.peaks(brush, 380, new double[][] { { 100, 230, 180 }, { 700, 220, 200 } }, "#9fb0cc", "#ffffff");
        brush.fill(new Outline().moveTo(0, 430).quadTo(400, 350, W, 430).lineTo(W, H).lineTo(0, H).close(), "#7ac26d");
        String stone = "#bdb5a8";
        double base = 420;
        brush.rect(220, base - 170, 360, 170, stone);
        Textures.bricks(brush, 220, base - 170, 360, 170, 40, 20, "#9d9589");
        crenels(brush, 220, base - 170, 360, stone);
        brush.rect(330, base - 250, 140, 80, stone);
        Textures.bricks(brush, 330, base - 250, 140, 80, 40, 20, "#9d9589");
        crenels(brush, 330, base - 250, 140, stone);
        tower(brush, 210, base, 260, "#5a6fb0");
        tower(brush, 590, base, 260, "#5a6fb0");
        brush.fill(new Outline().moveTo(350, base).lineTo(350, base - 70).quadTo(400, base - 120, 450, base - 70).lineTo(450, base).close(),
                "#3b2f2a");
        Outline portcullis = new Outline();
        for (int x = 362; x < 450; x += 16) {
            portcullis.moveTo(x, base - 100).lineTo(x, base);
        }
        portcullis.moveTo(350, base - 60).lineTo(450, base - 60).moveTo(350, base - 30).lineTo(450, base - 30);
        brush.stroke(portcullis, "#6b6b6b", 3);
        Outline windows = new Outline();
        for (double[] window : new double[][] { { 260, base - 120 }, { 520, base - 120 }, { 380, base - 220 }, { 410, base - 220 } }) {
            windows.moveTo(window[0], window[1] + 30).lineTo(window[0], window[1] + 8).quadTo(window[0] + 8, window[1] - 4, window[0] + 16,
                    window[1] + 8).lineTo(window[0] + 16, window[1] + 30).close();
        }
        brush.glow(windows, brush.litOr("#3b2f2a", "#ffe08a"), "");
        brush.fill(new Outline().moveTo(0, base + 2).quadTo(400, base - 14, W, base + 2).lineTo(W, base + 22).quadTo(400, base + 8, 0, base + 22)
                .close(), "#4aa3df");
        brush.fill(new Outline().polygon(350, base - 2, 450, base - 2, 470, base + 24, 330, base + 24), "#8a5a35");
        Scenery.land(brush, 442, 10, "#7ac26d");
        brush.fill(new Outline().moveTo(340, 442).lineTo(460, 442).lineTo(540, H).lineTo(260, H).close(), "#d8c7a6");
        Textures.cobbles(brush, 290, 510, 452, 595, 16, "#e3d5b8", "#b5a27e");
        Textures.tufts(brush, 0, W, 456, 595, 30, "#5aa055");
        banner(brush, 60, 600);
        banner(brush, 740, 600);
    }

    private static void crenels(Brush brush, double x, double top, double w, String stone) {
        Outline merlons = new Outline();
        for (double at = x; at < x + w - 4; at += 28) {
            merlons.rect(at, top - 18, 16, 18);
        }
        brush.fill(merlons, stone);
    }

    private static void tower(Brush brush, double x, double base, double h, String roof) {
        brush.rect(x - 40, base - h, 80, h, "#c9c1b4");
        Textures.bricks(brush, x - 40, base - h, 80, h, 40, 20, "#a39b8f");
        brush.fill(new Outline().polygon(x - 50, base - h, x, base - h - 110, x + 50, base - h), roof);
        brush.stroke(new Outline().moveTo(x, base - h - 110).lineTo(x, base - h - 150), "#5a4636", 3);
        brush.fill(new Outline().moveTo(x, base - h - 150).lineTo(x + 40, base - h - 144).lineTo(x + 30, base - h - 136).lineTo(x + 40, base - h - 128)
                .lineTo(x, base - h - 128).close(), "#e63946");
        brush.glow(new Outline().moveTo(x - 8, base - h + 70).lineTo(x - 8, base - h + 44).quadTo(x, base - h + 30, x + 8, base - h + 44)
                .lineTo(x + 8, base - h + 70).close(), brush.litOr("#3b2f2a", "#ffe08a"), "");
    }

    private static void banner(Brush brush, double x, double base) {
        brush.rect(x - 4, base - 260, 8, 260, "#6d4c41");
        brush.fill(new Outline().polygon(x + 4, base - 254, x + 64, base - 254, x + 64, base - 150, x + 34, base - 170, x + 4, base - 150), "#7b2cbf");
        brush.fill(new Outline().polygon(x + 34, base - 236, x + 44, base - 214, x + 34, base - 192, x + 24, base - 214), "#ffd23f");
        if (x > W / 2.0) {
            brush.fill(new Outline().polygon(x - 4, base - 254, x - 64, base - 254, x - 64, base - 150, x - 34, base - 170, x - 4, base - 150),
                    "#7b2cbf");
        }
    }

    static void market(Brush brush) {
        String[] walls = { "#f6bd60", "#f28482", "#84a59d", "#f7ede2", "#90c2e7", "#e9c46a" };
        for (int n = 0; n < 6; n++) {
            Scenery.house(brush, n * 136 + brush.between(0, 20), 380, 110, 90 + brush.between(0, 40), walls[n], "#b5533c");
        }
        brush.rect(0, 380, W, 60, "#d9c8a5");
        Scenery.bunting(brush, 0, 70, W, 80, 40);
        stall(brush, 130, 436, "#e63946", new String[] { "#e63946", "#ff9f1c", "#e63946" });
        stall(brush, 400, 432, "#2a9d8f", new String[] { "#ffd23f", "#8bc34a", "#ffd23f" });
        stall(brush, 670, 436, "#457b9d", new String[] { "#c08552", "#c08552", "#9b5de5" });
        brush.rect(0, 440, W, H - 440, "#d9c8a5");
        Textures.cobbles(brush, 0, W, 452, 596, 60, "#e6d7b8", "#b5a27e");
        crate(brush, 60, 590, "#e63946");
        crate(brush, 740, 596, "#8bc34a");
    }

    /** A market stall with a striped awning and three heaps of its goods. */
    private static void stall(Brush brush, double x, double base, String stripe, String[] goods) {
        brush.stroke(new Outline().moveTo(x - 100, base).lineTo(x - 100, base - 150).moveTo(x + 100, base).lineTo(x + 100, base - 150), "#8a5a35", 7);
        brush.rect(x - 110, base - 70, 220, 70, "#a0703e");
        Textures.planks(brush, x - 110, base - 70, 220, 70, 22, true, "#7a5230");
        brush.rect(x - 116, base - 76, 232, 10, "#8a5a35");
        for (int n = 0; n < 3; n++) {
            double heapX = x - 70 + n * 70;
            Outline heap = new Outline();
            for (int row = 0; row < 3; row++) {
                for (int fruit = 0; fruit < 4 - row; fruit++) {
                    heap.dot(heapX - 24 + row * 8 + fruit * 16, base - 84 - row * 13, 9);
                }
            }
            brush.fill(heap, goods[n]);
        }
        brush.rect(x - 120, base - 190, 240, 40, "#ffffff");
        Outline stripes = new Outline();
        for (double at = x - 120; at < x + 120; at += 40) {
            stripes.rect(at, base - 190, 20, 40);
        }
        Outline scallops = new Outline().moveTo(x - 120, base - 150);
        for (double at = x - 120; at < x + 120; at += 20) {
            scallops.quadTo(at + 10, base - 134, at + 20, base - 150);
        }
        brush.fill(stripes, stripe);
        brush.fill(scallops.close(), stripe);
    }

    private static void crate(Brush brush, double x, double base, String fruit) {
        brush.rect(x - 40, base - 44, 80, 44, "#c9955a", "stroke=\"" + brush.tone("#7a5230") + "\" stroke-width=\"3\"");
        brush.fill(new Outline().dot(x - 22, base - 48, 10).dot(x, base - 50, 10).dot(x + 22, base - 48, 10), fruit);
        brush.line(x - 40, base - 22, x + 40, base - 22, "#7a5230", 3);
    }

    static void trainStation(Brush brush) {
        Scenery.ridge(brush, 330, 60, 4, "#a8d8a0");
        brush.rect(0, 330, W, 110, "#b7aea2");
        Textures.bricks(brush, 0, 330, W, 110, 44, 18, "#9a9084");
        brush.rect(0, 418, W, 22, "#6b6259");
        Outline sleepers = new Outline();
        for (int x = 0; x < W; x += 26) {
            sleepers.rect(x, 424, 14, 12);
        }
        brush.fill(sleepers, "#5a3d2e");
        brush.stroke(new Outline().moveTo(0, 426).lineTo(W, 426).moveTo(0, 434).lineTo(W, 434), "#9aa3ad", 3);
        train(brush, 425);
        brush.rect(0, 440, W, H - 440, "#bdb6aa");
        brush.rect(0, 440, W, 10, "#8d867a");
        brush.rect(0, 452, W, 8, "#ffd23f");
        Textures.tiles(brush, 0, 460, W, H - 460, 70, "#a59d90");
        brush.fill(new Outline().polygon(0, 0, W, 0, W, 40, 400, 90, 0, 40), "#5d6d7e");
        Outline girders = new Outline();
        for (int x = 40; x < W; x += 80) {
            girders.moveTo(x, 40 + Math.abs(400 - x) * -0.125 + 50).lineTo(x, 0);
        }
        brush.stroke(girders, "#3d4a57", 4);
        brush.rect(40, 0, 16, H, "#3d4a57");
        brush.rect(W - 56, 0, 16, H, "#3d4a57");
        clock(brush, 400, 150);
        Scenery.lampPost(brush, 100, 590, 160);
        bench(brush, 720, 596);
    }

    private static void train(Brush brush, double rail) {
        String[] carriages = { "#2a9d8f", "#2a9d8f", "#2a9d8f" };
        for (int n = 0; n < carriages.length; n++) {
            double x = 10 + n * 200;
            brush.rect(x, rail - 120, 186, 100, carriages[n], "rx=\"10\"");
            brush.rect(x, rail - 128, 186, 14, "#1d6f66", "rx=\"7\"");
            Outline windows = new Outline();
            for (double wx = x + 16; wx < x + 170; wx += 42) {
                windows.rect(wx, rail - 104, 30, 30);
            }
            brush.glow(windows, brush.litOr("#dff3ff", "#ffe08a"), "");
            brush.rect(x, rail - 52, 186, 8, "#ffd23f");
            brush.fill(new Outline().dot(x + 36, rail - 14, 14).dot(x + 150, rail - 14, 14), "#2b2d42");
        }
        double x = 610;
        brush.rect(x, rail - 110, 130, 90, "#c0392b", "rx=\"6\"");
        brush.rect(x + 90, rail - 150, 70, 130, "#c0392b", "rx=\"6\"");
        brush.rect(x + 82, rail - 158, 86, 14, "#2b2d42", "rx=\"4\"");
        brush.glow(new Outline().rect(x + 104, rail - 140, 40, 32), brush.litOr("#dff3ff", "#ffe08a"), "");
        brush.rect(x + 20, rail - 150, 26, 40, "#2b2d42");
        brush.rect(x + 14, rail - 158, 38, 10, "#2b2d42");
        brush.fill(new Outline().dot(x + 30, rail - 16, 18).dot(x + 80, rail - 16, 18).dot(x + 130, rail - 16, 18), "#2b2d42");
        brush.rect(x + 20, rail - 30, 120, 6, "#c9a227");
        brush.fill(new Outline().dot(x + 40, rail - 180, 20).dot(x + 10, rail - 210, 28).dot(x - 40, rail - 230, 34), "#eef1f4", "opacity=\"0.9\"");
    }

    private static void clock(Brush brush, double x, double y) {
        brush.line(x, 90, x, y - 40, "#3d4a57", 4);
        brush.circle(x, y, 40, "#3d4a57");
        brush.circle(x, y, 32, "#ffffff");
        brush.stroke(new Outline().moveTo(x, y).lineTo(x, y - 22).moveTo(x, y).lineTo(x + 16, y + 6), "#1b1b1b", 4);
    }

    private static void bench(Brush brush, double x, double base) {
        brush.rect(x - 56, base - 80, 112, 10, "#a0703e", "rx=\"3\"");
        brush.rect(x - 56, base - 64, 112, 10, "#a0703e", "rx=\"3\"");
        brush.rect(x - 60, base - 42, 120, 10, "#a0703e", "rx=\"3\"");
        brush.stroke(new Outline().moveTo(x - 48, base - 82).lineTo(x - 48, base).moveTo(x + 48, base - 82).lineTo(x + 48, base), "#3d405b", 5);
    }
}
