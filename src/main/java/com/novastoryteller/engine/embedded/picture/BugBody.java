package com.novastoryteller.engine.embedded.picture;

/**
 * Small crawlers and flyers drawn as big as a child: a bee, a butterfly, a ladybird, a spider, an ant, a beetle,
 * a caterpillar, a worm, a snail, a crab, a dragonfly. A leg, a claw or a wing tip holds.
 */
final class BugBody implements Body {

    @Override
    public Frame frame(Sketch s) {
        return switch (s.kind().part("shape", "beetle")) {
            case "spider" -> new Frame(0, -70, 38, -78, 13, 5.5, -44, 24, -70, 38, 38, -50, -20);
            case "snail" -> new Frame(34, -92, 18, -96, 7, 4, -74, 12, -56, 40, 36, -40, -30);
            case "caterpillar", "worm" -> new Frame(14, -110, 24, -112, 9, 4.5, -88, 14, -50, 30, 40, -30, -30);
            case "crab" -> new Frame(0, -58, 40, -96, 12, 5, -44, 30, -54, 44, 28, -56, -80);
            case "butterfly", "dragonfly" -> new Frame(0, -118, 18, -120, 7, 4, -102, 10, -70, 10, 40, -28, -60);
            default -> new Frame(0, -112, 26, -114, 10, 4.5, -90, 16, -56, 36, 40, -36, -40);
        };
    }

    @Override
    public void paint(Sketch s, Frame f) {
        String shape = s.kind().part("shape", "beetle");
        switch (shape) {
            case "butterfly", "dragonfly", "bee" -> wings(s, f, shape);
            default -> {
            }
        }
        switch (shape) {
            case "spider" -> spider(s, f);
            case "snail" -> snail(s, f);
            case "caterpillar", "worm" -> crawler(s, f, shape.equals("worm"));
            case "crab" -> crab(s, f);
            case "butterfly", "dragonfly" -> flier(s, f);
            default -> insect(s, f, shape);
        }
    }

    private void spider(Sketch s, Frame f) {
        Pen pen = s.pen();
        Paints c = s.colours();
        legs(s, f, 4, 30, c.body());
        pen.circle(0, f.bodyY(), f.bodyH(), c.body());
        pen.oval(0, f.bodyY() + 16, 18, 12, c.belly());
        eyesOnDark(s, f);
        Face.front(pen, s.mood(), 0, f.eyeY(), f.eyeGap(), f.eyeR(), f.bodyY() + 2, 14, true);
    }

    /** A butterfly's or dragonfly's slim body between its wings. */
    private void flier(Sketch s, Frame f) {
        Pen pen = s.pen();
        Paints c = s.colours();
        pen.ellipse(0, f.bodyY(), f.bodyW(), f.bodyH(), c.belly());
        arms(s, f, c.belly(), -f.bodyY() - 40);
        antennae(s, f);
        pen.circle(0, f.headY(), f.headR(), c.belly());
        eyesOnDark(s, f);
        Face.front(pen, s.mood(), 0, f.eyeY(), f.eyeGap(), f.eyeR(), f.headY() + f.headR() * 0.5, 9, true);
    }

    /** A beetle, a ladybird, a bee or an ant: six legs, a body with its markings, and antennae. */
    private void insect(Sketch s, Frame f, String shape) {
        Pen pen = s.pen();
        Paints c = s.colours();
        legs(s, f, 2, 8, c.belly());
        arms(s, f, c.belly(), -f.bodyY() - 30);
        if (shape.equals("ant")) {
            pen.ellipse(0, -24, 30, 22, c.body());
            pen.ellipse(0, -62, 20, 18, c.body());
        }
        else {
            pen.ellipse(0, f.bodyY(), f.bodyW(), f.bodyH(), c.body());
            markings(s, f, shape);
        }
        antennae(s, f);
        String head = shape.equals("ladybird") || shape.equals("beetle") ? c.belly() : c.body();
        pen.circle(0, f.headY(), f.headR(), head);
        if (Palette.lightness(head) < 0.3) {
            eyesOnDark(s, f);
        }
        Face.front(pen, s.mood(), 0, f.eyeY(), f.eyeGap(), f.eyeR(), f.headY() + f.headR() * 0.5, 11, true);
    }

    private void markings(Sketch s, Frame f, String shape) {
        Pen pen = s.pen();
        Paints c = s.colours();
        double y = f.bodyY();
        switch (shape) {
            case "bee" -> {
                for (int n = -1; n <= 1; n++) {
                    double sy = y + n * 16;
                    double half = Math.sqrt(Math.max(0, 1 - Math.pow((sy - y) / f.bodyH(), 2))) * f.bodyW() - 2;
                    pen.line(-half, sy, half, sy, c.belly(), 8);
                }
                pen.shape(PathData.at(-6, y + f.bodyH() - 2).to(0, y + f.bodyH() + 12).to(6, y + f.bodyH() - 2).close(), c.belly());
            }
            case "ladybird", "beetle" -> {
                pen.line(0, y - f.bodyH(), 0, y + f.bodyH(), Pen.INK, 2.5);
                if (shape.equals("ladybird")) {
                    double[][] spots = { { -18, -20 }, { 16, -22 }, { -22, 8 }, { 20, 6 }, { -10, 26 }, { 12, 24 } };
                    for (double[] spot : spots) {
                        pen.dot(spot[0], y + spot[1], 7, c.belly());
                    }
                }
                else {
                    pen.oval(-14, y - 20, 6, 12, "#ffffff", 0.35);
                }
            }
            default -> {
            }
        }
    }

    private void wings(Sketch s, Frame f, String shape) {
        Pen pen = s.pen();
        Paints c = s.colours();
        if (shape.equals("bee")) {
            pen.glass(PathData.at(-8, -92).curve(-50, -130, -40, -92).curve(-30, -74, -8, -92).close(), "#dff6ff", 0.7);
            pen.glass(PathData.at(8, -92).curve(50, -130, 40, -92).curve(30, -74, 8, -92).close(), "#dff6ff", 0.7);
            return;
        }
        boolean butterfly = shape.equals("butterfly");
        String wing = butterfly ? c.body() : "#dff6ff";
        for (int side = -1; side <= 1; side += 2) {
            if (butterfly) {
                pen.ellipse(side * 38, -98, 36, 30, side * -25, wing);
                pen.ellipse(side * 30, -52, 26, 22, side * 20, Palette.darker(wing, 0.1));
                pen.circle(side * 44, -102, 10, c.accent());
                pen.dot(side * 30, -52, 7, c.accent());
            }
            else {
                pen.ellipse(side * 40, -92, 40, 11, side * -8, wing);
                pen.ellipse(side * 36, -74, 34, 9, side * 8, wing);
            }
        }
    }

    private void antennae(Sketch s, Frame f) {
        Pen pen = s.pen();
        double top = f.top();
        pen.stroke(PathData.at(-6, top + 4).curve(-12, top - 22, -22, top - 26), Pen.INK, 3);
        pen.stroke(PathData.at(6, top + 4).curve(12, top - 22, 22, top - 26), Pen.INK, 3);
        pen.dot(-22, top - 26, 4, Pen.INK);
        pen.dot(22, top - 26, 4, Pen.INK);
    }

    /** White eyes under the face's, so that they show on a dark head. */
    private void eyesOnDark(Sketch s, Frame f) {
        s.pen().circle(-f.eyeGap(), f.eyeY(), f.eyeR() * 1.9, "#ffffff");
        s.pen().circle(f.eyeGap(), f.eyeY(), f.eyeR() * 1.9, "#ffffff");
    }

    private void legs(Sketch s, Frame f, int pairs, double spread, String colour) {
        for (int n = 0; n < pairs; n++) {
            double y = f.bodyY() + (pairs == 1 ? 20 : -20 + n * 14);
            for (int side = -1; side <= 1; side += 2) {
                boolean raised = pairs > 2 && n == 0 && side == 1 && (s.holding() || s.armsUp()) || pairs > 2 && n == 0 && s.armsUp();
                double ex = raised ? (s.holding() && side == 1 ? s.handX() : side * 56) : side * (f.bodyW() + spread + 10);
                double ey = raised ? (s.holding() && side == 1 ? s.handY() : -130) : -4;
                s.pen().limb(side * f.bodyW() * 0.6, y, side * (f.bodyW() + spread), y - 30, ex, ey, 5, colour);
            }
        }
    }

    private void arms(Sketch s, Frame f, String colour, double height) {
        double sy = f.bodyY() - f.bodyH() * 0.4;
        double sx = f.bodyW() * 0.8;
        double[] right = s.holding() ? new double[] { s.handX(), s.handY() } : s.armsUp() ? new double[] { 44, -140 }
                : new double[] { sx + 14, sy + 26 };
        double[] left = s.armsUp() ? new double[] { -44, -140 } : new double[] { -sx - 14, sy + 26 };
        s.pen().limb(sx, sy, sx + 12, sy - 4, right[0], right[1], 5, colour);
        s.pen().limb(-sx, sy, -sx - 12, sy - 4, left[0], left[1], 5, colour);
        s.pen().circle(right[0], right[1], 4, colour);
        s.pen().circle(left[0], left[1], 4, colour);
    }

    private void snail(Sketch s, Frame f) {
        Pen pen = s.pen();
        Paints c = s.colours();
        pen.shape(PathData.at(-56, -4).curve(-40, -26, 10, -22).curve(f.headX() - 6, -40, f.headX() - 12, f.headY())
                .to(f.headX() + 14, f.headY()).curve(f.headX() + 18, -20, f.headX() + 30, -4).close(), c.belly());
        pen.stroke(PathData.at(f.headX() - 6, f.top() + 4).to(f.headX() - 12, f.top() - 24), Pen.INK, 3);
        pen.stroke(PathData.at(f.headX() + 6, f.top() + 4).to(f.headX() + 12, f.top() - 24), Pen.INK, 3);
        pen.circle(-8, -62, 38, c.body());
        pen.stroke(PathData.at(-8, -62).curve(6, -60, 4, -72).curve(-2, -86, -18, -80).curve(-34, -70, -26, -50)
                .curve(-16, -30, 8, -34).curve(28, -42, 26, -66), c.accent(), 4);
        if (s.holding()) {
            pen.limb(f.headX() + 8, f.headY() + 16, s.handX() - 4, s.handY() + 20, s.handX(), s.handY(), 7, c.belly());
        }
        pen.circle(f.headX(), f.headY(), f.headR(), c.belly());
        pen.dot(f.headX() - 12, f.top() - 24, 4, Pen.INK);
        pen.dot(f.headX() + 12, f.top() - 24, 4, Pen.INK);
        Face.front(pen, s.mood(), f.headX(), f.eyeY(), f.eyeGap(), f.eyeR(), f.headY() + 9, 9, true);
    }

    private void crawler(Sketch s, Frame f, boolean worm) {
        Pen pen = s.pen();
        Paints c = s.colours();
        double[][] segments = { { -50, -18 }, { -32, -20 }, { -14, -22 }, { 2, -30 }, { 12, -48 }, { 16, -68 }, { 16, -86 } };
        if (worm) {
            PathData d = PathData.at(-50, -12).curve(-20, -30, 0, -20).curve(20, -10, 16, -60).to(f.headX(), f.headY());
            pen.stroke(d, Pen.INK, 33);
            pen.stroke(d, c.body(), 28);
        }
        else {
            for (double[] segment : segments) {
                pen.circle(segment[0], segment[1], 15, c.body());
                pen.dot(segment[0] + 4, segment[1] + 8, 3, c.belly());
            }
        }
        double hx = s.holding() ? s.handX() : s.armsUp() ? 40 : 30;
        double hy = s.holding() ? s.handY() : s.armsUp() ? -130 : -60;
        if (!worm) {
            pen.limb(22, -70, 30, -76, hx, hy, 5, c.body());
            pen.circle(hx, hy, 4, c.body());
            antennae(s, f);
        }
        pen.circle(f.headX(), f.headY(), f.headR(), c.body());
        Face.front(pen, s.mood(), f.headX(), f.eyeY(), f.eyeGap(), f.eyeR(), f.headY() + f.headR() * 0.45, 11, true);
    }

    private void crab(Sketch s, Frame f) {
        Pen pen = s.pen();
        Paints c = s.colours();
        for (int n = 0; n < 3; n++) {
            for (int side = -1; side <= 1; side += 2) {
                pen.limb(side * 30, -50 + n * 8, side * (56 + n * 4), -44 + n * 6, side * (50 + n * 8), -4, 5, c.body());
            }
        }
        for (int side = -1; side <= 1; side += 2) {
            boolean held = side == 1 && s.holding();
            double cx = held ? s.handX() : s.armsUp() ? side * 50 : side * 58;
            double cy = held ? s.handY() : s.armsUp() ? -130 : -90;
            pen.limb(side * 34, -62, side * 50, -70, cx, cy + 10, 7, c.body());
            pen.shape(PathData.at(cx - 12, cy + 6).curve(cx - 14, cy - 16, cx, cy - 14).to(cx - 2, cy - 2).to(cx + 10, cy - 8)
                    .curve(cx + 12, cy + 12, cx - 12, cy + 6).close(), c.body());
        }
        pen.line(-12, -70, -12, -92, Pen.INK, 3);
        pen.line(12, -70, 12, -92, Pen.INK, 3);
        pen.circle(-12, f.eyeY(), 8, "#ffffff");
        pen.circle(12, f.eyeY(), 8, "#ffffff");
        pen.ellipse(0, f.bodyY(), f.bodyW(), f.bodyH(), c.body());
        pen.oval(0, f.bodyY() + 12, f.bodyW() * 0.6, f.bodyH() * 0.4, c.belly());
        Face.eye(pen, s.mood(), -12, f.eyeY(), 4, -1);
        Face.eye(pen, s.mood(), 12, f.eyeY(), 4, 1);
        Face.mouth(pen, s.mood(), 0, f.bodyY() - 4, 16);
        pen.oval(-22, f.bodyY() + 2, 6, 4, Face.CHEEK, 0.6);
        pen.oval(22, f.bodyY() + 2, 6, 4, Face.CHEEK, 0.6);
    }
}
