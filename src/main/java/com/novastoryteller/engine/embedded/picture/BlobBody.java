package com.novastoryteller.engine.embedded.picture;

/**
 * Creatures of no particular shape: a furry monster (its eyes and horns chosen by its name), a big-headed alien
 * with antennae, and a friendly ghost you can see through.
 */
final class BlobBody implements Body {

    @Override
    public Frame frame(Sketch s) {
        return switch (s.kind().part("shape", "monster")) {
            case "alien" -> new Frame(0, -104, 34, -106, 14, 6.5, -74, 14, -42, 24, 30, -36, -40);
            case "ghost" -> new Frame(0, -108, 34, -110, 13, 5, -84, 26, -76, 40, 60, -48, -72);
            default -> new Frame(0, -92, 44, -104, 16, 6, -60, 30, -62, s.look().round() ? 56 : 46, 58, -56, -50);
        };
    }

    @Override
    public void paint(Sketch s, Frame f) {
        switch (s.kind().part("shape", "monster")) {
            case "alien" -> alien(s, f);
            case "ghost" -> ghost(s, f);
            default -> monster(s, f);
        }
    }

    private double[] hand(Sketch s, int side, double restX, double restY) {
        if (side == 1 && s.holding()) {
            return new double[] { s.handX(), s.handY() };
        }
        return s.armsUp() ? new double[] { side * 52, -140 } : new double[] { side * restX, restY };
    }

    private void monster(Sketch s, Frame f) {
        Pen pen = s.pen();
        Paints c = s.colours();
        int eyes = 1 + s.pick(51, 3);
        if (s.pick(52, 2) == 0) {
            pen.shape(PathData.at(-26, -112).curve(-40, -150, -20, -160).curve(-26, -134, -12, -116).close(), c.belly());
            pen.shape(PathData.at(26, -112).curve(40, -150, 20, -160).curve(26, -134, 12, -116).close(), c.belly());
        }
        pen.ellipse(-18, -6, 16, 9, c.body());
        pen.ellipse(18, -6, 16, 9, c.body());
        for (int side = -1; side <= 1; side += 2) {
            double[] hand = hand(s, side, 60, -46);
            pen.limb(side * 40, -70, side * 58, -66, hand[0], hand[1], 12, c.body());
            pen.circle(hand[0], hand[1], 9, c.body());
        }
        pen.shape(PathData.at(-f.bodyW(), -20).cubic(-f.bodyW() - 6, -150, f.bodyW() + 6, -150, f.bodyW(), -20)
                .curve(f.bodyW() * 0.5, -4, 0, -12).curve(-f.bodyW() * 0.5, -4, -f.bodyW(), -20).close(), c.body());
        for (int n = 0; n < 5; n++) {
            pen.stroke(PathData.at(-30 + n * 15, -132 + Math.abs(n - 2) * 6).to(-26 + n * 15, -124 + Math.abs(n - 2) * 6),
                    Palette.darker(c.body(), 0.25), 2.5);
        }
        pen.oval(0, -50, f.bodyW() * 0.6, 30, c.belly());
        if (eyes == 2) {
            Face.front(pen, s.mood(), 0, f.eyeY(), f.eyeGap(), f.eyeR(), -72, 30, true);
        }
        else {
            for (int n = 0; n < eyes; n++) {
                double ex = eyes == 1 ? 0 : (n - 1) * 22;
                pen.circle(ex, f.eyeY() + (n == 1 ? -6 : 0), eyes == 1 ? 15 : 11, "#ffffff");
                Face.eye(pen, s.mood(), ex, f.eyeY() + (n == 1 ? -6 : 0), eyes == 1 ? 8 : 6, n == 0 ? -1 : 1);
            }
            Face.mouth(pen, s.mood(), 0, -72, 30);
        }
        pen.fill(PathData.at(-8, -72).to(-4, -64).to(0, -72).close(), "#ffffff");
        pen.fill(PathData.at(4, -72).to(8, -64).to(12, -72).close(), "#ffffff");
    }

    private void alien(Sketch s, Frame f) {
        Pen pen = s.pen();
        Paints c = s.colours();
        pen.limb(-10, -26, -10, -6, 9, c.body());
        pen.limb(10, -26, 10, -6, 9, c.body());
        pen.ellipse(-12, -4, 10, 5, c.body());
        pen.ellipse(12, -4, 10, 5, c.body());
        for (int side = -1; side <= 1; side += 2) {
            double[] hand = hand(s, side, 36, -34);
            pen.limb(side * 18, -60, side * 30, -54, hand[0], hand[1], 7, c.body());
            pen.circle(hand[0], hand[1], 6, c.body());
        }
        pen.ellipse(0, f.bodyY(), f.bodyW(), f.bodyH(), c.body());
        pen.oval(0, f.bodyY() + 4, f.bodyW() * 0.55, f.bodyH() * 0.6, c.belly());
        for (int side = -1; side <= 1; side += 2) {
            pen.stroke(PathData.at(side * 12, -134).curve(side * 16, -152, side * 26, -158), Pen.INK, 3);
            pen.circle(side * 26, -160, 6, "#ffd23f");
        }
        pen.ellipse(0, f.headY(), f.headR() * 1.15, f.headR(), c.body());
        for (int side = -1; side <= 1; side += 2) {
            pen.ellipse(side * f.eyeGap(), f.eyeY(), 12, 15, side * -20, "#f4fff0");
        }
        Face.front(pen, s.mood(), 0, f.eyeY(), f.eyeGap(), f.eyeR(), f.headY() + 20, 14, true);
    }

    private void ghost(Sketch s, Frame f) {
        Pen pen = s.pen();
        Paints c = s.colours();
        double w = f.bodyW();
        PathData sheet = PathData.at(-w, -120).cubic(-w, -160, w, -160, w, -120).to(w + 6, -30).curve(w - 6, -14, w - 14, -30)
                .curve(w - 24, -14, w - 34, -30).curve(w - 46, -14, w - 56, -30).curve(w - 68, -14, -w + 8, -30)
                .curve(-w, -14, -w - 6, -30).close();
        for (int side = -1; side <= 1; side += 2) {
            double[] hand = hand(s, side, 56, -70);
            pen.limb(side * 30, -90, side * 46, -86, hand[0], hand[1], 12, c.body());
        }
        pen.glass(sheet, c.body(), 0.88);
        Face.front(pen, s.mood(), 0, f.eyeY(), f.eyeGap(), f.eyeR(), f.headY() + 22, 16, true);
    }
}
