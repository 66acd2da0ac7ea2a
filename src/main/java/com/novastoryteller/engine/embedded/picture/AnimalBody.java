package com.novastoryteller.engine.embedded.picture;

/**
 * An animal sitting up like a picture-book character: a round body with a paler front, paws it can raise, and a
 * head whose ears, snout, tail and pattern come from its kind (a fox's pointed ears and bushy tail, a rabbit's
 * long ears and puff of a tail, a panda's patches).
 */
final class AnimalBody implements Body {

    private static final double HEAD_Y = -103;
    private static final double HEAD_R = 32;

    @Override
    public Frame frame(Sketch s) {
        double w = s.look().round() ? 42 : 34;
        return new Frame(0, HEAD_Y, HEAD_R, HEAD_Y - 3, 12, 4.6, -72, 20, -42, w, 40, -w + 4, -36);
    }

    @Override
    public void paint(Sketch s, Frame f) {
        Pen pen = s.pen();
        Paints c = s.colours();
        Kind kind = s.kind();
        String limbs = kind.has("pattern", "panda") ? c.accent() : c.body();
        AnimalParts.tail(s, kind.part("tail", "none"), -f.bodyW() + 6, -22);
        if (s.has("spines")) {
            AnimalParts.spikes(pen, 0, -70, 50, 74, 20, c.accent());
        }
        if (s.has("shaggy")) {
            AnimalParts.shaggy(pen, 0, -60, 46, 70, c.body());
        }
        feet(s, limbs);
        pen.ellipse(0, f.bodyY(), f.bodyW(), f.bodyH(), c.body());
        pen.oval(0, f.bodyY() + 6, f.bodyW() * 0.62, f.bodyH() * 0.68, c.belly());
        AnimalParts.bodyPattern(s, f);
        pouchAndRuff(s);
        arms(s, f, limbs);
        if (s.has("mane")) {
            AnimalParts.spikes(pen, 0, HEAD_Y + 2, 38, 50, 14, c.accent());
        }
        AnimalParts.ears(s, kind.part("ears", "none"), 0, HEAD_Y, HEAD_R, kind.has("pattern", "panda") ? c.accent() : c.body());
        pen.circle(0, HEAD_Y, HEAD_R, c.body());
        AnimalParts.headPattern(s, f);
        AnimalFaces.snoutAndFace(s, kind.part("snout", "short"), f);
    }

    /** Flippers, boots the words give, or paws. */
    private static void feet(Sketch s, String paws) {
        Pen pen = s.pen();
        Paints c = s.colours();
        if (s.kind().has("feet", "flippers")) {
            pen.ellipse(-26, -6, 22, 8, -15, c.body());
            pen.ellipse(26, -6, 22, 8, 15, c.body());
        }
        else if (s.look().wears("boots")) {
            pen.rect(-28, -22, 20, 20, 4, c.shoes());
            pen.rect(8, -22, 20, 20, 4, c.shoes());
            pen.ellipse(-19, -5, 14, 7, c.shoes());
            pen.ellipse(19, -5, 14, 7, c.shoes());
        }
        else {
            pen.ellipse(-17, -6, 14, 8, paws);
            pen.ellipse(17, -6, 14, 8, paws);
        }
    }

    /** A kangaroo's pouch, a ruff of pale fur at the neck. */
    private static void pouchAndRuff(Sketch s) {
        Paints c = s.colours();
        if (s.has("pouch")) {
            s.pen().stroke(PathData.at(-15, -34).curve(0, -22, 15, -34), Palette.darker(c.belly(), 0.25), 2.5);
        }
        if (s.has("ruff")) {
            s.pen().fill(PathData.at(-18, -74).to(-12, -58).to(-6, -70).to(0, -54).to(6, -70).to(12, -58).to(18, -74).close(),
                    c.belly());
        }
    }

    private void arms(Sketch s, Frame f, String colour) {
        Pen pen = s.pen();
        double sx = f.bodyW() - 10;
        double sy = -64;
        double[] right = s.holding() ? new double[] { s.handX(), s.handY() }
                : s.armsUp() ? new double[] { 40, -118 } : new double[] { sx - 4, f.handY() };
        double[] left = s.armsUp() ? new double[] { -40, -118 } : new double[] { f.handX(), f.handY() };
        pen.limb(sx, sy, sx + 8, (sy + right[1]) / 2, right[0], right[1], 11, colour);
        pen.limb(-sx, sy, -sx - 8, (sy + left[1]) / 2, left[0], left[1], 11, colour);
        pen.circle(right[0], right[1], 7.5, colour);
        pen.circle(left[0], left[1], 7.5, colour);
    }
}
