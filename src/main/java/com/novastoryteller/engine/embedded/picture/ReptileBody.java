package com.novastoryteller.engine.embedded.picture;

/**
 * Frogs and reptiles: a squat frog with eyes on top, a turtle or tortoise under its shell, a coiled snake with
 * its head raised, and a crocodile or lizard side on. A front foot (or the snake's tail) holds.
 */
final class ReptileBody implements Body {

    @Override
    public Frame frame(Sketch s) {
        return switch (s.kind().part("shape", "frog")) {
            case "frog" -> new Frame(0, -82, 36, -104, 18, 5, -60, 28, -38, 42, 34, -40, -20);
            case "turtle", "tortoise" -> new Frame(50, -84, 22, -86, 8, 4, -64, 10, -48, 48, 34, 34, -8);
            case "snake" -> new Frame(4, -106, 26, -108, 10, 4.5, -84, 14, -36, 46, 28, -40, -20);
            default -> new Frame(s.kind().has("shape", "crocodile") ? 30 : 44, -78, 22, -84, 8, 4.5, -58, 12, -40, 50, 20, 30, -6);
        };
    }

    @Override
    public void paint(Sketch s, Frame f) {
        switch (s.kind().part("shape", "frog")) {
            case "frog" -> frog(s, f);
            case "turtle", "tortoise" -> turtle(s, f, s.kind().has("shape", "tortoise"));
            case "snake" -> snake(s, f);
            default -> lizard(s, f, s.kind().has("shape", "crocodile"));
        }
    }

    private double[] raised(Sketch s, double restX, double restY) {
        return s.holding() ? new double[] { s.handX(), s.handY() } : s.armsUp() ? new double[] { restX + 10, -130 }
                : new double[] { restX, restY };
    }

    private void frog(Sketch s, Frame f) {
        Pen pen = s.pen();
        Paints c = s.colours();
        pen.ellipse(-36, -16, 20, 14, -20, c.body());
        pen.ellipse(36, -16, 20, 14, 20, c.body());
        pen.ellipse(-50, -4, 14, 5, c.body());
        pen.ellipse(50, -4, 14, 5, c.body());
        pen.ellipse(0, f.bodyY(), f.bodyW(), f.bodyH(), c.body());
        pen.oval(0, f.bodyY() + 8, f.bodyW() * 0.6, f.bodyH() * 0.6, c.belly());
        double[] right = raised(s, 22, -8);
        double[] left = s.armsUp() ? new double[] { -32, -130 } : new double[] { -22, -8 };
        pen.limb(24, -46, 28, -28, right[0], right[1], 9, c.body());
        pen.limb(-24, -46, -28, -28, left[0], left[1], 9, c.body());
        pen.ellipse(right[0], right[1], 8, 5, c.body());
        pen.ellipse(left[0], left[1], 8, 5, c.body());
        pen.circle(-18, f.eyeY(), 14, c.body());
        pen.circle(18, f.eyeY(), 14, c.body());
        pen.ellipse(0, f.headY(), f.headR() * 1.15, f.headR() * 0.75, c.body());
        pen.circle(-18, f.eyeY(), 9, "#ffffff");
        pen.circle(18, f.eyeY(), 9, "#ffffff");
        Face.front(pen, s.mood(), 0, f.eyeY(), f.eyeGap(), f.eyeR(), f.headY() + 6, 30, true);
    }

    private void turtle(Sketch s, Frame f, boolean tortoise) {
        Pen pen = s.pen();
        Paints c = s.colours();
        String skin = tortoise ? "#9aa87a" : c.body();
        for (double x : new double[] { -30, 28 }) {
            if (tortoise) {
                pen.rect(x - 9, -30, 18, 28, 8, skin);
            }
            else {
                pen.ellipse(x, -12, 18, 8, x < 0 ? 20 : -20, skin);
            }
        }
        double[] hand = raised(s, 40, -20);
        pen.limb(34, -40, 40, -40, hand[0], hand[1], 11, skin);
        pen.limb(36, f.bodyY(), (36 + f.headX()) / 2, f.headY() + 20, f.headX(), f.headY() + 8, 16, skin);
        pen.ellipse(-8, -24, 52, 10, c.belly());
        double dome = tortoise ? 52 : 38;
        pen.shape(PathData.at(-58, -26).cubic(-56, -26 - dome * 1.3, 40, -26 - dome * 1.3, 42, -26).close(), c.accent());
        double[][] plates = { { -8, -26 - dome * 0.6 }, { -32, -26 - dome * 0.35 }, { 18, -26 - dome * 0.35 } };
        for (double[] plate : plates) {
            pen.ellipse(plate[0], plate[1], 11, dome * 0.17, Palette.lighter(c.accent(), 0.25));
        }
        pen.circle(f.headX(), f.headY(), f.headR(), skin);
        Face.front(pen, s.mood(), f.headX(), f.eyeY(), f.eyeGap(), f.eyeR(), f.headY() + 10, 10, true);
    }

    private void snake(Sketch s, Frame f) {
        Pen pen = s.pen();
        Paints c = s.colours();
        double tx = s.holding() ? s.handX() : 56;
        double ty = s.holding() ? s.handY() : -8;
        pen.limb(36, -12, 56, -14, tx, ty, 8, c.body());
        double[][] coils = { { 0, -14, 46, 14 }, { 0, -36, 38, 13 }, { 0, -56, 28, 12 } };
        for (double[] coil : coils) {
            pen.ellipse(coil[0], coil[1], coil[2], coil[3], c.body());
            pen.oval(coil[0], coil[1] + 4, coil[2] * 0.7, coil[3] * 0.35, c.belly());
            pen.dot(coil[0] - coil[2] * 0.5, coil[1] - 2, 3.5, c.accent());
            pen.dot(coil[0] + coil[2] * 0.5, coil[1] - 2, 3.5, c.accent());
        }
        pen.limb(0, -62, -12, -80, f.headX(), f.headY() + 10, 20, c.body());
        pen.ellipse(f.headX(), f.headY(), f.headR(), f.headR() * 0.82, c.body());
        pen.stroke(PathData.at(f.headX(), f.headY() + 20).to(f.headX(), f.headY() + 30).move(f.headX(), f.headY() + 30)
                .to(f.headX() - 4, f.headY() + 35).move(f.headX(), f.headY() + 30).to(f.headX() + 4, f.headY() + 35), "#e63946", 2);
        Face.front(pen, s.mood(), f.headX(), f.eyeY(), f.eyeGap(), f.eyeR(), f.headY() + 10, 14, true);
    }

    private void lizard(Sketch s, Frame f, boolean crocodile) {
        Pen pen = s.pen();
        Paints c = s.colours();
        double y = f.bodyY();
        String far = Palette.darker(c.body(), 0.12);
        pen.shape(PathData.at(-30, y - 12).curve(-70, y - 6, -86, y + 30).curve(-60, y + 12, -30, y + 14).close(), c.body());
        if (!crocodile) {
            pen.stroke(PathData.at(-82, y + 28).curve(-98, y + 10, -86, y).curve(-76, y + 2, -80, y + 12), c.body(), 6);
        }
        pen.limb(-26, y + 8, -30, y + 20, -34, -4, 10, far);
        pen.limb(26, y + 8, 30, y + 20, 30, -4, 10, far);
        pen.ellipse(0, y, f.bodyW(), f.bodyH(), c.body());
        pen.oval(4, y + 10, f.bodyW() * 0.8, f.bodyH() * 0.4, c.belly());
        if (crocodile) {
            for (int n = -3; n <= 2; n++) {
                pen.circle(n * 12, y - f.bodyH() + 2, 4.5, far);
            }
        }
        pen.limb(-14, y + 10, -18, y + 22, -20, -4, 10, c.body());
        double[] hand = raised(s, 42, -4);
        pen.limb(36, y + 6, 42, y + 16, hand[0], hand[1], 10, c.body());
        pen.ellipse(hand[0], hand[1], 7, 5, c.body());
        double snout = crocodile ? 46 : 26;
        pen.shape(PathData.at(f.headX() - 16, f.headY() - 10).curve(f.headX() + snout, f.headY() - 14, f.headX() + snout + 6,
                f.headY() + 8).curve(f.headX() + snout, f.headY() + 20, f.headX() - 10, f.headY() + 18).close(), c.body());
        if (crocodile) {
            for (int n = 0; n < 4; n++) {
                double tx = f.headX() + 8 + n * 9;
                pen.fill(PathData.at(tx, f.headY() + 12).to(tx + 3, f.headY() + 18).to(tx + 6, f.headY() + 12).close(), "#ffffff");
            }
        }
        pen.circle(f.headX(), f.headY(), f.headR(), c.body());
        pen.dot(f.headX() + snout, f.headY(), 2.5, Pen.INK);
        Face.front(pen, s.mood(), f.headX(), f.eyeY(), f.eyeGap(), f.eyeR(), f.headY() + 10, 14, true);
    }
}
