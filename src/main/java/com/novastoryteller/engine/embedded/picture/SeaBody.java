package com.novastoryteller.engine.embedded.picture;

/**
 * Creatures of the sea, floating a little above the ground: fish, whales, dolphins and sharks side on, facing
 * right (a fin holds); an octopus and a jellyfish from the front (a tentacle holds); a seahorse upright.
 */
final class SeaBody implements Body {

    @Override
    public Frame frame(Sketch s) {
        return switch (s.kind().part("shape", "fish")) {
            case "octopus" -> new Frame(0, -100, 36, -104, 13, 5.5, -70, 26, -84, 36, 30, -40, -30);
            case "jellyfish" -> new Frame(0, -104, 38, -102, 13, 5.5, -78, 30, -96, 40, 32, -34, -40);
            case "seahorse" -> new Frame(8, -118, 22, -120, 8, 4, -96, 10, -64, 22, 34, -20, -60);
            default -> new Frame(26, -78, 30, -84, 9, 5.5, -60, 14, -72, s.kind().has("shape", "whale") ? 62 : 50, 32, -30, -50);
        };
    }

    @Override
    public void paint(Sketch s, Frame f) {
        switch (s.kind().part("shape", "fish")) {
            case "octopus", "jellyfish" -> tentacled(s, f, s.kind().has("shape", "jellyfish"));
            case "seahorse" -> seahorse(s, f);
            default -> swimmer(s, f, s.kind().part("shape", "fish"));
        }
    }

    private void swimmer(Sketch s, Frame f, String shape) {
        Pen pen = s.pen();
        Paints c = s.colours();
        double w = f.bodyW();
        double h = f.bodyH();
        double y = f.bodyY();
        String fin = Palette.darker(c.body(), 0.15);
        if (shape.equals("whale")) {
            pen.stroke(PathData.at(20, y - h).curve(14, y - h - 30, 2, y - h - 36).move(20, y - h).curve(26, y - h - 30, 38,
                    y - h - 36), "#7cc6f2", 5);
        }
        tailAndTopFin(pen, f, shape, fin);
        pen.shape(swimmerBody(f, shape), c.body());
        pen.fill(PathData.at(-w * 0.7, y + h * 0.35).curve(0, y + h * 1.1, w * 0.85, y + h * 0.35).curve(0, y + h * 0.55,
                -w * 0.7, y + h * 0.35).close(), c.belly());
        markings(s, f, shape);
        sideFin(s, f, fin);
        swimmerFace(s, f, shape);
    }

    private static void tailAndTopFin(Pen pen, Frame f, String shape, String fin) {
        double w = f.bodyW();
        double h = f.bodyH();
        double y = f.bodyY();
        boolean whale = shape.equals("whale");
        pen.shape(PathData.at(-w + 8, y).curve(-w - 14, y - (whale ? 40 : 30), -w - 26, y - (whale ? 36 : 28))
                .curve(-w - 16, y, -w - 26, y + 28).curve(-w - 10, y + 26, -w + 8, y).close(), fin);
        double top = shape.equals("shark") ? 42 : shape.equals("dolphin") ? 28 : 18;
        pen.shape(PathData.at(-16, y - h + 4).curve(-6, y - h - top, 10, y - h - top).curve(4, y - h - 6, 14, y - h + 6)
                .close(), fin);
    }

    private static PathData swimmerBody(Frame f, String shape) {
        double w = f.bodyW();
        double h = f.bodyH();
        double y = f.bodyY();
        return switch (shape) {
            case "shark", "dolphin" -> PathData.at(w + 14, y + 4).curve(w - 10, y - h - 6, -w * 0.2, y - h)
                    .curve(-w, y - h * 0.6, -w, y).curve(-w, y + h * 0.8, -w * 0.1, y + h).curve(w - 6, y + h, w + 14, y + 4).close();
            default -> PathData.at(w, y).curve(w, y - h * 1.25, 0, y - h).curve(-w, y - h * 0.9, -w, y)
                    .curve(-w, y + h * 0.9, 0, y + h).curve(w, y + h * 1.25, w, y).close();
        };
    }

    /** A fish's stripes or spots, a shark's gills. */
    private static void markings(Sketch s, Frame f, String shape) {
        Pen pen = s.pen();
        Paints c = s.colours();
        double w = f.bodyW();
        double h = f.bodyH();
        double y = f.bodyY();
        if (shape.equals("fish")) {
            boolean stripes = s.pick(31, 2) == 0;
            for (int n = 0; n < 2; n++) {
                double sx = -w * 0.45 + n * w * 0.4;
                if (stripes) {
                    pen.stroke(PathData.at(sx, y - h * 0.85).curve(sx + 6, y, sx, y + h * 0.85), c.accent(), 6);
                }
                else {
                    pen.dot(sx, y - h * 0.2 + n * 10, 5, c.accent());
                }
            }
        }
        if (shape.equals("shark")) {
            for (int n = 0; n < 3; n++) {
                pen.line(w * 0.35 - n * 6, y - 6, w * 0.35 - n * 6 - 3, y + 8, Palette.darker(c.body(), 0.3), 2);
            }
        }
    }

    /** The fin that holds the thing, or waves, or rests below. */
    private static void sideFin(Sketch s, Frame f, String fin) {
        double h = f.bodyH();
        double y = f.bodyY();
        double finX = s.holding() ? s.handX() : s.armsUp() ? 30 : 0;
        double finY = s.holding() ? s.handY() : s.armsUp() ? y - h - 30 : y + h + 12;
        s.pen().shape(PathData.at(-4, y + 6).curve(finX - 8, (y + finY) / 2, finX, finY).curve(finX + 6, (y + finY) / 2 + 4,
                12, y + 8).close(), fin);
    }

    private static void swimmerFace(Sketch s, Frame f, String shape) {
        Pen pen = s.pen();
        double w = f.bodyW();
        double y = f.bodyY();
        Face.eye(pen, s.mood(), f.headX(), f.eyeY(), f.eyeR(), 1);
        if (shape.equals("whale") || shape.equals("shark")) {
            Face.eye(pen, s.mood(), f.headX() - 18, f.eyeY() - 2, f.eyeR() * 0.85, -1);
        }
        Face.mouth(pen, s.mood(), w * 0.72, y + 8, shape.equals("fish") ? 12 : 18);
        pen.oval(f.headX() - 2, f.eyeY() + 12, 6, 4, Face.CHEEK, 0.6);
        if (shape.equals("shark") && s.mood() == com.novastoryteller.engine.Scene.Mood.HAPPY) {
            pen.fill(PathData.at(w * 0.72 - 6, y + 8).to(w * 0.72 - 3, y + 13).to(w * 0.72, y + 8).to(w * 0.72 + 3, y + 13)
                    .to(w * 0.72 + 6, y + 8).close(), "#ffffff");
        }
    }

    private void tentacled(Sketch s, Frame f, boolean jelly) {
        Pen pen = s.pen();
        Paints c = s.colours();
        double x = f.headX();
        double y = f.headY();
        double r = f.headR();
        int arms = jelly ? 5 : 6;
        for (int n = 0; n < arms; n++) {
            double t = (n + 0.5) / arms;
            double ax = x - r * 0.85 + t * r * 1.7;
            boolean raised = n == arms - 1 && (s.holding() || s.armsUp()) || n == 0 && s.armsUp();
            double ex = raised ? (s.holding() && n == arms - 1 ? s.handX() : n == 0 ? -50 : 50) : ax + (t - 0.5) * 100;
            double ey = raised ? (s.holding() && n == arms - 1 ? s.handY() : -140) : -6;
            if (jelly) {
                pen.stroke(PathData.at(ax, y + r * 0.5).curve(ax - 10, (y + ey) / 2, ax + 4, (y + ey) / 2 + 14).curve(ax + 14,
                        ey - 10, ex, ey), Palette.darker(c.body(), 0.15), 5);
            }
            else {
                pen.limb(ax, y + r * 0.4, ax - (ex - ax) * 0.3, (y + ey) / 2 + 16, ex, ey, 12, c.body());
                pen.dot(ex - 2, ey - 8, 2.5, c.belly());
            }
        }
        if (jelly) {
            pen.glass(PathData.at(x - r * 1.05, y + r * 0.55).cubic(x - r * 1.15, y - r * 1.25, x + r * 1.15, y - r * 1.25,
                    x + r * 1.05, y + r * 0.55).curve(x + r * 0.8, y + r * 0.75, x + r * 0.55, y + r * 0.55).curve(x + r * 0.3,
                    y + r * 0.75, x, y + r * 0.55).curve(x - r * 0.3, y + r * 0.75, x - r * 0.55, y + r * 0.55).curve(x - r * 0.8,
                    y + r * 0.75, x - r * 1.05, y + r * 0.55).close(), c.body(), 0.8);
            pen.oval(x - r * 0.45, y - r * 0.55, r * 0.2, r * 0.12, "#ffffff", 0.7);
        }
        else {
            pen.shape(PathData.at(x - r, y + r * 0.5).cubic(x - r * 1.25, y - r * 1.4, x + r * 1.25, y - r * 1.4, x + r,
                    y + r * 0.5).curve(x, y + r * 0.85, x - r, y + r * 0.5).close(), c.body());
            pen.dot(x + r * 0.45, y - r * 0.6, r * 0.12, c.belly());
            pen.dot(x - r * 0.5, y - r * 0.45, r * 0.08, c.belly());
        }
        Face.front(pen, s.mood(), x, f.eyeY(), f.eyeGap(), f.eyeR(), y + r * 0.28, r * 0.4, true);
    }

    private void seahorse(Sketch s, Frame f) {
        Pen pen = s.pen();
        Paints c = s.colours();
        pen.stroke(PathData.at(-2, -40).curve(-6, -4, 14, -6).curve(24, -14, 12, -22).curve(4, -24, 6, -16), Pen.INK, 15);
        pen.stroke(PathData.at(-2, -40).curve(-6, -4, 14, -6).curve(24, -14, 12, -22).curve(4, -24, 6, -16), c.body(), 10);
        pen.shape(PathData.at(-18, -84).curve(-14, -60, -16, -46).curve(-18, -34, 4, -30).curve(24, -40, 24, -62)
                .curve(22, -86, 10, -100).close(), Palette.darker(c.body(), 0.2));
        pen.ellipse(4, -64, 22, 34, c.body());
        for (int n = 0; n < 4; n++) {
            pen.line(10, -86 + n * 12, 22, -84 + n * 12, c.belly(), 3);
        }
        double tx = s.holding() ? s.handX() : 30;
        double ty = s.holding() ? s.handY() : -60;
        pen.shape(PathData.at(16, -70).curve(tx - 6, ty - 6, tx, ty).curve(tx - 2, ty + 8, 18, -62).close(), c.accent());
        pen.circle(f.headX(), f.headY(), f.headR(), c.body());
        pen.shape(PathData.at(f.headX() + 12, f.headY() + 2).to(f.headX() + 36, f.headY() + 8).to(f.headX() + 36, f.headY() + 16)
                .to(f.headX() + 10, f.headY() + 14).close(), c.body());
        pen.ellipse(f.headX() - 6, f.top() + 2, 6, 8, c.accent());
        Face.front(pen, s.mood(), f.headX(), f.eyeY(), f.eyeGap(), f.eyeR(), f.headY() + 12, 8, true);
    }
}
