package com.novastoryteller.engine.embedded.picture;

/**
 * The parts that make one furry animal another: ears, snouts, tails and patterns, each named by a word of the
 * kinds' data, drawn about a head or a body wherever the body plan puts it.
 */
final class AnimalParts {

    static final String PINK = "#ffb3c1";

    private AnimalParts() {
    }

    /** A tail leaving the body at (x, y), drawn before the body so that the body hides its root. */
    static void tail(Sketch s, String tail, double x, double y) {
        Pen pen = s.pen();
        Paints c = s.colours();
        switch (tail) {
            case "bushy", "ringed" -> {
                PathData brush = PathData.at(x + 6, y + 8).curve(x - 56, y + 10, x - 44, y - 56).curve(x - 26, y - 28, x + 8, y - 14)
                        .close();
                pen.shape(brush, c.body());
                if (tail.equals("bushy")) {
                    pen.shape(PathData.at(x - 44, y - 56).curve(x - 52, y - 36, x - 40, y - 30).curve(x - 34, y - 40, x - 44, y - 56)
                            .close(), c.accent());
                }
                else {
                    for (int n = 1; n <= 3; n++) {
                        pen.line(x - 8 - n * 10, y + 4 - n * 6, x - 2 - n * 8, y - 10 - n * 10, c.accent(), 6);
                    }
                }
            }
            case "squirrel" -> pen.shape(PathData.at(x + 8, y + 10).curve(x - 60, y + 10, x - 46, y - 70).curve(x - 36, y - 110,
                    x - 6, y - 96).curve(x - 30, y - 80, x - 18, y - 50).curve(x - 10, y - 24, x + 8, y - 10).close(), c.body());
            case "long", "tuft" -> {
                pen.limb(x + 4, y + 6, x - 40, y + 4, x - 34, y - 42, tail.equals("tuft") ? 5 : 8, c.body());
                if (tail.equals("tuft")) {
                    pen.ellipse(x - 34, y - 46, 7, 9, c.accent());
                }
            }
            case "wag" -> pen.limb(x + 4, y, x - 22, y - 4, x - 26, y - 34, 9, c.body());
            default -> otherTail(s, tail, x, y);
        }
    }

    /** Thin, curly, puffed, stubby, thick, paddle and hairy tails, and a plain one for any other. */
    private static void otherTail(Sketch s, String tail, double x, double y) {
        Pen pen = s.pen();
        Paints c = s.colours();
        switch (tail) {
            case "thin", "curl" -> {
                String colour = s.kind().name().equals("mouse") ? PINK : c.body();
                PathData d = PathData.at(x + 4, y + 10).curve(x - 40, y + 20, x - 36, y - 20);
                if (tail.equals("curl")) {
                    d.curve(x - 34, y - 44, x - 20, y - 36).curve(x - 14, y - 26, x - 24, y - 24);
                }
                pen.stroke(d, Pen.INK, 7);
                pen.stroke(d, colour, 3.5);
            }
            case "puff" -> pen.circle(x - 4, y + 4, 11, s.kind().plan() == Plan.FOUR ? c.body() : "#fbfbfb");
            case "stub" -> pen.circle(x - 2, y + 6, 7, c.body());
            case "curly" -> {
                PathData d = PathData.at(x + 2, y).curve(x - 16, y - 4, x - 14, y - 14).curve(x - 10, y - 22, x - 4, y - 14)
                        .curve(x - 2, y - 6, x - 12, y - 8);
                pen.stroke(d, Pen.INK, 7);
                pen.stroke(d, c.body(), 3.5);
            }
            case "thick", "kangaroo" -> pen.shape(PathData.at(x + 6, y + 4).curve(x - 30, y + 14, x - 58, y + 22)
                    .curve(x - 30, y + 30, x + 6, y + 18).close(), c.body());
            case "paddle" -> {
                pen.ellipse(x - 26, y + 16, 26, 9, -8, Palette.darker(c.body(), 0.35));
                pen.line(x - 40, y + 16, x - 12, y + 14, Palette.darker(c.body(), 0.55), 1.5);
            }
            case "hair", "rainbow" -> {
                String[] strands = tail.equals("rainbow") ? new String[] { "#f15bb5", "#ffd23f", "#00bbf9", "#9b5de5" }
                        : new String[] { c.accent(), c.accent() };
                for (int n = 0; n < strands.length; n++) {
                    pen.limb(x + 2, y - 2 + n * 3, x - 24, y + 4 + n * 4, x - 16 - n * 3, y + 40 + n * 3, 6, strands[n]);
                }
            }
            default -> {
            }
        }
    }

    /** Ears about a head at (x, y) of radius r; floppy ones hang in front and are drawn with the face. */
    static void ears(Sketch s, String ears, double x, double y, double r, String colour) {
        Pen pen = s.pen();
        switch (ears) {
            case "pointed", "tufted" -> {
                for (int side = -1; side <= 1; side += 2) {
                    pen.shape(PathData.at(x + side * r * 0.98, y - r * 0.25).to(x + side * r * 0.78, y - r * 1.4)
                            .to(x + side * r * 0.18, y - r * 0.88).close(), colour);
                    pen.fill(PathData.at(x + side * r * 0.82, y - r * 0.5).to(x + side * r * 0.74, y - r * 1.15)
                            .to(x + side * r * 0.42, y - r * 0.85).close(), PINK);
                    if (ears.equals("tufted")) {
                        pen.stroke(PathData.at(x + side * r * 0.78, y - r * 1.4).to(x + side * r * 0.7, y - r * 1.7), colour, 4);
                    }
                }
            }
            case "round", "small", "big", "fluffy", "side" -> {
                double size = switch (ears) {
                    case "round" -> 0.33;
                    case "small" -> 0.2;
                    case "big" -> 0.52;
                    case "fluffy" -> 0.48;
                    default -> 0.3;
                };
                double ex = ears.equals("side") ? r * 1.02 : ears.equals("fluffy") ? r * 0.95 : r * 0.74;
                double ey = ears.equals("side") ? 0 : ears.equals("fluffy") ? -r * 0.5 : -r * 0.74;
                for (int side = -1; side <= 1; side += 2) {
                    pen.circle(x + side * ex, y + ey, r * size, colour);
                    pen.dot(x + side * ex, y + ey, r * size * 0.55, ears.equals("fluffy") ? "#f4f4f4" : PINK);
                }
            }
            default -> longOrTrunkEars(s, ears, x, y, r, colour);
        }
    }

    /** Long ears (a rabbit's, a donkey's), an elephant's, and the ears after them. */
    private static void longOrTrunkEars(Sketch s, String ears, double x, double y, double r, String colour) {
        Pen pen = s.pen();
        switch (ears) {
            case "long", "tall", "donkey" -> {
                double height = ears.equals("long") ? 0.8 : 0.55;
                for (int side = -1; side <= 1; side += 2) {
                    double ex = x + side * r * (ears.equals("long") ? 0.38 : 0.5);
                    double ey = y - r * (0.75 + height);
                    double tilt = side * (ears.equals("long") ? 6 : 18);
                    pen.ellipse(ex, ey, r * 0.25, r * height, tilt, colour);
                    s.pen().oval(ex, ey + r * 0.05, r * 0.12, r * height * 0.7, PINK);
                }
            }
            case "elephant" -> {
                for (int side = -1; side <= 1; side += 2) {
                    pen.ellipse(x + side * r * 1.05, y + r * 0.05, r * 0.7, r * 0.85, colour);
                    pen.oval(x + side * r * 1.08, y + r * 0.08, r * 0.45, r * 0.6, PINK);
                }
            }
            default -> {
            }
        }
    }

    static void floppyEars(Sketch s, double x, double y, double r) {
        String colour = Palette.darker(s.colours().body(), 0.22);
        s.pen().ellipse(x - r * 0.92, y + r * 0.05, r * 0.28, r * 0.62, 18, colour);
        s.pen().ellipse(x + r * 0.92, y + r * 0.05, r * 0.28, r * 0.62, -18, colour);
    }

    /** The patterns on the head that make a panda, a raccoon, a badger or a tiger. */
    static void headPattern(Sketch s, Frame f) {
        Pen pen = s.pen();
        double x = f.headX();
        double y = f.headY();
        double r = f.headR();
        String accent = s.colours().accent();
        switch (s.kind().part("pattern", "")) {
            case "panda" -> {
                pen.ellipse(x - r * 0.38, f.eyeY() + 2, r * 0.24, r * 0.3, 30, accent);
                pen.ellipse(x + r * 0.38, f.eyeY() + 2, r * 0.24, r * 0.3, -30, accent);
            }
            case "mask" -> pen.fill(PathData.at(x - r * 0.95, y - r * 0.2).curve(x, y - r * 0.45, x + r * 0.95, y - r * 0.2)
                    .curve(x + r * 0.7, y + r * 0.25, x, y + r * 0.05).curve(x - r * 0.7, y + r * 0.25, x - r * 0.95, y - r * 0.2)
                    .close(), accent);
            case "badger" -> {
                pen.fill(PathData.at(x - r * 0.55, y - r * 0.8).curve(x - r * 0.35, y - r * 0.2, x - r * 0.22, y + r * 0.35)
                        .to(x - r * 0.05, y + r * 0.3).curve(x - r * 0.2, y - r * 0.3, x - r * 0.25, y - r * 0.95).close(), "#2f2f2f");
                pen.fill(PathData.at(x + r * 0.55, y - r * 0.8).curve(x + r * 0.35, y - r * 0.2, x + r * 0.22, y + r * 0.35)
                        .to(x + r * 0.05, y + r * 0.3).curve(x + r * 0.2, y - r * 0.3, x + r * 0.25, y - r * 0.95).close(), "#2f2f2f");
                pen.oval(x, y - r * 0.45, r * 0.12, r * 0.45, "#fbfbfb");
            }
            case "sloth" -> {
                pen.ellipse(x - r * 0.4, f.eyeY() + 3, r * 0.3, r * 0.16, 20, accent);
                pen.ellipse(x + r * 0.4, f.eyeY() + 3, r * 0.3, r * 0.16, -20, accent);
            }
            case "stripes" -> {
                pen.stroke(PathData.at(x - r * 0.2, y - r * 0.95).to(x - r * 0.1, y - r * 0.6), accent, 4);
                pen.stroke(PathData.at(x + r * 0.2, y - r * 0.95).to(x + r * 0.1, y - r * 0.6), accent, 4);
                pen.stroke(PathData.at(x - r * 0.98, y).to(x - r * 0.7, y + r * 0.05), accent, 4);
                pen.stroke(PathData.at(x + r * 0.98, y).to(x + r * 0.7, y + r * 0.05), accent, 4);
            }
            default -> {
            }
        }
    }

    /** Stripes or spots on a sitting animal's body. */
    static void bodyPattern(Sketch s, Frame f) {
        Pen pen = s.pen();
        String pattern = s.kind().part("pattern", "");
        boolean tabby = s.has("stripes") && !pattern.equals("stripes");
        String colour = tabby ? Palette.darker(s.colours().body(), 0.3) : s.colours().accent();
        double w = f.bodyW();
        double y = f.bodyY();
        if (pattern.equals("stripes") || tabby) {
            for (int n = 0; n < 3; n++) {
                double sy = y - 22 + n * 16;
                pen.stroke(PathData.at(-w + 1, sy).curve(-w + 10, sy + 2, -w + 14, sy + 8), colour, 4.5);
                pen.stroke(PathData.at(w - 1, sy).curve(w - 10, sy + 2, w - 14, sy + 8), colour, 4.5);
            }
        }
        if (pattern.equals("spots")) {
            double[][] spots = { { -24, -60 }, { 22, -56 }, { -26, -32 }, { 26, -28 }, { -14, -14 }, { 18, -10 } };
            for (double[] spot : spots) {
                pen.circle(spot[0], spot[1], 4, colour);
            }
        }
    }

    /** A ring of spikes (a hedgehog's spines, a lion's mane) about (x, y). */
    static void spikes(Pen pen, double x, double y, double inner, double outer, int points, String colour) {
        PathData d = null;
        for (int n = 0; n < points * 2; n++) {
            double angle = Math.PI * n / points - Math.PI / 2;
            double radius = n % 2 == 0 ? outer : inner;
            double px = x + radius * Math.cos(angle);
            double py = y + radius * Math.sin(angle);
            d = d == null ? PathData.at(px, py) : d.to(px, py);
        }
        pen.shape(d.close(), colour);
    }

    /** Shaggy fur, for a yeti: a fringe of long tufts round the body. */
    static void shaggy(Pen pen, double x, double y, double rx, double ry, String colour) {
        PathData d = null;
        for (int n = 0; n < 36; n++) {
            double angle = Math.PI * n / 18;
            double scale = n % 2 == 0 ? 1 : 0.82;
            double px = x + Math.cos(angle) * rx * scale;
            double py = y + Math.sin(angle) * ry * scale;
            d = d == null ? PathData.at(px, py) : d.to(px, py);
        }
        pen.shape(d.close(), colour);
    }
}
