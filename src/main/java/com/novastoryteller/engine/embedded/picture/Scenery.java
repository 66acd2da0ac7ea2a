package com.novastoryteller.engine.embedded.picture;

/**
 * Pieces that many settings share: the lie of the land (rolling ground, hill ridges, mountain peaks), trees,
 * houses and fences out of doors, and a room's walls, floor, windows and bookcases indoors.
 */
final class Scenery {

    static final int W = Settings.WIDTH;
    static final int H = Settings.HEIGHT;

    private Scenery() {
    }

    /** Ground from {@code top} down, its top edge bowed up by {@code bow} in the middle. */
    static void land(Brush brush, double top, double bow, String colour) {
        brush.fill(new Outline().moveTo(0, top).quadTo(W / 2.0, top - bow, W, top).lineTo(W, H).lineTo(0, H).close(), colour);
    }

    /** A line of rounded hills across the picture, {@code bumps} of them, up to {@code height} above {@code base}. */
    static void ridge(Brush brush, double base, double height, int bumps, String colour) {
        Outline ridge = new Outline().moveTo(0, base - height * 0.4);
        double step = (double) W / bumps;
        for (int n = 0; n < bumps; n++) {
            double top = base - height * (0.55 + brush.random.nextDouble() * 0.45);
            double x = step * n;
            ridge.quadTo(x + step / 2, top - height * 0.35, x + step, base - height * (0.25 + brush.random.nextDouble() * 0.3));
        }
        brush.fill(ridge.lineTo(W, H).lineTo(0, H).close(), colour);
    }

    /** Pointed mountains: each peak is x, top, half its width at {@code base}; snow on the tops when a colour is given. */
    static void peaks(Brush brush, double base, double[][] peaks, String rock, String snow) {
        Outline mountains = new Outline();
        Outline caps = new Outline();
        for (double[] peak : peaks) {
            double x = peak[0];
            double top = peak[1];
            double half = peak[2];
            mountains.polygon(x - half, base, x - half * 0.12, top + 6, x, top, x + half * 0.1, top + 4, x + half, base);
            double depth = (base - top) * 0.28;
            double spread = half * 0.28;
            caps.moveTo(x - half * 0.12, top + 6).lineTo(x, top).lineTo(x + half * 0.1, top + 4)
                    .lineTo(x + spread, top + depth).lineTo(x + spread * 0.45, top + depth * 0.8)
                    .lineTo(x, top + depth * 1.05).lineTo(x - spread * 0.5, top + depth * 0.78).lineTo(x - spread, top + depth)
                    .close();
        }
        brush.fill(mountains, rock);
        if (snow != null) {
            brush.fill(caps, snow);
        }
    }

    static void tree(Brush brush, double x, double base, double scale, String leaves) {
        brush.rect(x - 9 * scale, base - 62 * scale, 18 * scale, 62 * scale, "#8a5a35", "rx=\"4\"");
        brush.fill(new Outline().dot(x, base - 92 * scale, 40 * scale).dot(x - 28 * scale, base - 70 * scale, 28 * scale)
                .dot(x + 28 * scale, base - 70 * scale, 28 * scale), leaves);
    }

    static void pine(Brush brush, double x, double base, double scale, String leaves, String snow) {
        brush.rect(x - 6 * scale, base - 20 * scale, 12 * scale, 20 * scale, "#6d4c41");
        Outline tiers = new Outline();
        Outline white = new Outline();
        for (int n = 0; n < 3; n++) {
            double bottom = base - (18 + n * 30) * scale;
            double half = (44 - n * 11) * scale;
            double top = bottom - 52 * scale;
            tiers.polygon(x - half, bottom, x, top, x + half, bottom);
            white.polygon(x - half * 0.36, top + 19 * scale, x, top, x + half * 0.36, top + 19 * scale);
        }
        brush.fill(tiers, leaves);
        if (snow != null) {
            brush.fill(white, snow);
        }
    }

    /** A palm leaning one way (lean −1 or 1), its fronds drooping. */
    static void palm(Brush brush, double x, double base, double scale, int lean) {
        double topX = x + lean * 40 * scale;
        double topY = base - 190 * scale;
        brush.stroke(new Outline().moveTo(x, base).quadTo(x + lean * 6 * scale, base - 110 * scale, topX, topY), "#a0703e",
                16 * scale);
        Outline rings = new Outline();
        for (int n = 1; n < 8; n++) {
            double t = n / 8.0;
            double ringX = (1 - t) * (1 - t) * x + 2 * t * (1 - t) * (x + lean * 6 * scale) + t * t * topX;
            double ringY = base - t * 190 * scale;
            rings.moveTo(ringX - 7 * scale, ringY).lineTo(ringX + 7 * scale, ringY);
        }
        brush.stroke(rings, "#7a5230", 3 * scale);
        Outline fronds = new Outline();
        double[][] tips = { { -95, 30 }, { -70, -30 }, { -10, -55 }, { 60, -35 }, { 95, 25 }, { 25, 50 } };
        for (double[] tip : tips) {
            double endX = topX + tip[0] * scale;
            double endY = topY + tip[1] * scale;
            double midX = topX + tip[0] * 0.5 * scale;
            double midY = topY + (tip[1] * 0.5 - 28) * scale;
            fronds.moveTo(topX, topY).quadTo(midX, midY - 8 * scale, endX, endY).quadTo(midX, midY + 10 * scale, topX, topY + 6 * scale)
                    .close();
        }
        brush.fill(fronds, "#3c9a4a");
        brush.fill(new Outline().dot(topX - 6 * scale, topY + 10 * scale, 7 * scale).dot(topX + 7 * scale, topY + 12 * scale, 7 * scale),
                "#7a5230");
    }

    static void bush(Brush brush, double x, double base, double scale, String colour) {
        brush.fill(new Outline().dot(x - 22 * scale, base - 18 * scale, 22 * scale).dot(x + 20 * scale, base - 20 * scale, 24 * scale)
                .dot(x, base - 34 * scale, 26 * scale), colour);
    }

    /** A little house with a pitched roof, a door and two windows (lit after dark). */
    static void house(Brush brush, double x, double base, double w, double h, String wall, String roof) {
        brush.rect(x, base - h, w, h, wall, "stroke=\"" + brush.tone("#5a4636") + "\" stroke-width=\"3\"");
        brush.fill(new Outline().polygon(x - 10, base - h, x + w / 2, base - h - w * 0.45, x + w + 10, base - h), roof,
                "stroke=\"" + brush.tone("#5a4636") + "\" stroke-width=\"3\"");
        String glass = brush.litOr("#dff3ff", "#ffe08a");
        double pane = Math.min(26, w * 0.22);
        brush.svg.rect(x + w * 0.15, base - h + h * 0.18, pane, pane, glass, "stroke=\"" + brush.tone("#5a4636") + "\" stroke-width=\"2\"");
        brush.svg.rect(x + w * 0.85 - pane, base - h + h * 0.18, pane, pane, glass, "stroke=\"" + brush.tone("#5a4636") + "\" stroke-width=\"2\"");
        brush.rect(x + w / 2 - pane / 2, base - Math.min(h * 0.45, 44), pane, Math.min(h * 0.45, 44), "#8a5a35");
    }

    static void fence(Brush brush, double x0, double x1, double base, double height, String colour) {
        Outline posts = new Outline();
        for (double x = x0; x <= x1; x += 28) {
            posts.polygon(x - 6, base, x - 6, base - height + 6, x, base - height, x + 6, base - height + 6, x + 6, base);
        }
        posts.rect(x0 - 6, base - height * 0.75, x1 - x0 + 12, 7).rect(x0 - 6, base - height * 0.35, x1 - x0 + 12, 7);
        brush.fill(posts, colour, "stroke=\"" + brush.tone("#8d7a62") + "\" stroke-width=\"1.5\"");
    }

    /** A room: the wall down to {@code floor}, a skirting board, and the floor below it. */
    static void room(Brush brush, String wall, String floor, double top) {
        brush.rect(0, 0, W, top, wall);
        brush.rect(0, top, W, H - top, floor);
        brush.rect(0, top - 14, W, 14, "#ffffff", "opacity=\"0.7\"");
    }

    /** A window onto the sky and the weather, with a frame, bars and a sill. */
    static void window(Brush brush, double x, double y, double w, double h, String frame) {
        Sky.window(brush, x, y, w, h);
        String stroke = "stroke=\"" + brush.tone(frame) + "\"";
        brush.svg.rect(x, y, w, h, "none", stroke + " stroke-width=\"12\"");
        brush.stroke(new Outline().moveTo(x + w / 2, y).lineTo(x + w / 2, y + h).moveTo(x, y + h / 2).lineTo(x + w, y + h / 2), frame, 7);
        brush.rect(x - 16, y + h + 4, w + 32, 12, frame, "rx=\"3\"");
    }

    /** Curtains drawn back either side of a window. */
    static void curtains(Brush brush, double x, double y, double w, double h, String colour) {
        brush.fill(new Outline().moveTo(x - 30, y - 20).lineTo(x + w * 0.2, y - 20).quadTo(x + w * 0.05, y + h * 0.5, x + 4, y + h + 30)
                .lineTo(x - 30, y + h + 30).close(), colour);
        brush.fill(new Outline().moveTo(x + w + 30, y - 20).lineTo(x + w * 0.8, y - 20).quadTo(x + w * 0.95, y + h * 0.5, x + w - 4,
                y + h + 30).lineTo(x + w + 30, y + h + 30).close(), colour);
        brush.rect(x - 40, y - 28, w + 80, 10, "#8a5a35", "rx=\"5\"");
    }

    static final String[] BOOKS = { "#e63946", "#457b9d", "#f4a261", "#2a9d8f", "#9b5de5", "#ffd23f", "#1d3557", "#f15bb5" };

    /** A bookcase full of books of different colours and heights. */
    static void bookcase(Brush brush, double x, double y, double w, double h, int shelves) {
        brush.rect(x, y, w, h, "#8a5a35", "rx=\"4\"");
        brush.rect(x + 8, y + 8, w - 16, h - 16, "#5e3b22");
        double shelf = (h - 16) / shelves;
        Outline[] spines = new Outline[BOOKS.length];
        for (int n = 0; n < spines.length; n++) {
            spines[n] = new Outline();
        }
        Outline boards = new Outline();
        for (int row = 0; row < shelves; row++) {
            double bottom = y + 8 + shelf * (row + 1);
            boards.rect(x + 4, bottom - 5, w - 8, 7);
            for (double at = x + 12; at < x + w - 22;) {
                double width = 8 + brush.random.nextInt(8);
                double height = shelf * (0.55 + brush.random.nextDouble() * 0.3);
                spines[brush.random.nextInt(spines.length)].rect(at, bottom - 5 - height, width, height);
                at += width + 1;
            }
        }
        for (int n = 0; n < spines.length; n++) {
            if (!spines[n].isEmpty()) {
                brush.fill(spines[n], BOOKS[n]);
            }
        }
        brush.fill(boards, "#8a5a35");
    }

    /** A picture in a frame: a little landscape, so that it reads as a painting. */
    static void painting(Brush brush, double x, double y, double w, double h, String sky) {
        brush.rect(x - 8, y - 8, w + 16, h + 16, "#c9a227", "rx=\"3\"");
        brush.rect(x, y, w, h, sky);
        brush.fill(new Outline().moveTo(x, y + h * 0.7).quadTo(x + w * 0.4, y + h * 0.35, x + w, y + h * 0.65).lineTo(x + w, y + h)
                .lineTo(x, y + h).close(), "#6cc070");
        brush.circle(x + w * 0.75, y + h * 0.3, Math.min(w, h) * 0.12, "#ffd23f");
    }

    /** A lamp post with a glowing lantern after dark. */
    static void lampPost(Brush brush, double x, double base, double height) {
        brush.rect(x - 5, base - height, 10, height, "#3d405b");
        brush.rect(x - 12, base - 10, 24, 10, "#3d405b", "rx=\"3\"");
        if (brush.lampsLit()) {
            brush.svg.circle(x, base - height - 16, 40, "#ffe066", "opacity=\"0.3\"");
        }
        brush.svg.rect(x - 12, base - height - 30, 24, 30, brush.litOr("#e8eef2", "#ffe066"),
                "stroke=\"" + brush.tone("#3d405b") + "\" stroke-width=\"4\"");
        brush.fill(new Outline().polygon(x - 18, base - height - 30, x, base - height - 44, x + 18, base - height - 30), "#3d405b");
    }

    /** Bunting: a string of little flags in a dip between two points. */
    static void bunting(Brush brush, double x0, double y0, double x1, double y1, double sag) {
        brush.stroke(new Outline().moveTo(x0, y0).quadTo((x0 + x1) / 2, (y0 + y1) / 2 + sag * 2, x1, y1), "#5a4636", 2);
        String[] colours = { "#e63946", "#ffd23f", "#2a9d8f", "#457b9d", "#f15bb5" };
        Outline[] flags = new Outline[colours.length];
        for (int n = 0; n < flags.length; n++) {
            flags[n] = new Outline();
        }
        int count = (int) Math.max(4, Math.abs(x1 - x0) / 36);
        for (int n = 1; n < count; n++) {
            double t = (double) n / count;
            double x = (1 - t) * (1 - t) * x0 + 2 * t * (1 - t) * (x0 + x1) / 2 + t * t * x1;
            double y = (1 - t) * (1 - t) * y0 + 2 * t * (1 - t) * ((y0 + y1) / 2 + sag * 2) + t * t * y1;
            flags[n % flags.length].polygon(x - 10, y, x + 10, y, x, y + 22);
        }
        for (int n = 0; n < flags.length; n++) {
            if (!flags[n].isEmpty()) {
                brush.fill(flags[n], colours[n]);
            }
        }
    }

    /** Letters drawn with strokes (A to Z as simple lines), for signs: ZOO, SHOP, BAKERY. */
    static void letters(Brush brush, String word, double x, double y, double size, String colour, double width) {
        Outline strokes = new Outline();
        double at = x;
        for (char letter : word.toCharArray()) {
            Glyphs.add(strokes, letter, at, y, size);
            at += size * 0.8;
        }
        brush.stroke(strokes, colour, width);
    }
}
