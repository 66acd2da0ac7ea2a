package com.novastoryteller.engine.embedded.picture;

/**
 * The small marks that say what a surface is made of: grass tufts, waves, sand ripples, bricks, planks, tiles,
 * pebbles. Each texture is one path however many marks it has.
 */
final class Textures {

    private Textures() {
    }

    static void tufts(Brush brush, double x0, double x1, double y0, double y1, int count, String colour) {
        Outline tufts = new Outline();
        for (int n = 0; n < count; n++) {
            double x = x0 + brush.random.nextDouble() * (x1 - x0);
            double y = y0 + brush.random.nextDouble() * (y1 - y0);
            double size = 0.7 + (y - y0) / Math.max(1, y1 - y0) * 0.6;
            tufts.moveTo(x, y).by(-5 * size, -9 * size).moveTo(x, y).by(0, -13 * size).moveTo(x, y).by(5 * size, -9 * size);
        }
        brush.stroke(tufts, colour, 2.5);
    }

    static void waves(Brush brush, double x0, double x1, double y0, double y1, int count, String colour, double width) {
        Outline waves = new Outline();
        for (int n = 0; n < count; n++) {
            double y = y0 + brush.random.nextDouble() * (y1 - y0);
            double size = 0.6 + (y - y0) / Math.max(1, y1 - y0) * 0.9;
            double x = x0 + brush.random.nextDouble() * (x1 - x0 - 40 * size);
            waves.moveTo(x, y).quadTo(x + 10 * size, y - 7 * size, x + 20 * size, y).smoothTo(x + 40 * size, y);
        }
        brush.stroke(waves, colour, width, "opacity=\"0.8\"");
    }

    static void ripples(Brush brush, double x0, double x1, double y0, double y1, int count, String colour) {
        Outline ripples = new Outline();
        for (int n = 0; n < count; n++) {
            double y = y0 + brush.random.nextDouble() * (y1 - y0);
            double length = 50 + brush.random.nextDouble() * 60;
            double x = x0 + brush.random.nextDouble() * (x1 - x0 - length);
            ripples.moveTo(x, y).quadTo(x + length / 2, y - 8, x + length, y);
        }
        brush.stroke(ripples, colour, 2.5);
    }

    /** Bricks in courses, each course half a brick along from the last. */
    static void bricks(Brush brush, double x, double y, double w, double h, double brickWidth, double brickHeight, String mortar) {
        Outline joints = new Outline();
        int course = 0;
        for (double top = y; top < y + h - 1; top += brickHeight, course++) {
            double bottom = Math.min(y + h, top + brickHeight);
            if (top > y) {
                joints.moveTo(x, top).lineTo(x + w, top);
            }
            for (double joint = x + (course % 2 == 0 ? brickWidth : brickWidth / 2); joint < x + w - 2; joint += brickWidth) {
                joints.moveTo(joint, top).lineTo(joint, bottom);
            }
        }
        brush.stroke(joints, mortar, 2);
    }

    /** Boards along (or, when upright, up) the area with a nail at each end. */
    static void planks(Brush brush, double x, double y, double w, double h, double board, boolean upright, String seam) {
        Outline seams = new Outline();
        if (upright) {
            for (double at = x + board; at < x + w - 1; at += board) {
                seams.moveTo(at, y).lineTo(at, y + h);
            }
        }
        else {
            int row = 0;
            for (double at = y + board; at < y + h - 1; at += board, row++) {
                seams.moveTo(x, at).lineTo(x + w, at);
                for (double end = x + (row % 2 == 0 ? 140 : 70); end < x + w; end += 210) {
                    seams.moveTo(end, at).lineTo(end, Math.min(y + h, at + board));
                }
            }
        }
        brush.stroke(seams, seam, 2);
    }

    /** A grid of square tiles. */
    static void tiles(Brush brush, double x, double y, double w, double h, double size, String grout) {
        Outline grid = new Outline();
        for (double at = x + size; at < x + w - 1; at += size) {
            grid.moveTo(at, y).lineTo(at, y + h);
        }
        for (double at = y + size; at < y + h - 1; at += size) {
            grid.moveTo(x, at).lineTo(x + w, at);
        }
        brush.stroke(grid, grout, 2);
    }

    /** A floor of large squares in two colours, the chequer a kitchen or a hall has. */
    static void chequer(Brush brush, double x, double y, double w, double h, double size, String light, String dark) {
        brush.rect(x, y, w, h, light);
        Outline squares = new Outline();
        int row = 0;
        for (double top = y; top < y + h; top += size, row++) {
            for (double left = x + (row % 2 == 0 ? 0 : size); left < x + w; left += 2 * size) {
                squares.rect(left, top, Math.min(size, x + w - left), Math.min(size, y + h - top));
            }
        }
        brush.fill(squares, dark);
    }

    /** Round stones or spots of one colour. */
    static void dots(Brush brush, double x0, double x1, double y0, double y1, int count, double r, String colour) {
        Outline dots = new Outline();
        for (int n = 0; n < count; n++) {
            double size = r * (0.6 + brush.random.nextDouble() * 0.8);
            dots.dot(x0 + brush.random.nextDouble() * (x1 - x0), y0 + brush.random.nextDouble() * (y1 - y0), size);
        }
        brush.fill(dots, colour);
    }

    /** Flat stones, wider than tall, outlined: cobbles, pebbles, paving. */
    static void cobbles(Brush brush, double x0, double x1, double y0, double y1, int count, String colour, String edge) {
        Outline stones = new Outline();
        for (int n = 0; n < count; n++) {
            double y = y0 + brush.random.nextDouble() * (y1 - y0);
            double size = 0.6 + (y - y0) / Math.max(1, y1 - y0) * 0.8;
            double x = x0 + brush.random.nextDouble() * (x1 - x0);
            double rx = 14 * size;
            double ry = 6 * size;
            stones.moveTo(x - rx, y).quadTo(x - rx, y - ry, x, y - ry).smoothTo(x + rx, y).smoothTo(x, y + ry).smoothTo(x - rx, y)
                    .close();
        }
        brush.fill(stones, colour, "stroke=\"" + brush.tone(edge) + "\" stroke-width=\"2\"");
    }

    /** Little flowers: a dot of colour with a yellow heart. */
    static void flowers(Brush brush, double x0, double x1, double y0, double y1, int count, String... colours) {
        Outline hearts = new Outline();
        Outline[] petals = new Outline[colours.length];
        for (int n = 0; n < colours.length; n++) {
            petals[n] = new Outline();
        }
        for (int n = 0; n < count; n++) {
            double x = x0 + brush.random.nextDouble() * (x1 - x0);
            double y = y0 + brush.random.nextDouble() * (y1 - y0);
            double r = 4 + (y - y0) / Math.max(1, y1 - y0) * 3;
            Outline petal = petals[n % colours.length];
            for (int leaf = 0; leaf < 5; leaf++) {
                double angle = Math.PI * 2 * leaf / 5;
                petal.dot(x + r * Math.cos(angle), y + r * Math.sin(angle), r * 0.75);
            }
            hearts.dot(x, y, r * 0.55);
        }
        for (int n = 0; n < colours.length; n++) {
            if (!petals[n].isEmpty()) {
                brush.fill(petals[n], colours[n]);
            }
        }
        brush.fill(hearts, "#ffd23f");
    }
}
