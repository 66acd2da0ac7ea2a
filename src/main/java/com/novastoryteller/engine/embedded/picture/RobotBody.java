package com.novastoryteller.engine.embedded.picture;

/**
 * A friendly robot: a box of a body with a panel of lights, a rounded head with an antenna and a screen for a
 * face, jointed arms with claws, and legs, or a wheel when its words give it one.
 */
final class RobotBody implements Body {

    @Override
    public Frame frame(Sketch s) {
        double w = s.look().round() ? 38 : 30;
        return new Frame(0, -118, 26, -122, 10, 4.5, -88, 20, -58, w, 28, -w - 12, -44);
    }

    @Override
    public void paint(Sketch s, Frame f) {
        Pen pen = s.pen();
        Paints c = s.colours();
        String metal = "#8a96a3";
        if (s.look().wears("wheels")) {
            pen.circle(0, -18, 17, "#4a5560");
            pen.circle(0, -18, 6, metal);
        }
        else {
            pen.rect(-22, -36, 14, 32, 4, metal);
            pen.rect(8, -36, 14, 32, 4, metal);
            pen.rect(-26, -8, 22, 8, 3, "#4a5560");
            pen.rect(4, -8, 22, 8, 3, "#4a5560");
        }
        arms(s, f, metal);
        pen.rect(-f.bodyW(), f.bodyY() - f.bodyH(), f.bodyW() * 2, f.bodyH() * 2, 10, c.body());
        pen.rect(-f.bodyW() * 0.6, f.bodyY() - 14, f.bodyW() * 1.2, 22, 4, c.belly());
        pen.dot(-f.bodyW() * 0.3, f.bodyY() - 3, 4, c.accent());
        pen.dot(0, f.bodyY() - 3, 4, "#ffd23f");
        pen.dot(f.bodyW() * 0.3, f.bodyY() - 3, 4, "#7ad04a");
        pen.line(0, f.top() + 2, 0, f.top() - 14, metal, 3);
        pen.circle(0, f.top() - 17, 6, c.accent());
        pen.rect(-f.headR() - 6, f.headY() - 8, 8, 16, 3, metal);
        pen.rect(f.headR() - 2, f.headY() - 8, 8, 16, 3, metal);
        pen.rect(-f.headR(), f.top(), f.headR() * 2, f.headR() * 1.7, 12, Palette.lighter(c.body(), 0.3));
        pen.rect(-f.headR() * 0.78, f.top() + 7, f.headR() * 1.56, f.headR() * 1.25, 8, c.belly());
        Face.front(pen, s.mood(), 0, f.eyeY(), f.eyeGap(), f.eyeR(), f.headY() + 10, 14, true);
    }

    private void arms(Sketch s, Frame f, String metal) {
        Pen pen = s.pen();
        double sx = f.bodyW() - 2;
        double sy = f.bodyY() - f.bodyH() + 8;
        double[] right = s.holding() ? new double[] { s.handX(), s.handY() } : s.armsUp() ? new double[] { sx + 18, -126 }
                : new double[] { sx + 12, f.handY() };
        double[] left = s.armsUp() ? new double[] { -sx - 18, -126 } : new double[] { f.handX(), f.handY() };
        for (double[] hand : new double[][] { right, left }) {
            double side = Math.signum(hand[0]);
            pen.limb(side * sx, sy, side * (sx + 12), (sy + hand[1]) / 2, hand[0], hand[1], 7, metal);
            pen.circle(side * (sx + 8), (sy + hand[1]) / 2, 5, "#4a5560");
            pen.stroke(PathData.at(hand[0] - 7, hand[1] + 6).curve(hand[0] - 8, hand[1] - 8, hand[0], hand[1] - 8)
                    .move(hand[0] + 7, hand[1] + 6).curve(hand[0] + 8, hand[1] - 8, hand[0], hand[1] - 8), "#4a5560", 4);
        }
    }
}
