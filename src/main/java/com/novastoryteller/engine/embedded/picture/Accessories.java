package com.novastoryteller.engine.embedded.picture;

/**
 * What a family's words put on a figure, whatever its body: capes, wings and backpacks behind it; scarves,
 * necklaces, glasses, headphones, hats, crowns, bows and wands on it, placed by its {@link Frame}.
 */
final class Accessories {

    private Accessories() {
    }

    static void behind(Sketch s, Frame f) {
        Pen pen = s.pen();
        if (s.has("cape") || s.has("vampire cape")) {
            String colour = Headwear.or(s.look().colour("cape"), s.has("vampire cape") ? "#2b2b33" : "#e63946");
            double bottom = s.kind().plan() == Plan.PERSON ? -8 : f.bodyY() + f.bodyH();
            double w = f.bodyW() + 14;
            pen.shape(PathData.at(-f.neckW() - 4, f.neckY()).to(f.neckW() + 4, f.neckY()).curve(w, f.bodyY(), w + 6, bottom)
                    .curve(0, bottom + 8, -w - 6, bottom).curve(-w, f.bodyY(), -f.neckW() - 4, f.neckY()).close(), colour);
            if (s.has("vampire cape")) {
                pen.shape(PathData.at(-f.neckW() - 4, f.neckY()).to(-f.headR() * 1.2, f.neckY() - f.headR() * 0.9)
                        .to(-f.neckW() + 6, f.neckY() + 6).close(), "#c1121f");
                pen.shape(PathData.at(f.neckW() + 4, f.neckY()).to(f.headR() * 1.2, f.neckY() - f.headR() * 0.9)
                        .to(f.neckW() - 6, f.neckY() + 6).close(), "#c1121f");
            }
        }
        if ((s.has("wings") || s.has("fairy wings")) && !hasOwnWings(s)) {
            String colour = Headwear.or(s.look().colour("wings"), "#dff6ff");
            for (int side = -1; side <= 1; side += 2) {
                pen.glass(PathData.at(side * 6, f.bodyY() - f.bodyH() * 0.6).curve(side * 60, f.bodyY() - f.bodyH() * 2.4,
                        side * 58, f.bodyY() - f.bodyH() * 0.6).curve(side * 56, f.bodyY() + f.bodyH() * 0.4, side * 6,
                        f.bodyY() - f.bodyH() * 0.2).close(), colour, 0.75);
            }
        }
        if (s.has("backpack") || s.has("air tank")) {
            String colour = s.has("air tank") ? "#c9d1d9" : Headwear.or(s.look().colour("backpack"), "#f4a261");
            pen.rect(-f.bodyW() - 7, f.bodyY() - f.bodyH() * 0.8, (f.bodyW() + 7) * 2, f.bodyH() * 1.4, 8, colour);
        }
    }

    private static boolean hasOwnWings(Sketch s) {
        return s.kind().plan() == Plan.BIRD || s.kind().has("shape", "dragon") || s.kind().has("shape", "butterfly")
                || s.kind().has("shape", "bee") || s.kind().has("shape", "dragonfly");
    }

    static void front(Sketch s, Frame f) {
        neck(s, f);
        straps(s, f);
        eyes(s, f);
        headphones(s.pen(), f, s.look());
        hats(s, f);
        inTheHair(s.pen(), f, s.look());
        held(s, f);
    }

    private static void straps(Sketch s, Frame f) {
        if (s.has("backpack") || s.has("air tank")) {
            Pen pen = s.pen();
            String strap = s.has("air tank") ? "#8a96a3" : Palette.darker(Headwear.or(s.look().colour("backpack"), "#f4a261"), 0.25);
            pen.line(-f.bodyW() * 0.55, f.neckY() + 2, -f.bodyW() * 0.6, f.bodyY() + f.bodyH() * 0.5, strap, 5);
            pen.line(f.bodyW() * 0.55, f.neckY() + 2, f.bodyW() * 0.6, f.bodyY() + f.bodyH() * 0.5, strap, 5);
        }
    }

    private static void headphones(Pen pen, Frame f, Look look) {
        if (look.wears("headphones")) {
            String colour = Headwear.or(look.colour("headphones"), "#2b2b33");
            pen.stroke(PathData.at(f.headX() - f.headR(), f.headY()).cubic(f.headX() - f.headR(), f.top() - f.headR() * 0.5,
                    f.headX() + f.headR(), f.top() - f.headR() * 0.5, f.headX() + f.headR(), f.headY()), colour, 5);
            pen.rect(f.headX() - f.headR() - 7, f.headY() - 9, 12, 20, 5, colour);
            pen.rect(f.headX() + f.headR() - 5, f.headY() - 9, 12, 20, 5, colour);
        }
    }

    /** A hat, a helmet, a crown or a tiara the words give, unless the kind wears its own. */
    private static void hats(Sketch s, Frame f) {
        Pen pen = s.pen();
        Look look = s.look();
        String ownHat = s.kind().part("hat", "");
        if (look.wears("hat") && ownHat.isEmpty()) {
            Headwear.hat(pen, f, Headwear.style(look), look.colour("hat"));
        }
        if (look.wears("helmet") && ownHat.isEmpty()) {
            Headwear.hat(pen, f, "hard_hat", Headwear.or(look.colour("helmet"), "#457b9d"));
        }
        if (look.wears("crown") && !ownHat.contains("crown")) {
            Headwear.hat(pen, f, "crown", look.colour("crown"));
        }
        if (look.wears("tiara") && !ownHat.equals("tiara")) {
            Headwear.hat(pen, f, "tiara", look.colour("tiara"));
        }
    }

    /** A bow and a flower in the hair, earrings at the ears. */
    private static void inTheHair(Pen pen, Frame f, Look look) {
        if (look.wears("bow")) {
            double bx = f.headX() + f.headR() * 0.62;
            double by = f.top() + f.headR() * 0.28;
            String colour = Headwear.or(look.colour("bow"), "#f15bb5");
            pen.shape(PathData.at(bx, by).to(bx - 13, by - 9).to(bx - 13, by + 9).close(), colour);
            pen.shape(PathData.at(bx, by).to(bx + 13, by - 9).to(bx + 13, by + 9).close(), colour);
            pen.circle(bx, by, 4, colour);
        }
        if (look.wears("flower")) {
            double fx = f.headX() - f.headR() * 0.7;
            double fy = f.top() + f.headR() * 0.35;
            for (int n = 0; n < 5; n++) {
                double angle = Math.PI * 2 * n / 5;
                pen.circle(fx + Math.cos(angle) * 5, fy + Math.sin(angle) * 5, 4, Headwear.or(look.colour("flower"), "#ffffff"));
            }
            pen.dot(fx, fy, 3.5, "#ffd23f");
        }
        if (look.wears("earrings")) {
            pen.circle(f.headX() - f.headR() * 0.98, f.headY() + f.headR() * 0.4, 3, "#ffd23f");
            pen.circle(f.headX() + f.headR() * 0.98, f.headY() + f.headR() * 0.4, 3, "#ffd23f");
        }
    }

    /** The first of a wand, a sword and an umbrella the words give, unless the kind holds its own. */
    private static void held(Sketch s, Frame f) {
        String prop = s.kind().part("prop", "");
        for (String held : new String[] { "wand", "sword", "umbrella" }) {
            if (s.look().wears(held) && !prop.equals(held) && !(held.equals("sword") && prop.equals("cutlass"))) {
                Props.draw(s, f, held);
                break;
            }
        }
    }

    private static void neck(Sketch s, Frame f) {
        Pen pen = s.pen();
        Look look = s.look();
        double y = f.neckY();
        double w = f.neckW() + 5;
        if (look.wears("scarf") || s.has("scarf")) {
            String colour = Headwear.or(look.colour("scarf"), s.colours().clothes());
            pen.rect(-w, y - 5, w * 2, 12, 6, colour);
            pen.rect(w * 0.3, y + 2, 10, 26, 3, colour);
            pen.line(w * 0.3 + 2, y + 24, w * 0.3 + 8, y + 24, Palette.darker(colour, 0.3), 2);
        }
        if (look.wears("necklace") || s.has("necklace")) {
            String colour = Headwear.or(look.colour("necklace"), "#fbfbfb");
            for (int n = -3; n <= 3; n++) {
                pen.circle(n * w / 3.5, y + 4 + (9 - n * n) * 0.9, 2.6, colour);
            }
        }
        if (look.wears("bowtie")) {
            String colour = Headwear.or(look.colour("bowtie"), "#e63946");
            pen.shape(PathData.at(0, y + 2).to(-11, y - 5).to(-11, y + 9).close(), colour);
            pen.shape(PathData.at(0, y + 2).to(11, y - 5).to(11, y + 9).close(), colour);
            pen.circle(0, y + 2, 3, colour);
        }
        if (look.wears("tie")) {
            String colour = Headwear.or(look.colour("tie"), "#e63946");
            pen.shape(PathData.at(-4, y).to(4, y).to(6, y + 26).to(0, y + 32).to(-6, y + 26).close(), colour);
        }
    }

    private static void eyes(Sketch s, Frame f) {
        Pen pen = s.pen();
        Look look = s.look();
        double x = f.headX();
        double y = f.eyeY();
        double gap = f.eyeGap();
        double r = Math.max(f.eyeR() * 2.2, 8);
        boolean goggles = look.wears("goggles") || s.has("goggles");
        if (look.wears("eye mask") || s.has("eye mask") || look.wears("mask")) {
            String colour = Headwear.or(look.colour("mask"), "#1d3557");
            pen.shape(PathData.at(x - gap - r * 1.4, y - r * 0.2).curve(x, y - r * 1.2, x + gap + r * 1.4, y - r * 0.2)
                    .curve(x + gap, y + r * 1.3, x, y + r * 0.2).curve(x - gap, y + r * 1.3, x - gap - r * 1.4, y - r * 0.2)
                    .close(), colour);
            Face.eye(pen, s.mood(), x - gap, y, f.eyeR(), -1);
            Face.eye(pen, s.mood(), x + gap, y, f.eyeR(), 1);
        }
        if (look.wears("glasses") || look.wears("sunglasses") || s.has("glasses")) {
            String frame = Headwear.or(look.colour("glasses"), Pen.INK);
            String lens = look.wears("sunglasses") ? "#2b2b33" : "none";
            svgCircle(pen, x - gap, y, r, lens, frame);
            svgCircle(pen, x + gap, y, r, lens, frame);
            pen.line(x - gap + r, y, x + gap - r, y, frame, 2.5);
        }
        if (goggles) {
            double gy = s.kind().plan() == Plan.PERSON && !look.wears("goggles") ? f.top() + f.headR() * 0.45 : y;
            pen.line(x - f.headR(), gy, x + f.headR(), gy, "#4a5560", 5);
            pen.circle(x - gap, gy, r, "#9fe0ff");
            pen.circle(x + gap, gy, r, "#9fe0ff");
        }
        if (s.has("eyepatch") || look.wears("eyepatch")) {
            pen.line(x - f.headR() * 0.95, y - f.headR() * 0.5, x + f.headR() * 0.95, y + f.headR() * 0.1, "#1b1b1f", 2);
            pen.ellipse(x + gap, y + 1, r * 0.95, r * 0.8, "#1b1b1f");
        }
        if (s.has("headband")) {
            pen.rect(x - f.headR(), y - f.headR() * 0.62, f.headR() * 2, 7, 3, "#e63946");
        }
    }

    private static void svgCircle(Pen pen, double x, double y, double r, String fill, String stroke) {
        if (fill.equals("none")) {
            pen.stroke(PathData.at(x - r, y).curve(x - r, y - r * 1.05, x, y - r).curve(x + r, y - r * 1.05, x + r, y)
                    .curve(x + r, y + r * 1.05, x, y + r).curve(x - r, y + r * 1.05, x - r, y), stroke, 2.5);
        }
        else {
            pen.circle(x, y, r, fill);
        }
    }
}
