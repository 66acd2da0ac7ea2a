package com.novastoryteller.engine.embedded.picture;

/**
 * The rooms out in town: bakery, shop, hospital and theatre, with what stands in them.
 */
final class TownRooms {

    private static final int W = Settings.WIDTH;
    private static final int H = Settings.HEIGHT;

    private TownRooms() {
    }

    static void bakery(Brush brush) {
        brush.rect(0, 0, W, Rooms.FLOOR, "#fbe3c5");
        Scenery.window(brush, 40, 90, 150, 150, "#ffffff");
        brush.rect(24, 70, 182, 20, "#e63946");
        Outline awning = new Outline();
        for (double x = 24; x < 206; x += 26) {
            awning.rect(x, 70, 13, 20);
        }
        brush.fill(awning, "#ffffff");
        brush.rect(240, 30, 320, 56, "#8a5a35", "rx=\"8\"");
        Scenery.letters(brush, "BAKERY", 262, 42, 32, "#fff3d6", 5);
        for (int shelf = 0; shelf < 3; shelf++) {
            double y = 150 + shelf * 62;
            brush.rect(240, y, 320, 10, "#a0703e");
            Outline loaves = new Outline();
            for (double x = 260; x < 540; x += 52) {
                loaves.moveTo(x - 22, y).quadTo(x - 22, y - 30, x, y - 30).quadTo(x + 22, y - 30, x + 22, y).close();
            }
            brush.fill(loaves, shelf == 1 ? "#e0a458" : "#c68642");
            Outline cuts = new Outline();
            for (double x = 260; x < 540; x += 52) {
                cuts.moveTo(x - 10, y - 22).lineTo(x - 4, y - 12).moveTo(x + 2, y - 24).lineTo(x + 8, y - 14);
            }
            brush.stroke(cuts, "#8a5a35", 2);
        }
        oven(brush, 680, 360);
        brush.rect(0, 350, W, Rooms.FLOOR - 350, "#a0703e");
        Textures.planks(brush, 0, 350, W, Rooms.FLOOR - 350, 41, false, "#7a5230");
        brush.rect(220, 290, 360, 64, "#dff3ff", "opacity=\"0.7\" stroke=\"" + brush.tone("#a0703e") + "\" stroke-width=\"5\"");
        cake(brush, 290, 350);
        Outline cupcakes = new Outline();
        Outline icing = new Outline();
        for (double x = 370; x < 560; x += 44) {
            cupcakes.polygon(x - 14, 350, x - 17, 330, x + 17, 330, x + 14, 350);
            icing.dot(x, 326, 14);
        }
        brush.fill(cupcakes, "#e9c46a");
        brush.fill(icing, "#f7a1c4");
        Textures.chequer(brush, 0, Rooms.FLOOR, W, H - Rooms.FLOOR, 50, "#f0c9a0", "#dba474");
    }

    private static void oven(Brush brush, double x, double base) {
        brush.fill(new Outline().moveTo(x - 100, base).lineTo(x - 100, base - 180).quadTo(x, base - 280, x + 100, base - 180).lineTo(x + 100, base)
                .close(), "#b5533c");
        Textures.bricks(brush, x - 100, base - 200, 200, 200, 34, 20, "#8d3f2d");
        brush.fill(new Outline().moveTo(x - 50, base - 40).lineTo(x - 50, base - 110).quadTo(x, base - 160, x + 50, base - 110).lineTo(x + 50,
                base - 40).close(), "#2b1d1a");
        brush.glow(new Outline().moveTo(x - 34, base - 40).quadTo(x - 30, base - 80, x - 14, base - 90).quadTo(x - 10, base - 66, x, base - 100)
                .quadTo(x + 14, base - 70, x + 18, base - 88).quadTo(x + 34, base - 70, x + 34, base - 40).close(), "#ff8a3d", "");
        brush.glow(new Outline().moveTo(x - 18, base - 40).quadTo(x - 14, base - 64, x, base - 70).quadTo(x + 14, base - 60, x + 18, base - 40)
                .close(), "#ffd23f", "");
    }

    private static void cake(Brush brush, double x, double base) {
        brush.rect(x - 40, base - 44, 80, 44, "#f7c5cc", "rx=\"6\"");
        brush.rect(x - 40, base - 50, 80, 14, "#ffffff", "rx=\"7\"");
        brush.circle(x, base - 58, 8, "#e63946");
    }

    static void shop(Brush brush) {
        brush.rect(0, 0, W, Rooms.FLOOR, "#e8f1f2");
        brush.rect(30, 20, 480, 50, "#2a9d8f", "rx=\"8\"");
        Scenery.letters(brush, "TOYS", 210, 30, 30, "#ffffff", 5);
        String[] boxes = { "#e63946", "#ffd23f", "#457b9d", "#f15bb5", "#2a9d8f", "#ff9f1c", "#9b5de5" };
        for (int shelf = 0; shelf < 4; shelf++) {
            double y = 150 + shelf * 80;
            brush.rect(30, y, 480, 10, "#a0703e");
            for (int n = 0; n < 7; n++) {
                double x = 44 + n * 66;
                String colour = boxes[(n + shelf * 3) % boxes.length];
                switch ((n + shelf) % 3) {
                    case 0 -> brush.rect(x, y - 56, 48, 56, colour, "rx=\"3\"");
                    case 1 -> {
                        brush.rect(x + 4, y - 44, 40, 44, "#dff3ff", "rx=\"8\" opacity=\"0.9\"");
                        brush.fill(new Outline().dot(x + 16, y - 16, 7).dot(x + 30, y - 22, 7).dot(x + 22, y - 32, 7), colour);
                        brush.rect(x + 2, y - 50, 44, 8, "#8d99a3", "rx=\"3\"");
                    }
                    default -> {
                        brush.fill(new Outline().dot(x + 24, y - 40, 14).dot(x + 12, y - 52, 6).dot(x + 36, y - 52, 6), "#a0703e");
                        brush.ellipse(x + 24, y - 14, 18, 16, "#a0703e");
                    }
                }
            }
        }
        Scenery.window(brush, 560, 90, 200, 190, "#3d405b");
        brush.stroke(new Outline().moveTo(630, 90).lineTo(660, 120).lineTo(690, 90), "#5a4636", 2);
        brush.rect(620, 120, 80, 36, "#e63946", "rx=\"5\"");
        Scenery.letters(brush, "OPEN", 628, 127, 22, "#ffffff", 3);
        brush.rect(560, 320, 240, Rooms.FLOOR - 320, "#a0703e");
        brush.rect(552, 312, 248, 14, "#8a5a35");
        brush.rect(650, 262, 90, 50, "#5d6d7e", "rx=\"6\"");
        brush.rect(664, 270, 60, 16, brush.night() ? "#9be7a8" : "#c8f2d0");
        brush.fill(new Outline().rect(662, 292, 14, 10).rect(682, 292, 14, 10).rect(702, 292, 14, 10), "#eef1f4");
        Rooms.skirting(brush);
        brush.rect(0, Rooms.FLOOR, W, H - Rooms.FLOOR, "#dfe6e8");
        Textures.tiles(brush, 0, Rooms.FLOOR, W, H - Rooms.FLOOR, 56, "#c5cfd3");
        basket(brush, 70, 590);
    }

    private static void basket(Brush brush, double x, double base) {
        brush.stroke(new Outline().moveTo(x - 30, base - 40).quadTo(x, base - 90, x + 30, base - 40), "#8d99a3", 5);
        brush.fill(new Outline().polygon(x - 42, base - 44, x + 42, base - 44, x + 34, base, x - 34, base), "#e63946");
        brush.stroke(new Outline().moveTo(x - 38, base - 30).lineTo(x + 38, base - 30).moveTo(x - 36, base - 16).lineTo(x + 36, base - 16), "#c0392b", 2);
    }

    static void hospital(Brush brush) {
        brush.rect(0, 0, W, Rooms.FLOOR, "#e3f4ef");
        brush.rect(0, 250, W, Rooms.FLOOR - 250, "#cde9e1");
        Scenery.window(brush, 330, 90, 170, 140, "#ffffff");
        brush.rect(600, 80, 100, 100, "#ffffff", "rx=\"10\"");
        brush.fill(new Outline().rect(638, 94, 24, 72).rect(614, 118, 72, 24), "#e63946");
        brush.rect(0, 40, 300, 8, "#b0bec5");
        brush.fill(new Outline().moveTo(0, 48).lineTo(60, 48).quadTo(50, 240, 64, Rooms.FLOOR).lineTo(0, Rooms.FLOOR).close(), "#9fd8e8");
        hospitalBed(brush, 90, Rooms.FLOOR + 6);
        drip(brush, 300, Rooms.FLOOR + 6);
        monitor(brush, 560, Rooms.FLOOR + 6);
        Rooms.skirting(brush);
        brush.rect(0, Rooms.FLOOR, W, H - Rooms.FLOOR, "#d9e2e6");
        Textures.tiles(brush, 0, Rooms.FLOOR, W, H - Rooms.FLOOR, 60, "#c2ccd1");
        brush.rect(720, 470, 70, 80, "#90c2e7", "rx=\"8\"");
        brush.fill(new Outline().rect(728, 550, 8, 40).rect(774, 550, 8, 40), "#8d99a3");
    }

    private static void hospitalBed(Brush brush, double x, double base) {
        brush.stroke(new Outline().moveTo(x, base).lineTo(x, base - 150).moveTo(x + 180, base).lineTo(x + 180, base - 110).moveTo(x, base - 40)
                .lineTo(x + 180, base - 40), "#8d99a3", 7);
        brush.rect(x, base - 90, 180, 40, "#ffffff");
        brush.rect(x + 50, base - 96, 130, 48, "#90c2e7", "rx=\"6\"");
        brush.ellipse(x + 28, base - 96, 24, 12, "#ffffff", "stroke=\"" + brush.tone("#c5d6e8") + "\" stroke-width=\"2\"");
        brush.fill(new Outline().dot(x + 10, base - 4, 8).dot(x + 170, base - 4, 8), "#3d405b");
    }

    private static void drip(Brush brush, double x, double base) {
        brush.line(x, base, x, base - 200, "#8d99a3", 4);
        brush.line(x - 20, base, x + 20, base, "#8d99a3", 4);
        brush.rect(x - 14, base - 200, 28, 40, "#dff3ff", "rx=\"8\" stroke=\"" + brush.tone("#8d99a3") + "\" stroke-width=\"2\"");
    }

    private static void monitor(Brush brush, double x, double base) {
        brush.line(x, base, x, base - 150, "#8d99a3", 5);
        brush.rect(x - 50, base - 220, 100, 76, "#2b2d42", "rx=\"8\"");
        brush.glow(new Outline().moveTo(x - 40, base - 180).lineTo(x - 18, base - 180).lineTo(x - 10, base - 204).lineTo(x, base - 160)
                .lineTo(x + 8, base - 186).lineTo(x + 14, base - 180).lineTo(x + 40, base - 180), "none",
                "stroke=\"#3ddc97\" stroke-width=\"3\" stroke-linejoin=\"round\"");
    }

    static void theatre(Brush brush) {
        brush.rect(0, 0, W, Rooms.FLOOR, "#1f2a5a");
        Sky.stars(brush, 160, 90, 480, 250, 26);
        brush.glow(new Outline().moveTo(520, 130).curveTo(480, 130, 480, 200, 520, 200).curveTo(500, 190, 500, 140, 520, 130).close(), "#fff4c2", "");
        brush.fill(new Outline().moveTo(140, Rooms.FLOOR).quadTo(300, 300, 460, Rooms.FLOOR).close().moveTo(360, Rooms.FLOOR).quadTo(520, 330, 680, Rooms.FLOOR).close(),
                "#2c3e75");
        brush.rect(0, Rooms.FLOOR, W, H - Rooms.FLOOR, "#b07a4a");
        Textures.planks(brush, 0, Rooms.FLOOR, W, H - Rooms.FLOOR, 26, false, "#8a5a35");
        brush.glow(new Outline().polygon(300, 0, 360, 0, 520, H, 200, H), "#fff3b0", "opacity=\"0.16\"");
        brush.glow(new Outline().dot(400, 540, 130), "#fff3b0", "opacity=\"0.12\"");
        curtain(brush, 0, 180, 1);
        curtain(brush, W, 180, -1);
        brush.rect(0, 0, W, 70, "#a4161a");
        Outline valance = new Outline().moveTo(0, 70);
        for (int x = 0; x < W; x += 80) {
            valance.quadTo(x + 40, 120, x + 80, 70);
        }
        brush.fill(valance.close(), "#a4161a");
        Outline fringe = new Outline();
        for (int x = 0; x < W; x += 80) {
            fringe.moveTo(x, 72).quadTo(x + 40, 124, x + 80, 72);
        }
        brush.stroke(fringe, "#e9c46a", 5);
        Outline bulbs = new Outline();
        for (int x = 30; x < W; x += 50) {
            bulbs.dot(x, 592, 6);
        }
        brush.glow(bulbs, "#ffe066", "");
    }

    private static void curtain(Brush brush, double edge, double width, int side) {
        double inner = edge + side * width;
        brush.fill(new Outline().moveTo(edge, 0).lineTo(inner, 0).quadTo(edge + side * width * 0.55, 300, inner - side * 40, H).lineTo(edge, H)
                .close(), "#c1121f");
        Outline folds = new Outline();
        for (int n = 1; n < 4; n++) {
            double x = edge + side * width * n / 4.5;
            folds.moveTo(x, 0).quadTo(x + side * 10, 300, x - side * 4, H);
        }
        brush.stroke(folds, "#8d0f17", 6);
        brush.stroke(new Outline().moveTo(edge, 330).quadTo(edge + side * width * 0.45, 320, edge + side * width * 0.6, 300), "#e9c46a", 8);
    }
}
