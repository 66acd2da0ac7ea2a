package com.novastoryteller.engine.embedded.picture;

/**
 * An animal's face below the eyes: its snout, nose, cheeks, whiskers and teeth, shaped by the kind's snout.
 */
final class AnimalFaces {

    private static final String NOSE = "#3a2a2a";

    private AnimalFaces() {
    }

    /** The snout, then the face on it, then the nose over the mouth's top. */
    static void snoutAndFace(Sketch s, String snout, Frame f) {
        Pen pen = s.pen();
        double x = f.headX();
        double y = f.headY();
        double r = f.headR();
        String belly = s.colours().belly();
        snout(pen, snout, f, belly);
        if (s.has("cheeks")) {
            pen.circle(x - r * 0.72, y + r * 0.35, r * 0.32, belly);
            pen.circle(x + r * 0.72, y + r * 0.35, r * 0.32, belly);
        }
        double mouthY = mouthY(snout, y, r);
        double mouthW = snout.equals("cow") || snout.equals("hippo") ? r * 0.6 : r * 0.42;
        Face.front(pen, s.mood(), x, f.eyeY(), f.eyeGap(), f.eyeR(), mouthY, mouthW, true);
        if (s.kind().has("ears", "floppy")) {
            AnimalParts.floppyEars(s, x, y, r);
        }
        nose(s, snout, x, y, r);
        if (s.has("whiskers")) {
            for (int side = -1; side <= 1; side += 2) {
                pen.line(x + side * r * 0.45, y + r * 0.35, x + side * r * 1.05, y + r * 0.25, Pen.INK, 1.2);
                pen.line(x + side * r * 0.45, y + r * 0.45, x + side * r * 1.05, y + r * 0.5, Pen.INK, 1.2);
            }
        }
        if (s.has("teeth")) {
            pen.rect(x - r * 0.14, y + r * 0.62, r * 0.28, r * 0.2, 1, "#fbfbfb");
        }
    }

    /** The snout in the belly's colour: a muzzle, a monkey's face, a walrus's tusks, a rhino's horn. */
    private static void snout(Pen pen, String snout, Frame f, String belly) {
        double x = f.headX();
        double y = f.headY();
        double r = f.headR();
        switch (snout) {
            case "long", "muzzle" -> pen.oval(x, y + r * 0.38, r * (snout.equals("long") ? 0.5 : 0.45), r * 0.34, belly);
            case "short" -> pen.oval(x, y + r * 0.33, r * 0.38, r * 0.25, belly);
            case "pointy" -> pen.fill(PathData.at(x - r * 0.5, y + r * 0.05).curve(x - r * 0.3, y + r * 0.7, x, y + r * 0.72)
                    .curve(x + r * 0.3, y + r * 0.7, x + r * 0.5, y + r * 0.05).close(), belly);
            case "monkey" -> {
                pen.circle(x - r * 0.33, f.eyeY(), r * 0.36, belly);
                pen.circle(x + r * 0.33, f.eyeY(), r * 0.36, belly);
                pen.oval(x, y + r * 0.38, r * 0.52, r * 0.38, belly);
            }
            case "walrus" -> {
                pen.stroke(PathData.at(x - r * 0.2, y + r * 0.55).to(x - r * 0.26, y + r * 1.3), "#fffbe8", 6);
                pen.stroke(PathData.at(x + r * 0.2, y + r * 0.55).to(x + r * 0.26, y + r * 1.3), "#fffbe8", 6);
                pen.circle(x - r * 0.24, y + r * 0.4, r * 0.28, belly);
                pen.circle(x + r * 0.24, y + r * 0.4, r * 0.28, belly);
            }
            case "horse", "giraffe", "camel", "deer", "goat", "sheep" -> {
                pen.ellipse(x, y + r * 0.72, r * 0.58, r * 0.48, belly);
            }
            case "cow", "hippo" -> {
                pen.ellipse(x, y + r * 0.7, r * (snout.equals("hippo") ? 0.9 : 0.75), r * 0.5, snout.equals("cow") ? "#f5b8c0" : belly);
            }
            case "rhino" -> {
                pen.ellipse(x, y + r * 0.68, r * 0.62, r * 0.46, belly);
                pen.shape(PathData.at(x - r * 0.22, y + r * 0.4).curve(x - r * 0.05, y - r * 0.2, x + r * 0.1, y - r * 0.45)
                        .curve(x + r * 0.12, y + r * 0.1, x + r * 0.22, y + r * 0.4).close(), "#ece4d4");
            }
            default -> {
            }
        }
    }

    /** How far down the face the mouth is: lower under a long snout. */
    private static double mouthY(String snout, double y, double r) {
        return switch (snout) {
            case "walrus" -> y + r * 0.75;
            case "horse", "giraffe", "camel", "deer", "goat", "sheep", "rhino" -> y + r * 0.92;
            case "cow", "hippo" -> y + r * 0.9;
            case "trunk" -> y + r * 0.62;
            default -> y + r * 0.52;
        };
    }

    private static void nose(Sketch s, String snout, double x, double y, double r) {
        Pen pen = s.pen();
        switch (snout) {
            case "short", "long", "muzzle", "monkey", "walrus" -> pen.ellipse(x, y + r * (snout.equals("long") ? 0.2 : 0.22),
                    r * (snout.equals("long") ? 0.17 : 0.13), r * 0.1, NOSE);
            case "pointy" -> pen.circle(x, y + r * 0.66, r * 0.1, NOSE);
            case "pig" -> {
                pen.ellipse(x, y + r * 0.28, r * 0.32, r * 0.22, Palette.darker(s.colours().body(), 0.12));
                pen.dot(x - r * 0.1, y + r * 0.28, r * 0.06, "#8a4a5a");
                pen.dot(x + r * 0.1, y + r * 0.28, r * 0.06, "#8a4a5a");
            }
            case "bignose" -> pen.ellipse(x, y + r * 0.22, r * 0.2, r * 0.27, NOSE);
            case "trunk" -> {
                PathData trunk = PathData.at(x - r * 0.2, y + r * 0.1).curve(x - r * 0.25, y + r * 1.1, x + r * 0.35, y + r * 1.45)
                        .to(x + r * 0.5, y + r * 1.2).curve(x + r * 0.1, y + r * 0.9, x + r * 0.2, y + r * 0.1).close();
                pen.shape(trunk, s.colours().body());
            }
            case "horse", "giraffe", "camel", "deer", "goat", "sheep", "cow", "hippo", "rhino" -> {
                pen.oval(x - r * 0.25, y + r * 0.62, r * 0.08, r * 0.06, NOSE);
                pen.oval(x + r * 0.25, y + r * 0.62, r * 0.08, r * 0.06, NOSE);
                if (snout.equals("deer")) {
                    pen.ellipse(x, y + r * 0.55, r * 0.16, r * 0.11, NOSE);
                }
            }
            default -> {
            }
        }
        if (s.has("red nose")) {
            pen.circle(x, y + r * 0.55, r * 0.18, "#e63946");
        }
    }
}
