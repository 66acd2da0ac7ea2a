package com.novastoryteller.engine.embedded.picture;

/**
 * Birds (and bats): an egg of a body, wings that hold and cheer, a beak by kind (an owl's hook, a duck's bill, a
 * toucan's great banana), feet webbed, twiggy or on stilts, and a tail, a comb, ear tufts or a peacock's fan.
 */
final class BirdBody implements Body {

    @Override
    public Frame frame(Sketch s) {
        String shape = s.kind().part("shape", "bird");
        double w = s.look().round() ? 1.2 : 1;
        return switch (shape) {
            case "owl", "penguin" -> new Frame(0, -104, 30, -106, 13, 5.5, -80, 22, -60, 38 * w, 56, -36, -48);
            case "flamingo" -> new Frame(14, -136, 18, -138, 7, 3.5, -118, 8, -92, 30 * w, 20, -24, -90);
            case "swan" -> new Frame(18, -118, 18, -120, 7, 3.5, -100, 8, -40, 44 * w, 28, -34, -34);
            default -> new Frame(0, -108, 28, -111, 11, 4.5, -82, 18, -48, 36 * w, 42, -34, -40);
        };
    }

    @Override
    public void paint(Sketch s, Frame f) {
        Pen pen = s.pen();
        Paints c = s.colours();
        String shape = s.kind().part("shape", "bird");
        tail(s, f);
        if (shape.equals("bat")) {
            batWings(s, f);
        }
        feet(s, f);
        if (shape.equals("flamingo") || shape.equals("swan")) {
            pen.limb(f.bodyW() * 0.4, f.bodyY() - 6, f.headX() + 22, (f.bodyY() + f.headY()) / 2 + 10, f.headX(), f.headY() + 6,
                    11, c.body());
        }
        pen.ellipse(0, f.bodyY(), f.bodyW(), f.bodyH(), c.body());
        pen.oval(0, f.bodyY() + f.bodyH() * 0.2, f.bodyW() * 0.62, f.bodyH() * 0.7, c.belly());
        if (shape.equals("penguin")) {
            pen.fill(PathData.at(-22, -112).curve(-26, -84, 0, -80).curve(26, -84, 22, -112).curve(12, -96, 0, -104)
                    .curve(-12, -96, -22, -112).close(), "#ffffff");
        }
        if (!shape.equals("bat")) {
            wings(s, f);
        }
        if (!shape.equals("owl") && !shape.equals("penguin")) {
            if (shape.equals("bat")) {
                AnimalParts.ears(s, "pointed", f.headX(), f.headY(), f.headR(), c.body());
            }
            pen.circle(f.headX(), f.headY(), f.headR(), shape.equals("eagle") ? c.belly() : c.body());
        }
        head(s, f, shape);
    }

    private void tail(Sketch s, Frame f) {
        Pen pen = s.pen();
        Paints c = s.colours();
        switch (s.kind().part("tail", "")) {
            case "peacock" -> {
                for (int n = 0; n < 7; n++) {
                    double angle = Math.PI * (1.1 + n * 0.8 / 6);
                    double ex = Math.cos(angle) * 78;
                    double ey = f.bodyY() - 10 + Math.sin(angle) * 78;
                    pen.limb(0, f.bodyY(), ex * 0.5, (f.bodyY() + ey) / 2, ex, ey, 14, c.accent());
                    pen.circle(ex, ey, 9, "#2a9d8f");
                    pen.dot(ex, ey, 4.5, "#1d3557");
                }
            }
            case "fan", "plume" -> {
                for (int n = -1; n <= 1; n++) {
                    pen.ellipse(-f.bodyW() + 2, f.bodyY() - 6 + n * 8, 18, 6, -25 + n * 25,
                            s.kind().has("tail", "plume") ? (n == 0 ? c.accent() : "#2b2b33") : c.body());
                }
            }
            case "long" -> pen.shape(PathData.at(-8, f.bodyY() + f.bodyH() - 10).to(-24, -2).to(-10, 2).to(8, f.bodyY()
                    + f.bodyH() - 8).close(), c.accent());
            default -> {
            }
        }
    }

    private void feet(Sketch s, Frame f) {
        Pen pen = s.pen();
        String feet = s.kind().part("feet", "twig");
        String colour = s.kind().has("shape", "eagle") || s.kind().has("shape", "parrot") ? "#f5b323" : "#f59c23";
        double bottom = f.bodyY() + f.bodyH();
        switch (feet) {
            case "webbed" -> {
                for (int side = -1; side <= 1; side += 2) {
                    pen.shape(PathData.at(side * 14, bottom - 6).to(side * 28, -2).curve(side * 16, 2, side * 4, -2).close(),
                            colour);
                }
            }
            case "stilt" -> {
                pen.line(-6, bottom - 4, -8, -4, "#e87a9a", 4);
                pen.stroke(PathData.at(4, bottom - 4).to(14, bottom + 26).to(4, bottom + 46), "#e87a9a", 4);
                pen.line(-16, -3, 2, -3, "#e87a9a", 4);
            }
            case "none" -> {
            }
            default -> {
                for (int side = -1; side <= 1; side += 2) {
                    pen.line(side * 12, bottom - 6, side * 12, -4, colour, 4);
                    pen.stroke(PathData.at(side * 12 - 8, -2).to(side * 12, -5).to(side * 12 + 8, -2), colour, 4);
                }
            }
        }
    }

    private void wings(Sketch s, Frame f) {
        Pen pen = s.pen();
        String said = s.look().colour("wings");
        String wing = said != null ? said : Palette.darker(s.colours().body(), 0.15);
        double sx = f.bodyW() - 6;
        double sy = f.bodyY() - f.bodyH() * 0.45;
        if (s.holding() || s.armsUp()) {
            double tx = s.holding() ? s.handX() : 46;
            double ty = s.holding() ? s.handY() : -150;
            pen.shape(PathData.at(sx - 6, sy + 4).curve(sx + 4, ty + 20, tx, ty).curve(sx + 22, sy + 10, sx - 2, sy + 26).close(), wing);
        }
        else {
            pen.ellipse(sx + 2, f.bodyY() + 2, 11, f.bodyH() * 0.6, -12, wing);
        }
        if (s.armsUp()) {
            pen.shape(PathData.at(-sx + 6, sy + 4).curve(-sx - 4, -130, -46, -150).curve(-sx - 22, sy + 10, -sx + 2, sy + 26)
                    .close(), wing);
        }
        else {
            pen.ellipse(-sx - 2, f.bodyY() + 2, 11, f.bodyH() * 0.6, 12, wing);
        }
    }

    private void batWings(Sketch s, Frame f) {
        Pen pen = s.pen();
        String wing = Palette.darker(s.colours().body(), 0.2);
        for (int side = -1; side <= 1; side += 2) {
            boolean raised = s.armsUp() || side == 1 && s.holding();
            double tipX = side == 1 && s.holding() ? s.handX() : side * 74;
            double tipY = raised ? (side == 1 && s.holding() ? s.handY() : -130) : -92;
            pen.shape(PathData.at(side * 10, -78).to(tipX, tipY).curve(side * 64, -60, side * 66, -42).curve(side * 50, -52,
                    side * 44, -36).curve(side * 30, -48, side * 16, -40).close(), wing);
        }
    }

    private void head(Sketch s, Frame f, String shape) {
        Pen pen = s.pen();
        Paints c = s.colours();
        double x = f.headX();
        double y = f.headY();
        double r = f.headR();
        if (shape.equals("owl")) {
            pen.shape(PathData.at(x - 26, y - 18).to(x - 32, y - 44).to(x - 12, y - 26).close(), c.body());
            pen.shape(PathData.at(x + 26, y - 18).to(x + 32, y - 44).to(x + 12, y - 26).close(), c.body());
            pen.circle(x - 13, f.eyeY(), 13, c.belly());
            pen.circle(x + 13, f.eyeY(), 13, c.belly());
        }
        if (shape.equals("chicken")) {
            pen.circle(x - 6, y - r - 2, 6, c.accent());
            pen.circle(x + 3, y - r - 5, 7, c.accent());
            pen.circle(x + 11, y - r - 1, 5, c.accent());
            pen.ellipse(x, y + r * 0.55, 4, 7, c.accent());
        }
        if (shape.equals("parrot")) {
            pen.oval(x, y + r * 0.05, r * 0.75, r * 0.55, c.belly());
        }
        Face.front(pen, s.mood(), x, f.eyeY(), f.eyeGap(), f.eyeR(), y + r * 0.75, r * 0.35, true);
        beak(s, x, y + r * 0.2, r);
    }

    private void beak(Sketch s, double x, double y, double r) {
        Pen pen = s.pen();
        String colour = s.colours().accent();
        switch (s.kind().part("snout", "small")) {
            case "hook" -> pen.shape(PathData.at(x - r * 0.2, y - r * 0.12).curve(x, y - r * 0.3, x + r * 0.2, y - r * 0.12)
                    .curve(x + r * 0.15, y + r * 0.35, x, y + r * 0.45).curve(x - r * 0.05, y + r * 0.2, x - r * 0.2, y - r * 0.12)
                    .close(), s.kind().has("shape", "owl") ? "#e8b040" : "#f5b323");
            case "bill" -> pen.ellipse(x, y + r * 0.12, r * 0.42, r * 0.2, colour);
            case "toucan" -> {
                pen.shape(PathData.at(x - r * 0.15, y - r * 0.25).curve(x + r * 1.6, y - r * 0.4, x + r * 1.8, y + r * 0.5)
                        .curve(x + r * 0.8, y + r * 0.3, x - r * 0.15, y + r * 0.25).close(), colour);
                pen.fill(PathData.at(x + r * 1.5, y - r * 0.1).curve(x + r * 1.8, y + r * 0.1, x + r * 1.8, y + r * 0.5)
                        .curve(x + r * 1.6, y + r * 0.35, x + r * 1.4, y + r * 0.3).close(), "#2b2b33");
            }
            case "bent" -> pen.shape(PathData.at(x - r * 0.1, y - r * 0.2).to(x + r * 0.9, y).to(x + r * 0.8, y + r * 0.6)
                    .to(x + r * 0.55, y + r * 0.15).to(x - r * 0.1, y + r * 0.25).close(), "#2b2b33");
            case "none" -> {
            }
            default -> pen.shape(PathData.at(x - r * 0.2, y - r * 0.05).to(x + r * 0.2, y - r * 0.05).to(x, y + r * 0.3).close(),
                    colour);
        }
    }
}
