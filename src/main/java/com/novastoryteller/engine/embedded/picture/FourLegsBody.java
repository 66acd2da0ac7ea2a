package com.novastoryteller.engine.embedded.picture;

/**
 * A four-legged animal side on, facing right, with its head turned to the reader: a horse, a cow, a giraffe, an
 * elephant. Its neck, mane, horns, hump, wool and pattern come from its kind; holding, it lifts a front hoof.
 */
final class FourLegsBody implements Body {

    @Override
    public Frame frame(Sketch s) {
        boolean longNeck = s.has("long neck");
        boolean giraffe = s.kind().has("pattern", "giraffe");
        double headY = giraffe ? -150 : longNeck ? -128 : -104;
        double headX = giraffe ? 40 : 44;
        double r = s.kind().has("snout", "hippo") ? 28 : 25;
        double bodyY = giraffe ? -78 : -64;
        double bodyW = (s.look().round() ? 52 : 46) * (giraffe ? 0.85 : 1);
        return new Frame(headX, headY, r, headY - 3, r * 0.38, r * 0.15, headY + r + 4, 12, bodyY, bodyW,
                s.kind().has("snout", "hippo") ? 30 : 25, -28, -6);
    }

    @Override
    public void paint(Sketch s, Frame f) {
        Pen pen = s.pen();
        Paints c = s.colours();
        Kind kind = s.kind();
        double legTop = f.bodyY() + f.bodyH() * 0.5;
        String far = Palette.darker(c.body(), 0.12);
        AnimalParts.tail(s, kind.part("tail", "none"), -f.bodyW() + 4, f.bodyY() - 6);
        leg(s, -f.bodyW() * 0.55, legTop, -f.bodyW() * 0.6, far);
        leg(s, f.bodyW() * 0.45, legTop, s.armsUp() ? f.bodyW() + 20 : f.bodyW() * 0.5, far);
        if (s.has("wool")) {
            for (int n = 0; n < 9; n++) {
                double angle = Math.PI * 2 * n / 9;
                pen.circle(Math.cos(angle) * f.bodyW() * 0.85, f.bodyY() + Math.sin(angle) * f.bodyH() * 0.8, 15, c.body());
            }
        }
        if (s.has("hump")) {
            pen.ellipse(-6, f.bodyY() - f.bodyH() * 0.7, 24, 20, c.body());
        }
        neck(s, f);
        pen.ellipse(0, f.bodyY(), f.bodyW(), f.bodyH(), c.body());
        pen.oval(4, f.bodyY() + f.bodyH() * 0.45, f.bodyW() * 0.7, f.bodyH() * 0.4, c.belly());
        pattern(s, f);
        if (s.has("ruff")) {
            double x = f.bodyW() * 0.6;
            double y = f.bodyY() - f.bodyH() * 0.2;
            pen.fill(PathData.at(x - 14, y - 10).to(x - 8, y + 14).to(x - 2, y + 2).to(x + 4, y + 16).to(x + 8, y + 2)
                    .to(x + 14, y + 12).to(x + 14, y - 14).close(), s.colours().belly());
        }
        leg(s, -f.bodyW() * 0.4, legTop, -f.bodyW() * 0.45, c.body());
        if (s.holding()) {
            s.pen().limb(f.bodyW() * 0.6, legTop, f.bodyW() * 0.6 + 10, legTop - 10, s.handX(), s.handY(), 11, c.body());
            s.pen().ellipse(s.handX(), s.handY(), 7, 6, hoof(s));
        }
        else {
            leg(s, f.bodyW() * 0.6, legTop, s.armsUp() ? f.bodyW() + 8 : f.bodyW() * 0.65, c.body());
        }
        head(s, f);
    }

    private static String hoof(Sketch s) {
        return s.kind().has("snout", "trunk") || s.kind().has("snout", "hippo") ? Palette.lighter(s.colours().body(), 0.3)
                : "#4a3a30";
    }

    private void leg(Sketch s, double x, double top, double footX, String colour) {
        double footY = s.armsUp() && footX > x + 10 ? top - 30 : -6;
        s.pen().limb(x, top, (x + footX) / 2, (top + footY) / 2, footX, footY, 11, colour);
        s.pen().ellipse(footX, footY + 1, 7, 5, hoof(s));
        if (s.kind().has("pattern", "stripes")) {
            s.pen().line(footX - 5, footY - 14, footX + 5, footY - 16, s.colours().accent(), 3);
        }
    }

    private void neck(Sketch s, Frame f) {
        Pen pen = s.pen();
        double baseX = f.bodyW() * 0.55;
        double baseY = f.bodyY() - f.bodyH() * 0.3;
        pen.shape(PathData.at(baseX - 16, baseY + 6).curve(f.headX() - 14, (baseY + f.headY()) / 2, f.headX() - 12, f.headY() + 4)
                .to(f.headX() + 12, f.headY() + 6).curve(f.headX() + 10, (baseY + f.headY()) / 2 + 6, baseX + 16, baseY + 12)
                .close(), s.colours().body());
        if (s.has("mane") || s.has("rainbow mane")) {
            String[] colours = s.has("rainbow mane") ? new String[] { "#f15bb5", "#ffd23f", "#00bbf9", "#9b5de5" }
                    : new String[] { s.colours().accent() };
            for (int n = 0; n < 4; n++) {
                double t = n / 4.0;
                double mx = baseX - 16 + (f.headX() - 14 - baseX + 16) * t - 4;
                double my = baseY + 4 + (f.headY() - baseY) * t;
                pen.ellipse(mx, my, 8, 12, 30, colours[n % colours.length]);
            }
        }
        if (s.kind().has("pattern", "giraffe")) {
            for (int n = 0; n < 3; n++) {
                double t = 0.2 + n * 0.25;
                pen.circle(baseX + (f.headX() - baseX) * t - 2, baseY + (f.headY() - baseY) * t + 6, 4.5, s.colours().accent());
            }
        }
    }

    private void pattern(Sketch s, Frame f) {
        Pen pen = s.pen();
        String accent = s.colours().accent();
        double w = f.bodyW();
        double y = f.bodyY();
        switch (s.kind().part("pattern", "")) {
            case "stripes" -> {
                for (int n = -2; n <= 2; n++) {
                    pen.stroke(PathData.at(n * 15 - 4, y - f.bodyH() + 3).curve(n * 15 + 4, y, n * 15 - 2, y + f.bodyH() * 0.6),
                            accent, 5);
                }
            }
            case "patches" -> {
                pen.fill(PathData.at(-26, y - 14).curve(-12, y - 26, -2, y - 10).curve(-8, y + 6, -24, y + 2).close(), accent);
                pen.fill(PathData.at(16, y - 18).curve(34, y - 20, 32, y - 4).curve(20, y + 2, 14, y - 8).close(), accent);
            }
            case "giraffe", "dapples" -> {
                double[][] spots = { { -28, -10 }, { -8, -14 }, { 14, -10 }, { -18, 6 }, { 4, 4 }, { 26, 4 } };
                boolean giraffe = s.kind().has("pattern", "giraffe");
                for (double[] spot : spots) {
                    if (giraffe) {
                        pen.ellipse(spot[0], y + spot[1] * 0.8, 8, 6, accent);
                    }
                    else if (spot[1] < 0) {
                        pen.dot(spot[0], y + spot[1], 3, "#fbfbfb");
                    }
                }
            }
            default -> {
            }
        }
    }

    private void head(Sketch s, Frame f) {
        Pen pen = s.pen();
        Kind kind = s.kind();
        String headColour = kind.has("snout", "sheep") && !kind.name().equals("llama") ? s.colours().accent() : s.colours().body();
        horns(s, f, true);
        AnimalParts.ears(s, kind.part("ears", "none"), f.headX(), f.headY(), f.headR(), headColour);
        pen.circle(f.headX(), f.headY(), f.headR(), headColour);
        if (s.has("wool")) {
            for (int n = -1; n <= 1; n++) {
                pen.circle(f.headX() + n * 10, f.top() + 2, 9, s.colours().body());
            }
        }
        if (s.has("mane") || s.has("rainbow mane")) {
            pen.ellipse(f.headX() - 4, f.top() + 4, 9, 7, -20, s.has("rainbow mane") ? "#f15bb5" : s.colours().accent());
        }
        AnimalFaces.snoutAndFace(s, kind.part("snout", "horse"), f);
        horns(s, f, false);
        if (s.has("beard")) {
            pen.shape(PathData.at(f.headX() - 6, f.headY() + f.headR() * 1.15).to(f.headX(), f.headY() + f.headR() * 1.8)
                    .to(f.headX() + 6, f.headY() + f.headR() * 1.15).close(), "#fbfbfb");
        }
        if (s.has("tusks")) {
            pen.stroke(PathData.at(f.headX() - 10, f.headY() + f.headR() * 0.7).curve(f.headX() - 16, f.headY() + f.headR() * 1.3,
                    f.headX() - 6, f.headY() + f.headR() * 1.35), "#fffbe8", 5);
        }
    }

    /** Horns behind the ears (a cow's, a goat's, antlers) or in front of the forehead (a unicorn's). */
    private void horns(Sketch s, Frame f, boolean behind) {
        Pen pen = s.pen();
        double x = f.headX();
        double top = f.top();
        double r = f.headR();
        String horns = s.kind().part("horns", "");
        if (behind) {
            switch (horns) {
                case "cow", "goat" -> {
                    for (int side = -1; side <= 1; side += 2) {
                        pen.shape(PathData.at(x + side * r * 0.4, top + 6).curve(x + side * r * 1.1, top - 4, x + side * r * 0.9,
                                top - r * 0.8).curve(x + side * r * 0.8, top + 2, x + side * r * 0.15, top + 10).close(),
                                horns.equals("cow") ? "#f4ecd8" : s.colours().accent());
                    }
                }
                case "antlers" -> {
                    for (int side = -1; side <= 1; side += 2) {
                        pen.stroke(PathData.at(x + side * r * 0.35, top + 6).curve(x + side * r * 0.6, top - r * 0.6, x + side * r * 1.3,
                                top - r * 1.3).move(x + side * r * 0.62, top - r * 0.45).to(x + side * r * 0.35, top - r * 1.2)
                                .move(x + side * r * 0.95, top - r * 0.85).to(x + side * r * 1.5, top - r * 0.7), s.colours().accent(), 5);
                    }
                }
                case "ossicones" -> {
                    for (int side = -1; side <= 1; side += 2) {
                        pen.line(x + side * r * 0.3, top + 6, x + side * r * 0.38, top - r * 0.6, s.colours().body(), 5);
                        pen.circle(x + side * r * 0.38, top - r * 0.65, 4.5, s.colours().accent());
                    }
                }
                default -> {
                }
            }
        }
        else if (horns.equals("unicorn")) {
            pen.shape(PathData.at(x - 6, top + 6).to(x + 3, top - r * 1.4).to(x + 7, top + 7).close(), "#ffd23f");
            pen.line(x - 3, top - 2, x + 5, top - 4, "#e0a800", 1.5);
            pen.line(x - 1, top - 12, x + 5, top - 14, "#e0a800", 1.5);
        }
    }
}
