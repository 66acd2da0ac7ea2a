package com.novastoryteller.engine.embedded.picture;

import java.util.Set;

/**
 * A person's hair: the part behind the head (long hair, braids, a bun, an afro) and the part in front (the
 * fringe, curls, spikes). The style is what the words say, else chosen by the name among what suits their age.
 */
final class Hair {

    private static final String[] GIRLS = { "long", "pigtails", "braids", "bun", "ponytail", "curly long", "afro", "bob" };
    private static final String[] BOYS = { "short", "curly", "spiky", "afro", "short", "curly" };
    private static final String[] ANYONE = { "short", "long", "curly", "bob", "afro", "ponytail", "braids", "spiky" };

    private Hair() {
    }

    /** The style the figure's words give, completed by its name: "curly long", "braids", "bald"... */
    static String style(Sketch sketch, Look.Age age, char gender) {
        Set<String> said = sketch.look().hair();
        if (said.contains("bald")) {
            return "bald";
        }
        for (String shape : new String[] { "braids", "pigtails", "ponytail", "bun", "afro", "spiky" }) {
            if (said.contains(shape)) {
                return shape;
            }
        }
        boolean curly = said.contains("curly");
        if (said.contains("long")) {
            return curly ? "curly long" : "long";
        }
        if (said.contains("short")) {
            return curly ? "curly" : "short";
        }
        if (age == Look.Age.BABY) {
            return "tuft";
        }
        if (age == Look.Age.OLD) {
            String[] old = gender == 'f' ? new String[] { "bun", "curly", "bob" } : new String[] { "bald", "short", "bald" };
            return curly ? "curly" : old[sketch.pick(21, old.length)];
        }
        String[] styles = gender == 'f' ? GIRLS : gender == 'm' ? BOYS : ANYONE;
        String style = styles[sketch.pick(21, styles.length)];
        if (curly && !style.contains("curly")) {
            return style.equals("long") ? "curly long" : "curly";
        }
        return style;
    }

    /** What shows behind the head and shoulders. */
    static void back(Pen pen, String style, Frame f, String colour) {
        double x = f.headX();
        double y = f.headY();
        double r = f.headR();
        switch (style) {
            case "long" -> pen.shape(PathData.at(x - r * 1.05, y - r * 0.2).curve(x - r * 1.25, y + r * 1.2, x - r * 1.1,
                    y + r * 1.75).to(x + r * 1.1, y + r * 1.75).curve(x + r * 1.25, y + r * 1.2, x + r * 1.05, y - r * 0.2)
                    .close(), colour);
            case "curly long" -> curlsDown(pen, f, colour);
            case "afro" -> afro(pen, f, colour);
            case "bun" -> pen.circle(x, y - r * 1.05, r * 0.42, colour);
            case "ponytail" -> pen.shape(PathData.at(x + r * 0.7, y - r * 0.7).curve(x + r * 1.9, y - r * 0.6, x + r * 1.4,
                    y + r * 0.9).curve(x + r * 1.35, y + r * 0.2, x + r * 0.8, y - r * 0.1).close(), colour);
            case "pigtails" -> {
                pen.ellipse(x - r * 1.2, y + r * 0.05, r * 0.32, r * 0.6, 25, colour);
                pen.ellipse(x + r * 1.2, y + r * 0.05, r * 0.32, r * 0.6, -25, colour);
            }
            case "braids" -> braids(pen, f, colour);
            case "bob" -> pen.shape(PathData.at(x - r * 1.08, y - r * 0.2).curve(x - r * 1.2, y + r * 0.7, x - r * 0.95,
                    y + r * 0.85).to(x + r * 0.95, y + r * 0.85).curve(x + r * 1.2, y + r * 0.7, x + r * 1.08, y - r * 0.2)
                    .close(), colour);
            default -> {
            }
        }
    }

    private static void curlsDown(Pen pen, Frame f, String colour) {
        double r = f.headR();
        for (int n = 0; n < 4; n++) {
            pen.circle(f.headX() - r * 0.95, f.headY() + r * (0.1 + n * 0.45), r * 0.38, colour);
            pen.circle(f.headX() + r * 0.95, f.headY() + r * (0.1 + n * 0.45), r * 0.38, colour);
        }
    }

    private static void afro(Pen pen, Frame f, String colour) {
        double x = f.headX();
        double y = f.headY();
        double r = f.headR();
        pen.circle(x, y - r * 0.3, r * 1.42, colour);
        for (int n = 0; n < 9; n++) {
            double angle = Math.PI * (0.95 + n * 1.1 / 8);
            pen.dot(x + Math.cos(angle) * r * 1.38, y - r * 0.3 + Math.sin(angle) * r * 1.38, r * 0.28, colour);
        }
    }

    private static void braids(Pen pen, Frame f, String colour) {
        double r = f.headR();
        for (int side = -1; side <= 1; side += 2) {
            for (int n = 0; n < 4; n++) {
                pen.ellipse(f.headX() + side * r * 0.95, f.headY() + r * (0.15 + n * 0.38), r * 0.2, r * 0.24, colour);
            }
            pen.dot(f.headX() + side * r * 0.95, f.headY() + r * 1.65, r * 0.14, "#e63946");
        }
    }

    /** What shows over the top of the head: a fringe, curls, spikes, a tuft; tufts at the sides when bald. */
    static void front(Pen pen, String style, Frame f, String colour) {
        double x = f.headX();
        double y = f.headY();
        double r = f.headR();
        switch (style) {
            case "bald" -> {
                pen.ellipse(x - r * 0.92, y - r * 0.05, r * 0.2, r * 0.32, colour);
                pen.ellipse(x + r * 0.92, y - r * 0.05, r * 0.2, r * 0.32, colour);
                pen.oval(x - r * 0.35, y - r * 0.7, r * 0.18, r * 0.09, "#ffffff", 0.5);
            }
            case "tuft" -> pen.stroke(PathData.at(x - 2, y - r * 0.95).curve(x - r * 0.1, y - r * 1.4, x + r * 0.3,
                    y - r * 1.25), colour, 4);
            case "curly", "curly long", "afro" -> {
                for (int n = 0; n < 7; n++) {
                    double angle = Math.PI * (1.05 + n * 0.9 / 6);
                    pen.circle(x + Math.cos(angle) * r * 0.9, y - r * 0.05 + Math.sin(angle) * r * 0.9, r * 0.3, colour);
                }
            }
            case "spiky" -> pen.shape(PathData.at(x - r * 1.02, y + r * 0.05).to(x - r * 1.05, y - r * 0.75).to(x - r * 0.6,
                    y - r * 0.95).to(x - r * 0.5, y - r * 1.35).to(x - r * 0.1, y - r * 1.0).to(x + r * 0.15, y - r * 1.4)
                    .to(x + r * 0.45, y - r * 1.0).to(x + r * 0.85, y - r * 1.25).to(x + r * 0.8, y - r * 0.8)
                    .to(x + r * 1.05, y - r * 0.6).to(x + r * 1.02, y + r * 0.05).curve(x + r * 0.6, y - r * 0.55, x,
                            y - r * 0.5).curve(x - r * 0.6, y - r * 0.55, x - r * 1.02, y + r * 0.05).close(), colour);
            default -> pen.shape(PathData.at(x - r * 1.04, y + r * 0.15).cubic(x - r * 1.15, y - r * 1.35, x + r * 1.15,
                    y - r * 1.35, x + r * 1.04, y + r * 0.15).curve(x + r * 0.75, y - r * 0.55, x + r * 0.1, y - r * 0.5)
                    .curve(x - r * 0.2, y - r * 0.3, x - r * 0.5, y - r * 0.45).curve(x - r * 0.8, y - r * 0.3, x - r * 1.04,
                            y + r * 0.15).close(), colour);
        }
    }

    /** A beard below the mouth and round the jaw; long for wizards and gnomes. */
    static void beard(Pen pen, Frame f, String colour, boolean long_) {
        double x = f.headX();
        double y = f.headY();
        double r = f.headR();
        double bottom = y + r * (long_ ? 2.3 : 1.35);
        pen.shape(PathData.at(x - r * 0.95, y + r * 0.05).curve(x - r * 0.9, y + r * 0.9, x - r * 0.3, bottom - r * 0.2)
                .curve(x, bottom + r * 0.1, x + r * 0.3, bottom - r * 0.2).curve(x + r * 0.9, y + r * 0.9, x + r * 0.95,
                        y + r * 0.05).curve(x + r * 0.55, y + r * 0.5, x, y + r * 0.45).curve(x - r * 0.55, y + r * 0.5,
                        x - r * 0.95, y + r * 0.05).close(), colour);
    }

    static void moustache(Pen pen, Frame f, String colour) {
        double x = f.headX();
        double y = f.headY() + f.headR() * 0.38;
        double r = f.headR();
        pen.shape(PathData.at(x, y - r * 0.05).curve(x - r * 0.3, y - r * 0.25, x - r * 0.55, y + r * 0.08)
                .curve(x - r * 0.25, y + r * 0.12, x, y + r * 0.05).curve(x + r * 0.25, y + r * 0.12, x + r * 0.55, y + r * 0.08)
                .curve(x + r * 0.3, y - r * 0.25, x, y - r * 0.05).close(), colour);
    }
}
