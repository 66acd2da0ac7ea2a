package com.novastoryteller.engine.embedded.picture;

import com.novastoryteller.engine.Scene.Mood;

/**
 * Eyes, brows, mouth and cheeks that show how a figure feels: a smile when happy, wide eyes and a wobbly mouth
 * when scared, a round mouth and raised brows when surprised, a frown and a tear when sad, lowered brows and a set
 * mouth when determined.
 */
final class Face {

    static final String CHEEK = "#ff8fa3";
    private static final String MOUTH = "#8a2b35";
    private static final String TEAR = "#8fd3ff";

    private Face() {
    }

    /** A face seen from the front: two eyes gap apart either side of x, the mouth below them. */
    static void front(Pen pen, Mood mood, double x, double eyeY, double gap, double eyeR, double mouthY, double mouthW,
            boolean cheeks) {
        if (cheeks) {
            pen.oval(x - gap - eyeR * 0.9, eyeY + eyeR * 2.1, eyeR * 1.3, eyeR * 0.8, CHEEK, 0.6);
            pen.oval(x + gap + eyeR * 0.9, eyeY + eyeR * 2.1, eyeR * 1.3, eyeR * 0.8, CHEEK, 0.6);
        }
        eye(pen, mood, x - gap, eyeY, eyeR, -1);
        eye(pen, mood, x + gap, eyeY, eyeR, 1);
        mouth(pen, mood, x, mouthY, mouthW);
        if (mood == Mood.SAD) {
            pen.fill(PathData.at(x - gap - eyeR * 0.6, eyeY + eyeR * 1.3).curve(x - gap - eyeR * 1.6, eyeY + eyeR * 3.2,
                    x - gap - eyeR * 0.6, eyeY + eyeR * 3.4).curve(x - gap + eyeR * 0.4, eyeY + eyeR * 3.2,
                    x - gap - eyeR * 0.6, eyeY + eyeR * 1.3), TEAR);
        }
    }

    /** One eye and its brow; side is -1 for the figure's right eye (on the left of the picture), 1 for the other. */
    static void eye(Pen pen, Mood mood, double x, double y, double r, int side) {
        switch (mood) {
            case SCARED -> {
                pen.ellipse(x, y, r * 1.15, r * 1.35, "#ffffff");
                pen.dot(x, y + r * 0.1, r * 0.45, Pen.INK);
            }
            case SURPRISED -> {
                pen.circle(x, y, r * 1.2, "#ffffff");
                pen.dot(x, y, r * 0.7, Pen.INK);
                pen.dot(x + r * 0.25, y - r * 0.3, r * 0.25, "#ffffff");
            }
            case DETERMINED -> {
                pen.fill(PathData.at(x - r * 0.9, y - r * 0.15).curve(x, y - r * 0.45, x + r * 0.9, y - r * 0.15)
                        .curve(x + r * 0.9, y + r * 1.1, x, y + r * 1.0).curve(x - r * 0.9, y + r * 1.1, x - r * 0.9,
                                y - r * 0.15), Pen.INK);
                pen.dot(x + r * 0.3, y + r * 0.2, r * 0.28, "#ffffff");
            }
            default -> {
                pen.oval(x, y, r * 0.85, r, Pen.INK);
                pen.dot(x + r * 0.3, y - r * 0.35, r * (mood == Mood.SAD ? 0.45 : 0.35), "#ffffff");
            }
        }
        brow(pen, mood, x, y, r, side);
    }

    private static void brow(Pen pen, Mood mood, double x, double y, double r, int side) {
        double w = r * 1.1;
        double top = y - r * 1.9;
        PathData brow = switch (mood) {
            case HAPPY -> PathData.at(x - w, top + r * 0.3).curve(x, top - r * 0.3, x + w, top + r * 0.3);
            case SURPRISED -> PathData.at(x - w, top - r * 0.2).curve(x, top - r * 1.0, x + w, top - r * 0.2);
            // the inner end (towards the nose) of a worried brow is the higher one; of a determined brow the lower
            case SCARED, SAD -> PathData.at(x - w * side, top + r * 0.5).to(x + w * side, top - r * 0.4);
            case DETERMINED -> PathData.at(x - w * side, top + r * 0.9).to(x + w * side, top - r * 0.1);
        };
        pen.stroke(brow, Pen.INK, Math.max(2, r * 0.45));
    }

    /** A mouth w wide centred on (x, y). */
    static void mouth(Pen pen, Mood mood, double x, double y, double w) {
        double h = w / 2;
        switch (mood) {
            case HAPPY -> pen.shape(PathData.at(x - h, y - h * 0.15).curve(x, y - h * 0.05, x + h, y - h * 0.15)
                    .curve(x + h * 0.7, y + h * 1.1, x, y + h * 1.1).curve(x - h * 0.7, y + h * 1.1, x - h, y - h * 0.15), MOUTH);
            case SURPRISED -> pen.ellipse(x, y + h * 0.3, h * 0.45, h * 0.6, MOUTH);
            case SCARED -> pen.stroke(PathData.at(x - h, y + h * 0.3).to(x - h * 0.5, y).to(x, y + h * 0.3)
                    .to(x + h * 0.5, y).to(x + h, y + h * 0.3), Pen.INK, Math.max(2, w * 0.12));
            case SAD -> pen.stroke(PathData.at(x - h * 0.8, y + h * 0.55).curve(x, y - h * 0.35, x + h * 0.8, y + h * 0.55),
                    Pen.INK, Math.max(2, w * 0.12));
            case DETERMINED -> pen.stroke(PathData.at(x - h * 0.8, y + h * 0.2).curve(x, y + h * 0.45, x + h * 0.8, y - h * 0.1),
                    Pen.INK, Math.max(2, w * 0.12));
        }
    }
}
