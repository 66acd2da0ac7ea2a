package com.novastoryteller.engine.embedded.picture;

/**
 * Dragons and dinosaurs standing up: a round body with a ridged belly, a tail behind, a wide snout, and by kind
 * wings and horns (a dragon), back plates (a dinosaur), or a great head with tiny arms (a T-rex).
 */
final class DragonBody implements Body {

    @Override
    public Frame frame(Sketch s) {
        boolean trex = s.kind().has("shape", "trex");
        double w = s.look().round() ? 42 : 34;
        return new Frame(0, trex ? -110 : -104, trex ? 34 : 30, trex ? -120 : -110, 12, 5, -74, 22, -44, w, 40, -w + 4, -36);
    }

    @Override
    public void paint(Sketch s, Frame f) {
        Pen pen = s.pen();
        Paints c = s.colours();
        String shape = s.kind().part("shape", "dragon");
        boolean trex = shape.equals("trex");
        pen.shape(PathData.at(-20, -30).curve(-60, -20, -82, -2).curve(-50, -4, -18, -6).close(), c.body());
        if (shape.equals("dragon")) {
            pen.shape(PathData.at(-80, -2).to(-96, -8).to(-88, 8).close(), c.accent());
            for (int side = -1; side <= 1; side += 2) {
                pen.shape(PathData.at(side * 16, -74).curve(side * 50, -140, side * 82, -124).curve(side * 70, -104, side * 76, -86)
                        .curve(side * 58, -94, side * 56, -76).curve(side * 40, -84, side * 22, -56).close(),
                        Palette.darker(c.body(), 0.15));
            }
        }
        if (shape.equals("dinosaur")) {
            for (int n = 0; n < 4; n++) {
                double angle = Math.PI * (1.15 + n * 0.22);
                pen.shape(PathData.at(Math.cos(angle) * 30, -46 + Math.sin(angle) * 34).to(Math.cos(angle) * 50,
                        -46 + Math.sin(angle) * 52).to(Math.cos(angle + 0.25) * 32, -46 + Math.sin(angle + 0.25) * 36).close(),
                        c.accent());
            }
        }
        pen.ellipse(-16, -6, 15, 8, c.body());
        pen.ellipse(16, -6, 15, 8, c.body());
        if (trex) {
            pen.ellipse(-18, -26, 14, 22, c.body());
            pen.ellipse(18, -26, 14, 22, c.body());
        }
        pen.ellipse(0, f.bodyY(), f.bodyW(), f.bodyH(), c.body());
        pen.oval(0, f.bodyY() + 6, f.bodyW() * 0.6, f.bodyH() * 0.72, c.belly());
        for (int n = 0; n < 4; n++) {
            double y = f.bodyY() - 14 + n * 12;
            pen.line(-f.bodyW() * 0.45, y, f.bodyW() * 0.45, y, Palette.darker(c.belly(), 0.2), 2);
        }
        arms(s, f, trex);
        head(s, f, shape);
    }

    private void arms(Sketch s, Frame f, boolean trex) {
        Pen pen = s.pen();
        String colour = s.colours().body();
        double sx = f.bodyW() - 10;
        double sy = -64;
        double reach = trex ? 0.45 : 1;
        double[] right = s.holding() ? new double[] { s.handX(), s.handY() }
                : s.armsUp() ? new double[] { 40, -120 } : new double[] { sx + (trex ? 12 : -2), trex ? -60 : f.handY() };
        double[] left = s.armsUp() ? new double[] { -40, -120 } : new double[] { -sx - (trex ? 12 : -2) * reach, trex ? -60 : f.handY() };
        pen.limb(sx, sy, sx + 8, (sy + right[1]) / 2, right[0], right[1], trex ? 7 : 11, colour);
        pen.limb(-sx, sy, -sx - 8, (sy + left[1]) / 2, left[0], left[1], trex ? 7 : 11, colour);
        pen.circle(right[0], right[1], trex ? 5 : 7, colour);
        pen.circle(left[0], left[1], trex ? 5 : 7, colour);
    }

    private void head(Sketch s, Frame f, String shape) {
        Pen pen = s.pen();
        Paints c = s.colours();
        double x = f.headX();
        double y = f.headY();
        double r = f.headR();
        if (shape.equals("dragon")) {
            for (int side = -1; side <= 1; side += 2) {
                pen.shape(PathData.at(x + side * r * 0.35, y - r * 0.8).curve(x + side * r * 0.6, y - r * 1.5, x + side * r * 0.95,
                        y - r * 1.6).curve(x + side * r * 0.75, y - r * 1.1, x + side * r * 0.75, y - r * 0.6).close(), c.accent());
            }
            pen.shape(PathData.at(x - 6, y - r + 2).to(x, y - r - 12).to(x + 6, y - r + 2).close(), c.accent());
        }
        pen.circle(x, y, r, c.body());
        double muzzleY = y + r * 0.45;
        pen.ellipse(x, muzzleY, r * (shape.equals("trex") ? 0.85 : 0.65), r * 0.42, Palette.lighter(c.body(), 0.25));
        pen.dot(x - r * 0.22, muzzleY - r * 0.15, r * 0.07, Pen.INK);
        pen.dot(x + r * 0.22, muzzleY - r * 0.15, r * 0.07, Pen.INK);
        Face.front(pen, s.mood(), x, f.eyeY() + (shape.equals("trex") ? 0 : 0), f.eyeGap(), f.eyeR(), muzzleY + r * 0.12,
                r * 0.5, true);
        if (shape.equals("trex") && s.mood() != com.novastoryteller.engine.Scene.Mood.SURPRISED) {
            for (int n = -2; n <= 2; n++) {
                double tx = x + n * r * 0.16;
                pen.fill(PathData.at(tx - 3, muzzleY + r * 0.15).to(tx, muzzleY + r * 0.3).to(tx + 3, muzzleY + r * 0.15).close(),
                        "#ffffff");
            }
        }
    }
}
