package com.novastoryteller.engine.embedded.picture;

import java.util.List;

import com.novastoryteller.engine.Scene;

/** Beyond the sky: space, the moon, Mars and a space station. */
final class Beyond {

    private static final int W = Settings.WIDTH;
    private static final int H = Settings.HEIGHT;

    private Beyond() {
    }

    static List<Place> places() {
        return List.of(new Place("space", Place.Kind.SPACE, Beyond::space),
                new Place("moon", Place.Kind.SPACE, Beyond::moon),
                new Place("mars", Place.Kind.SHELTERED, Beyond::mars),
                new Place("space station", Place.Kind.SPACE, Beyond::spaceStation));
    }

    private static void blackSky(Brush brush, String top, String bottom, int stars) {
        brush.svg.verticalGradient("sky", top, bottom);
        brush.svg.rect(0, 0, W, H, "url(#sky)", "");
        Sky.stars(brush, 0, 0, W, 440, stars);
    }

    static void space(Brush brush) {
        blackSky(brush, "#05071f", "#1b1f4b", 110);
        brush.glow(new Outline().moveTo(0, 300).quadTo(200, 200, 420, 260).quadTo(620, 320, W, 220).lineTo(W, 300).quadTo(600, 380, 400, 320)
                .quadTo(200, 270, 0, 380).close(), "#9b5de5", "opacity=\"0.18\"");
        brush.glow(new Outline().dot(560, 300, 90), "#f15bb5", "opacity=\"0.05\"");
        ringedPlanet(brush, 190, 170);
        earth(brush, 640, 120, 46);
        brush.glow(new Outline().dot(520, 60, 12), "#c9c2b6", "");
        brush.glow(new Outline().moveTo(330, 110).lineTo(420, 70).lineTo(424, 78).close(), "#ffffff", "opacity=\"0.6\"");
        brush.glow(new Outline().dot(424, 72, 6), "#e0f7ff", "");
        brush.glow(new Outline().moveTo(0, 480).quadTo(400, 400, W, 480).lineTo(W, H).lineTo(0, H).close(), "#7a6f9b", "");
        Outline craters = new Outline();
        for (double[] crater : new double[][] { { 200, 500, 36 }, { 520, 480, 24 }, { 640, 540, 40 }, { 330, 560, 26 }, { 90, 560, 20 } }) {
            craters.moveTo(crater[0] - crater[2], crater[1]).quadTo(crater[0], crater[1] - crater[2] * 0.6, crater[0] + crater[2], crater[1])
                    .quadTo(crater[0], crater[1] + crater[2] * 0.35, crater[0] - crater[2], crater[1]).close();
        }
        brush.glow(craters, "#5e5480", "");
        rocket(brush, 80, 500);
    }

    private static void ringedPlanet(Brush brush, double x, double y) {
        brush.svg.ellipse(x, y, 120, 24, "none", "stroke=\"#ffd8a8\" stroke-width=\"8\"");
        brush.glow(new Outline().dot(x, y, 70), "#f4a259", "");
        brush.glow(new Outline().moveTo(x - 66, y - 20).quadTo(x, y - 34, x + 66, y - 20).lineTo(x + 68, y - 8).quadTo(x, y - 22, x - 68, y - 8)
                .close().moveTo(x - 68, y + 16).quadTo(x, y + 4, x + 68, y + 16).lineTo(x + 62, y + 30).quadTo(x, y + 20, x - 62, y + 30).close(),
                "#e07b39", "");
        brush.glow(new Outline().moveTo(x - 120, y).quadTo(x, y + 40, x + 120, y), "none", "stroke=\"#ffd8a8\" stroke-width=\"8\"");
    }

    private static void earth(Brush brush, double x, double y, double r) {
        brush.glow(new Outline().dot(x, y, r * 1.15), "#8ecae6", "opacity=\"0.3\"");
        brush.glow(new Outline().dot(x, y, r), "#2a6fdb", "");
        brush.glow(new Outline().moveTo(x - r * 0.6, y - r * 0.5).quadTo(x - r * 0.1, y - r * 0.8, x, y - r * 0.3).quadTo(x - r * 0.2, y + r * 0.2,
                x - r * 0.5, y + r * 0.3).quadTo(x - r * 0.8, y, x - r * 0.6, y - r * 0.5).close().moveTo(x + r * 0.2, y + r * 0.1)
                .quadTo(x + r * 0.7, y - r * 0.1, x + r * 0.6, y + r * 0.5).quadTo(x + r * 0.3, y + r * 0.8, x + r * 0.1, y + r * 0.5).close(),
                "#4caf50", "");
        brush.glow(new Outline().moveTo(x - r * 0.7, y + r * 0.6).quadTo(x, y + r * 0.4, x + r * 0.5, y - r * 0.7), "none",
                "stroke=\"#ffffff\" stroke-width=\"" + Outline.number(r * 0.12) + "\" opacity=\"0.7\" stroke-linecap=\"round\"");
    }

    private static void rocket(Brush brush, double x, double base) {
        brush.glow(new Outline().moveTo(x - 24, base - 30).lineTo(x - 24, base - 130).quadTo(x, base - 190, x + 24, base - 130)
                .lineTo(x + 24, base - 30).close(), "#eef1f4", "");
        brush.glow(new Outline().polygon(x - 24, base - 70, x - 46, base - 20, x - 24, base - 30).polygon(x + 24, base - 70, x + 46, base - 20,
                x + 24, base - 30).moveTo(x - 24, base - 130).quadTo(x, base - 190, x + 24, base - 130).close(), "#e63946", "");
        brush.glow(new Outline().dot(x, base - 104, 11), "#8ecae6", "stroke=\"#3d405b\" stroke-width=\"4\"");
        brush.glow(new Outline().polygon(x - 16, base - 30, x + 16, base - 30, x + 10, base - 16, x - 10, base - 16), "#5d6d7e", "");
    }

    static void moon(Brush brush) {
        blackSky(brush, "#03040c", "#141826", 80);
        earth(brush, 600, 130, 56);
        brush.glow(new Outline().moveTo(0, 400).quadTo(150, 330, 330, 380).quadTo(520, 420, W, 350).lineTo(W, H).lineTo(0, H).close(), "#8f8f96", "");
        brush.glow(new Outline().moveTo(0, 450).quadTo(400, 410, W, 450).lineTo(W, H).lineTo(0, H).close(), "#bdbdc4", "");
        Outline rims = new Outline();
        Outline hollows = new Outline();
        for (double[] crater : new double[][] { { 160, 500, 50 }, { 470, 480, 30 }, { 620, 560, 60 }, { 300, 570, 34 }, { 90, 400, 26 },
                { 560, 400, 22 }, { 740, 480, 26 } }) {
            double x = crater[0];
            double y = crater[1];
            double r = crater[2];
            rims.moveTo(x - r, y).quadTo(x, y - r * 0.55, x + r, y).quadTo(x, y + r * 0.4, x - r, y).close();
            hollows.moveTo(x - r * 0.8, y + 2).quadTo(x, y - r * 0.38, x + r * 0.8, y + 2).quadTo(x, y + r * 0.3, x - r * 0.8, y + 2).close();
        }
        brush.glow(rims, "#d8d8de", "");
        brush.glow(hollows, "#8f8f96", "");
        lander(brush, 720, 430);
        brush.glow(new Outline().moveTo(90, 590).lineTo(90, 420), "none", "stroke=\"#d8d8de\" stroke-width=\"5\"");
        brush.glow(new Outline().rect(92, 420, 70, 44), "#e63946", "");
        brush.glow(new Outline().dot(127, 442, 10), "#ffd23f", "");
        Outline steps = new Outline();
        for (int n = 0; n < 6; n++) {
            double x = 240 + n * 44;
            double y = 560 - n * 14 + (n % 2) * 12;
            steps.moveTo(x - 8, y).quadTo(x, y - 6, x + 8, y).quadTo(x, y + 5, x - 8, y).close();
        }
        brush.glow(steps, "#9d9da5", "");
    }

    private static void lander(Brush brush, double x, double base) {
        brush.glow(new Outline().moveTo(x - 40, base - 30).lineTo(x - 60, base).moveTo(x + 40, base - 30).lineTo(x + 60, base).moveTo(x - 20,
                base - 30).lineTo(x - 26, base), "none", "stroke=\"#b0bec5\" stroke-width=\"5\"");
        brush.glow(new Outline().polygon(x - 44, base - 30, x + 44, base - 30, x + 36, base - 70, x - 36, base - 70), "#d4a72c", "");
        brush.glow(new Outline().polygon(x - 26, base - 70, x + 26, base - 70, x + 20, base - 110, x - 20, base - 110), "#d8d8de", "");
        brush.glow(new Outline().rect(x - 8, base - 100, 16, 14), "#2b2d42", "");
        brush.glow(new Outline().rect(x - 70, base - 6, 20, 6).rect(x + 50, base - 6, 20, 6), "#b0bec5", "");
    }

    static void mars(Brush brush) {
        String[] sky = switch (brush.time) {
            case NIGHT -> new String[] { "#0d0a1a", "#2a1a2e" };
            case EVENING, MORNING -> new String[] { "#6d7fa8", "#e8b48a" };
            case DAY -> new String[] { "#d99a6c", "#f5d3b0" };
        };
        brush.svg.verticalGradient("sky", sky[0], sky[1]);
        brush.svg.rect(0, 0, W, H, "url(#sky)", "");
        if (brush.night()) {
            Sky.stars(brush, 0, 0, W, 360, 60);
        }
        else {
            brush.svg.circle(620, brush.time == Scene.TimeOfDay.DAY ? 110 : 260, 30, "#fff2dc", "opacity=\"0.9\"");
        }
        brush.glow(new Outline().dot(170, 90, 9), "#c9b8a6", "");
        brush.glow(new Outline().dot(300, 150, 5), "#c9b8a6", "");
        brush.fill(new Outline().moveTo(0, 380).lineTo(60, 300).lineTo(220, 300).lineTo(270, 370).lineTo(460, 372).lineTo(500, 320).lineTo(640, 320)
                .lineTo(690, 380).lineTo(W, 380).lineTo(W, H).lineTo(0, H).close(), "#b5563a");
        brush.fill(new Outline().moveTo(60, 300).lineTo(220, 300).lineTo(226, 312).lineTo(56, 312).close().moveTo(500, 320).lineTo(640, 320)
                .lineTo(646, 330).lineTo(496, 330).close(), "#cf6e4a");
        brush.fill(new Outline().moveTo(0, 420).quadTo(200, 380, 420, 414).quadTo(620, 440, W, 400).lineTo(W, H).lineTo(0, H).close(), "#c9673f");
        Scenery.land(brush, 452, 20, "#d9774a");
        Textures.ripples(brush, 0, W, 470, 595, 18, "#c05f38");
        Textures.dots(brush, 0, W, 460, 595, 16, 7, "#9c4a2c");
        rover(brush, 720, 560);
        if (brush.weather == Scene.Weather.WIND) {
            Sky.weather(brush, 0, 0, W, H);
        }
    }

    private static void rover(Brush brush, double x, double base) {
        brush.fill(new Outline().dot(x - 50, base - 18, 18).dot(x, base - 18, 18).dot(x + 50, base - 18, 18), "#3d405b");
        brush.fill(new Outline().dot(x - 50, base - 18, 7).dot(x, base - 18, 7).dot(x + 50, base - 18, 7), "#b0bec5");
        brush.rect(x - 64, base - 66, 128, 34, "#eceff1", "rx=\"4\"");
        brush.rect(x - 70, base - 74, 140, 10, "#2a4d8f");
        brush.line(x + 40, base - 74, x + 40, base - 120, "#8d99a3", 4);
        brush.rect(x + 28, base - 134, 30, 18, "#eceff1", "rx=\"4\"");
        brush.fill(new Outline().dot(x + 50, base - 125, 5), "#3d405b");
    }

    static void spaceStation(Brush brush) {
        brush.rect(0, 0, W, H, "#c9d1dc");
        Outline panels = new Outline();
        for (int x = 0; x < W; x += 100) {
            panels.moveTo(x, 0).lineTo(x, 432);
        }
        panels.moveTo(0, 60).lineTo(W, 60).moveTo(0, 300).lineTo(W, 300);
        brush.stroke(panels, "#a9b3c1", 3);
        Outline rivets = new Outline();
        for (int x = 10; x < W; x += 100) {
            rivets.dot(x, 70, 3).dot(x + 80, 70, 3).dot(x, 290, 3).dot(x + 80, 290, 3);
        }
        brush.fill(rivets, "#8e99a8");
        brush.fill(new Outline().rect(0, 10, W, 16).rect(0, 34, W, 10), "#8e99a8");
        porthole(brush, 200, 180, 80, false);
        porthole(brush, 600, 180, 80, true);
        brush.rect(60, 320, 680, 112, "#5d6d7e", "rx=\"8\"");
        brush.rect(60, 316, 680, 12, "#8e99a8", "rx=\"4\"");
        String[] screens = { "#3ddc97", "#4cc9f0", "#3ddc97" };
        for (int n = 0; n < 3; n++) {
            double x = 110 + n * 210;
            brush.rect(x, 340, 150, 60, "#0b1d2e", "rx=\"6\"");
            brush.glow(new Outline().moveTo(x + 10, 380).lineTo(x + 40, 360).lineTo(x + 70, 386).lineTo(x + 100, 352).lineTo(x + 140, 372), "none",
                    "stroke=\"" + screens[n] + "\" stroke-width=\"3\"");
        }
        String[] buttons = { "#e63946", "#ffd23f", "#3ddc97", "#4cc9f0" };
        for (int n = 0; n < 16; n++) {
            brush.glow(new Outline().dot(100 + n * 40, 418, 6), buttons[n % buttons.length], "");
        }
        brush.rect(0, 432, W, H - 432, "#8e99a8");
        Textures.tiles(brush, 0, 432, W, H - 432, 56, "#6f7a89");
        brush.glow(new Outline().rect(0, 432, W, 6), "#4cc9f0", "opacity=\"0.6\"");
        brush.fill(new Outline().rect(20, 440, 24, 160).rect(W - 44, 440, 24, 160), "#6f7a89");
    }

    /** A round window onto space: stars, and the Earth's edge through one of them. */
    private static void porthole(Brush brush, double x, double y, double r, boolean earth) {
        brush.glow(new Outline().dot(x, y, r), "#05071f", "");
        Outline stars = new Outline();
        for (int n = 0; n < 14; n++) {
            double angle = brush.random.nextDouble() * Math.PI * 2;
            double distance = Math.sqrt(brush.random.nextDouble()) * (r - 8);
            stars.dot(x + distance * Math.cos(angle), y + distance * Math.sin(angle), 1.6);
        }
        brush.glow(stars, "#fff8d6", "");
        if (earth) {
            brush.glow(new Outline().moveTo(x - r * 0.86, y + r * 0.5).quadTo(x, y - r * 0.1, x + r * 0.86, y + r * 0.5).quadTo(x, y + r * 1.3, x - r * 0.86,
                    y + r * 0.5).close(), "#2a6fdb", "");
            brush.glow(new Outline().moveTo(x - r * 0.4, y + r * 0.45).quadTo(x - r * 0.1, y + r * 0.2, x + r * 0.2, y + r * 0.5).quadTo(x, y + r * 0.7,
                    x - r * 0.4, y + r * 0.45).close(), "#4caf50", "");
        }
        else {
            brush.glow(new Outline().dot(x + r * 0.35, y - r * 0.25, r * 0.18), "#c9c2b6", "");
        }
        brush.svg.circle(x, y, r + 8, "none", "stroke=\"#8e99a8\" stroke-width=\"18\"");
        Outline bolts = new Outline();
        for (int n = 0; n < 8; n++) {
            double angle = Math.PI * n / 4;
            bolts.dot(x + (r + 8) * Math.cos(angle), y + (r + 8) * Math.sin(angle), 3.5);
        }
        brush.glow(bolts, "#5d6d7e", "");
    }
}
