package com.novastoryteller.engine.embedded.picture;

/**
 * The marks of a trade on an outfit's body, drawn over its main shape: a pirate's stripes and open waistcoat, a
 * chef's two rows of buttons, a firefighter's bright stripes.
 */
final class OutfitTrims {

    private OutfitTrims() {
    }

    static void trim(Sketch s, Frame f, String wear, String main, double shoulderY, double hip) {
        Pen pen = s.pen();
        double w = f.bodyW();
        double mid = f.bodyY();
        switch (wear) {
            case "pirate" -> pirate(s, f, shoulderY, hip);
            case "armour" -> armour(s, f, shoulderY, hip);
            case "spacesuit" -> spacesuit(s, f, shoulderY, hip);
            case "chef_jacket" -> {
                for (double y = shoulderY + 10; y < hip; y += 10) {
                    pen.dot(-6, y, 2.2, "#8a96a3");
                    pen.dot(6, y, 2.2, "#8a96a3");
                }
            }
            case "captain", "cardigan" -> buttonedFront(pen, f, wear, main, shoulderY, hip);
            case "police" -> {
                Outfits.star(pen, -w * 0.45, mid - 6, 5);
                Outfits.belt(pen, f, hip - 3, "#1b1b1f");
                pen.line(0, shoulderY + 3, 0, mid + 4, "#1b1b1f", 4);
            }
            case "fire_coat" -> {
                pen.rect(-w - 1, mid - 2, w * 2 + 2, 5, 1, "#ffd23f");
                pen.rect(-w - 1, hip - 6, w * 2 + 2, 5, 1, "#ffd23f");
            }
            case "super_suit" -> superSuit(pen, f, hip);
            case "ninja" -> Outfits.belt(pen, f, hip - 4, "#e63946");
            case "hi_vis" -> hiVis(pen, f, shoulderY, hip);
            case "sailor" -> sailorCollar(pen, f, shoulderY);
            case "safari" -> safariPockets(pen, f, main, hip);
            default -> plainTrim(pen, f, wear, main, shoulderY, hip);
        }
    }

    /** The trims that are only a few lines each: a clown's bobbles, a cowboy's waistcoat, a vampire's collar. */
    private static void plainTrim(Pen pen, Frame f, String wear, String main, double shoulderY, double hip) {
        double w = f.bodyW();
        switch (wear) {
            case "clown" -> clown(pen, f, shoulderY, hip);
            case "cowboy" -> {
                openWaistcoat(pen, w, shoulderY, hip + 2, 6, "#8a5a35");
                Outfits.belt(pen, f, hip - 3, "#5a3a22");
            }
            case "vampire" -> {
                pen.fill(PathData.at(-8, shoulderY + 1).to(8, shoulderY + 1).to(0, shoulderY + 24).close(), "#fbfbfb");
                pen.circle(0, shoulderY + 26, 4, "#e63946");
            }
            case "scrubs", "top" -> pen.stroke(PathData.at(-8, shoulderY + 1).to(0, shoulderY + 12).to(8, shoulderY + 1),
                    Palette.darker(main, 0.3), 2.5);
            case "jumper" -> {
                pen.line(-w * 0.7, hip, w * 0.7, hip, Palette.darker(main, 0.2), 2);
                pen.stroke(PathData.at(-9, shoulderY + 1).curve(0, shoulderY + 9, 9, shoulderY + 1), Palette.darker(main, 0.25), 3);
            }
            case "mermaid" -> {
                pen.circle(-7, f.bodyY() - 6, 6, "#c8a2e8");
                pen.circle(7, f.bodyY() - 6, 6, "#c8a2e8");
            }
            default -> {
            }
        }
    }

    private static void pirate(Sketch s, Frame f, double shoulderY, double hip) {
        Pen pen = s.pen();
        double w = f.bodyW();
        for (double y = shoulderY + 8; y < hip; y += 9) {
            pen.line(-w + 5, y, w - 5, y, s.colours().clothes(), 4);
        }
        openWaistcoat(pen, w, shoulderY, hip + 4, 6, "#2b2b33");
        Outfits.belt(pen, f, hip - 4, "#6b4423");
    }

    /** The two fronts of a waistcoat left open over the shirt, from the shoulders down to bottom. */
    private static void openWaistcoat(Pen pen, double w, double shoulderY, double bottom, double gap, String colour) {
        pen.shape(PathData.at(-w + 4, shoulderY + 2).to(-gap, shoulderY + 2).to(-4, bottom).to(-w * 0.8 - 2, bottom)
                .close(), colour);
        pen.shape(PathData.at(w - 4, shoulderY + 2).to(gap, shoulderY + 2).to(4, bottom).to(w * 0.8 + 2, bottom)
                .close(), colour);
    }

    private static void armour(Sketch s, Frame f, double shoulderY, double hip) {
        Pen pen = s.pen();
        double w = f.bodyW();
        pen.shape(PathData.at(-w * 0.55, shoulderY + 4).to(w * 0.55, shoulderY + 4).to(w * 0.5, hip).to(0, hip + 8)
                .to(-w * 0.5, hip).close(), s.colours().clothes());
        pen.rect(-3, shoulderY + 10, 6, hip - shoulderY - 14, 1, "#ffd23f");
        pen.rect(-w * 0.35, f.bodyY() - 6, w * 0.7, 6, 1, "#ffd23f");
    }

    private static void spacesuit(Sketch s, Frame f, double shoulderY, double hip) {
        Pen pen = s.pen();
        double w = f.bodyW();
        double mid = f.bodyY();
        pen.rect(-w * 0.5, mid - 10, w, 16, 3, "#dfe6ec");
        pen.dot(-w * 0.25, mid - 2, 3, "#e63946");
        pen.dot(0, mid - 2, 3, "#ffd23f");
        pen.dot(w * 0.25, mid - 2, 3, "#2a9d8f");
        pen.rect(w * 0.3, shoulderY + 6, 10, 7, 1, s.colours().clothes());
        Outfits.belt(pen, f, hip - 2, "#8a96a3");
    }

    private static void buttonedFront(Pen pen, Frame f, String wear, String main, double shoulderY, double hip) {
        double w = f.bodyW();
        pen.line(0, shoulderY + 2, 0, hip + 3, Palette.darker(main, 0.25), 2);
        for (double y = shoulderY + 10; y < hip; y += 11) {
            pen.dot(4, y, 2.2, wear.equals("captain") ? "#ffd23f" : "#fbfbfb");
        }
        if (wear.equals("captain")) {
            pen.rect(-w - 1, shoulderY - 1, 12, 5, 1, "#ffd23f");
            pen.rect(w - 11, shoulderY - 1, 12, 5, 1, "#ffd23f");
        }
    }

    private static void superSuit(Pen pen, Frame f, double hip) {
        double mid = f.bodyY();
        pen.circle(0, mid - 6, f.bodyW() * 0.42, "#ffd23f");
        pen.fill(PathData.at(2, mid - 16).to(-5, mid - 4).to(1, mid - 4).to(-2, mid + 4).to(6, mid - 9).to(0, mid - 9)
                .close(), "#e63946");
        Outfits.belt(pen, f, hip - 2, "#ffd23f");
    }

    private static void hiVis(Pen pen, Frame f, double shoulderY, double hip) {
        double w = f.bodyW();
        openWaistcoat(pen, w, shoulderY, hip + 4, 5, "#ffd21f");
        pen.rect(-w, f.bodyY(), w * 2, 4, 1, "#d8dee4");
    }

    private static void sailorCollar(Pen pen, Frame f, double shoulderY) {
        double w = f.bodyW();
        pen.shape(PathData.at(-w + 2, shoulderY).to(w - 2, shoulderY).to(w * 0.5, shoulderY + 12).to(0, shoulderY + 22)
                .to(-w * 0.5, shoulderY + 12).close(), "#1d3557");
        pen.shape(PathData.at(-6, shoulderY + 18).to(6, shoulderY + 18).to(0, shoulderY + 30).close(), "#e63946");
    }

    private static void safariPockets(Pen pen, Frame f, String main, double hip) {
        double w = f.bodyW();
        double mid = f.bodyY();
        pen.rect(-w * 0.7, mid - 8, 10, 10, 2, Palette.darker(main, 0.12));
        pen.rect(w * 0.7 - 10, mid - 8, 10, 10, 2, Palette.darker(main, 0.12));
        Outfits.belt(pen, f, hip - 2, "#6b4423");
    }

    private static void clown(Pen pen, Frame f, double shoulderY, double hip) {
        double w = f.bodyW();
        double mid = f.bodyY();
        pen.dot(-w * 0.4, mid - 8, 4, "#ffd23f");
        pen.dot(w * 0.45, mid + 2, 4, "#2a9d8f");
        pen.dot(-w * 0.2, hip - 4, 4, "#e63946");
        for (int n = -2; n <= 2; n++) {
            pen.circle(n * 8, shoulderY + 2, 6, "#fbfbfb");
        }
    }
}
