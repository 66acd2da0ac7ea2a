package com.novastoryteller.engine.embedded.picture;

import java.util.Map;

/**
 * What a person wears, by their kind's outfit ("wear=" in the kinds): its legs, its body, its sleeves and the
 * details that tell one trade from another (a chef's two rows of buttons, a firefighter's bright stripes).
 */
final class Outfits {

    /** Outfits whose colour is part of what they are; the others wear the colour the family chose. */
    private static final Map<String, String> OWN_COLOURS = Map.ofEntries(Map.entry("spacesuit", "#f4f6f8"),
            Map.entry("armour", "#b8c2cc"), Map.entry("white_coat", "#fbfbfb"), Map.entry("lab_coat", "#f4fbff"),
            Map.entry("chef_jacket", "#fbfbfb"), Map.entry("police", "#23395b"), Map.entry("fire_coat", "#c0392b"),
            Map.entry("ninja", "#2b2b33"), Map.entry("trench_coat", "#c8a46e"), Map.entry("safari", "#c8b27a"),
            Map.entry("captain", "#1d3557"), Map.entry("sailor", "#fbfbfb"), Map.entry("scrubs", "#3aa6a0"),
            Map.entry("hi_vis", "#ff8c1a"), Map.entry("vampire", "#2b2b33"), Map.entry("elf", "#3a9a4a"),
            Map.entry("gnome", "#3a6ac8"), Map.entry("troll", "#8a6a4a"), Map.entry("witch_dress", "#4a2e6a"),
            Map.entry("wizard_robe", "#3a4ab0"));
    private static final Map<String, String> LONG = Map.of("gown", "", "royal_robe", "", "wizard_robe", "", "witch_dress", "");
    private static final String DENIM = "#3f6ea8";

    private Outfits() {
    }

    /** The outfit's main colour: the family's choice unless the outfit has its own (a chef is in white). */
    static String main(Sketch s, String wear) {
        if (s.look().colour("clothes") != null) {
            return s.look().colour("clothes");
        }
        return OWN_COLOURS.getOrDefault(wear, s.colours().clothes());
    }

    static String sleeve(Sketch s, String wear) {
        return switch (wear) {
            case "mermaid", "fairy_dress", "tutu" -> s.colours().skin();
            case "pirate", "overalls", "apron", "white_coat", "cowboy", "hi_vis" -> shirt(s, wear);
            default -> main(s, wear);
        };
    }

    /** The shirt under a coat, apron or waistcoat. */
    private static String shirt(Sketch s, String wear) {
        return switch (wear) {
            case "pirate" -> "#fbfbfb";
            case "white_coat" -> "#fbfbfb";
            default -> s.colours().clothes();
        };
    }

    static void legs(Sketch s, Frame f, String wear, double hip) {
        Pen pen = s.pen();
        double x = f.bodyW() * 0.45;
        double width = f.headR() * 0.42;
        if (wear.equals("mermaid")) {
            mermaidTail(s, f, hip);
            return;
        }
        String legs = legColour(s, wear);
        if (wear.equals("spacesuit") || wear.equals("clown")) {
            width *= 1.35;
        }
        pen.limb(-x, hip - 4, -x, -7, width, legs);
        pen.limb(x, hip - 4, x, -7, width, legs);
        if (wear.equals("elf")) {
            for (double y = hip + 8; y < -10; y += 10) {
                pen.line(-x - width / 2, y, -x + width / 2, y, "#fbfbfb", 4);
                pen.line(x - width / 2, y, x + width / 2, y, "#fbfbfb", 4);
            }
        }
        shoes(s, wear, x, width, legs);
    }

    /** The legs' colour: the outfit's own, bare skin under a dress, or the legwear the family chose. */
    private static String legColour(Sketch s, String wear) {
        Paints c = s.colours();
        return switch (wear) {
            case "spacesuit", "armour", "ninja", "super_suit", "onesie", "scrubs", "police", "fire_coat", "clown", "captain" -> main(s, wear);
            case "dress", "fairy_dress", "tutu", "troll", "royal_robe", "gown", "witch_dress", "wizard_robe" -> wear.equals("tutu")
                    ? "#ffd6e8" : c.skin();
            case "elf" -> "#e63946";
            case "chef_jacket" -> "#5a5a66";
            case "sailor", "safari" -> wear.equals("sailor") ? "#1d3557" : "#c8b27a";
            default -> c.legs();
        };
    }

    private static void mermaidTail(Sketch s, Frame f, double hip) {
        Pen pen = s.pen();
        String tail = s.look().colour("legs") != null ? s.look().colour("legs") : "#2ec4b6";
        pen.shape(PathData.at(-f.bodyW() * 0.9, hip - 4).curve(-f.bodyW(), hip * 0.4, -4, -14).curve(-28, -4, -30, 0)
                .curve(-8, 2, 0, -10).curve(8, 2, 30, 0).curve(28, -4, 4, -14).curve(f.bodyW(), hip * 0.4,
                        f.bodyW() * 0.9, hip - 4).close(), tail);
        pen.stroke(PathData.at(-8, hip * 0.6).curve(0, hip * 0.6 + 5, 8, hip * 0.6), Palette.darker(tail, 0.25), 2);
        pen.stroke(PathData.at(-6, hip * 0.35).curve(0, hip * 0.35 + 5, 6, hip * 0.35), Palette.darker(tail, 0.25), 2);
    }

    /** Shoes, or boots, on the legs at x either side, width wide, in the outfit's colour for them. */
    private static void shoes(Sketch s, String wear, double x, double width, String legs) {
        Pen pen = s.pen();
        Paints c = s.colours();
        String shoes = switch (wear) {
            case "spacesuit", "armour" -> "#8a96a3";
            case "clown" -> "#e63946";
            case "onesie" -> legs;
            case "pirate", "fire_coat", "police", "ninja", "vampire", "witch_dress" -> "#2b2b33";
            case "super_suit" -> Palette.darker(main(s, wear), 0.3);
            case "cowboy", "safari" -> "#7a4a2a";
            default -> c.shoes();
        };
        double shoe = wear.equals("clown") ? 16 : 10;
        boolean boots = s.look().wears("boots") || wear.equals("pirate") || wear.equals("fire_coat") || wear.equals("cowboy")
                || wear.equals("super_suit");
        if (boots) {
            pen.rect(-x - width * 0.7, -24, width * 1.4, 18, 4, shoes);
            pen.rect(x - width * 0.7, -24, width * 1.4, 18, 4, shoes);
        }
        pen.ellipse(-x - 3, -5, shoe, 6, shoes);
        pen.ellipse(x + 3, -5, shoe, 6, shoes);
    }

    /** A top from the shoulders down to bottom, flared by flare either side; bulging when the figure is round. */
    static PathData top(Frame f, double shoulderY, double bottom, double flare, boolean round) {
        double w = f.bodyW();
        double bulge = round ? w * 0.35 : 0;
        return PathData.at(-w + 6, shoulderY).to(w - 6, shoulderY).curve(w + 2, shoulderY + 1, w, shoulderY + 10)
                .curve(w + bulge, (shoulderY + bottom) / 2 + 4, w * 0.8 + flare, bottom).to(-w * 0.8 - flare, bottom)
                .curve(-w - bulge, (shoulderY + bottom) / 2 + 4, -w, shoulderY + 10).curve(-w - 2, shoulderY + 1, -w + 6,
                        shoulderY).close();
    }

    static void body(Sketch s, Frame f, String wear, double shoulderY, double hip) {
        Pen pen = s.pen();
        String main = main(s, wear);
        boolean round = s.look().round();
        double knee = hip * 0.45;
        switch (wear) {
            case "dress" -> pen.shape(top(f, shoulderY, knee, 12, round), main);
            case "fairy_dress" -> {
                pen.shape(top(f, shoulderY, hip + 2, 0, round), main);
                pen.shape(PathData.at(-f.bodyW(), hip).curve(-f.bodyW() - 14, knee + 8, -f.bodyW() - 10, knee)
                        .curve(-12, knee + 12, 0, knee).curve(12, knee + 12, f.bodyW() + 10, knee).curve(f.bodyW() + 14,
                                knee + 8, f.bodyW(), hip).close(), Palette.lighter(main, 0.2));
            }
            case "tutu" -> {
                pen.shape(top(f, shoulderY, hip + 2, 0, round), main);
                pen.ellipse(0, hip + 2, f.bodyW() + 22, 9, Palette.lighter(main, 0.35));
            }
            case "gown", "royal_robe", "wizard_robe", "witch_dress" -> robe(pen, f, wear, main, shoulderY, hip, round);
            case "white_coat", "lab_coat", "trench_coat" -> coat(s, f, wear, main, shoulderY, hip, round);
            case "onesie" -> {
                pen.shape(top(f, shoulderY, hip + 4, 2, true), main);
                pen.oval(0, (shoulderY + hip) / 2 + 2, f.bodyW() * 0.5, f.bodyH() * 0.55, Palette.lighter(main, 0.35));
            }
            case "tunic", "elf", "gnome", "troll", "giant" -> tunic(pen, f, wear, main, shoulderY, hip, round);
            case "overalls" -> overalls(s, f, shoulderY, hip, round);
            case "apron" -> {
                pen.shape(top(f, shoulderY, hip + 4, 2, round), s.colours().clothes());
                pen.shape(PathData.at(-f.bodyW() * 0.55, shoulderY + 8).to(f.bodyW() * 0.55, shoulderY + 8)
                        .to(f.bodyW() * 0.75, hip + 16).to(-f.bodyW() * 0.75, hip + 16).close(), "#fbfbfb");
                pen.rect(-8, hip - 6, 16, 10, 2, "#fbfbfb");
            }
            default -> pen.shape(top(f, shoulderY, hip + 4, 2, round), main);
        }
        OutfitTrims.trim(s, f, wear, main, shoulderY, hip);
    }

    /** A long robe or gown down to the feet, with a king's ermine, a gown's sash or a wizard's stars. */
    private static void robe(Pen pen, Frame f, String wear, String main, double shoulderY, double hip, boolean round) {
        pen.shape(top(f, shoulderY, -3, 18, round), main);
        if (wear.equals("royal_robe")) {
            pen.rect(-6, shoulderY + 4, 12, -shoulderY - 8, 3, "#fbfbfb");
            for (double y = shoulderY + 14; y < -10; y += 16) {
                pen.dot(0, y, 2, "#2b2b33");
            }
        }
        if (wear.equals("gown")) {
            pen.rect(-f.bodyW() * 0.85, hip - 6, f.bodyW() * 1.7, 8, 4, Palette.lighter(main, 0.4));
        }
        if (wear.equals("wizard_robe")) {
            star(pen, -10, hip + 16, 5);
            star(pen, 14, hip - 8, 4);
            star(pen, 4, -24, 5);
        }
    }

    /** A coat open down to the knee over the clothes: a doctor's, a scientist's, a detective's. */
    private static void coat(Sketch s, Frame f, String wear, String main, double shoulderY, double hip, boolean round) {
        Pen pen = s.pen();
        double knee = hip * 0.45;
        pen.shape(top(f, shoulderY, knee + 6, 8, round), main);
        pen.fill(PathData.at(-6, shoulderY + 1).to(6, shoulderY + 1).to(3, knee + 4).to(-3, knee + 4).close(),
                wear.equals("trench_coat") ? Palette.darker(main, 0.15) : s.colours().clothes());
        pen.stroke(PathData.at(-8, shoulderY).to(0, shoulderY + 18).to(8, shoulderY), Palette.darker(main, 0.2), 2.5);
        if (wear.equals("trench_coat")) {
            pen.rect(-f.bodyW() - 2, hip - 8, f.bodyW() * 2 + 4, 7, 3, Palette.darker(main, 0.25));
        }
        else {
            pen.rect(f.bodyW() * 0.25, hip - 12, 12, 10, 2, main);
        }
    }

    private static void tunic(Pen pen, Frame f, String wear, String main, double shoulderY, double hip, boolean round) {
        double bottom = hip + 12;
        pen.shape(top(f, shoulderY, bottom, 6, round), main);
        if (wear.equals("elf") || wear.equals("troll")) {
            pen.fill(PathData.at(-f.bodyW() * 0.8 - 6, bottom - 1).to(-10, bottom + 8).to(0, bottom - 1)
                    .to(10, bottom + 8).to(f.bodyW() * 0.8 + 6, bottom - 1).close(), main);
        }
        if (wear.equals("giant")) {
            pen.rect(-12, f.bodyY() - 8, 10, 10, 1, Palette.lighter(main, 0.3));
        }
        belt(pen, f, hip - 2, wear.equals("giant") ? "#c8a46e" : "#5a3a22");
    }

    private static void overalls(Sketch s, Frame f, double shoulderY, double hip, boolean round) {
        Pen pen = s.pen();
        pen.shape(top(f, shoulderY, hip + 4, 2, round), s.colours().clothes());
        pen.shape(PathData.at(-f.bodyW() * 0.6, f.bodyY() - 4).to(f.bodyW() * 0.6, f.bodyY() - 4)
                .to(f.bodyW() * 0.85, hip + 6).to(-f.bodyW() * 0.85, hip + 6).close(), DENIM);
        pen.line(-f.bodyW() * 0.5, f.bodyY() - 4, -f.bodyW() * 0.6, shoulderY + 2, DENIM, 5);
        pen.line(f.bodyW() * 0.5, f.bodyY() - 4, f.bodyW() * 0.6, shoulderY + 2, DENIM, 5);
        pen.dot(-f.bodyW() * 0.45, f.bodyY() - 1, 2.5, "#ffd23f");
        pen.dot(f.bodyW() * 0.45, f.bodyY() - 1, 2.5, "#ffd23f");
    }

    /** Things worn on the outfit once the head is drawn: a stethoscope, a neckerchief, a badge. */
    static void details(Sketch s, Frame f, String wear, double shoulderY, double hip) {
        Pen pen = s.pen();
        if (s.has("stethoscope")) {
            pen.stroke(PathData.at(-8, shoulderY + 1).curve(-12, f.bodyY() + 6, 0, f.bodyY() + 4).curve(10, f.bodyY() + 2,
                    8, shoulderY + 1), "#4a5560", 3);
            pen.circle(0, f.bodyY() + 6, 4, "#c0c7cf");
        }
        if (s.has("neckerchief")) {
            pen.shape(PathData.at(-11, shoulderY - 1).to(11, shoulderY - 1).to(0, shoulderY + 13).close(), "#e63946");
        }
        if (s.has("badge")) {
            star(pen, f.bodyW() * 0.45, f.bodyY() - 6, 4);
        }
        if (s.has("watch")) {
            pen.rect(f.handX() - 3, f.handY() - 12, 8, 5, 2, "#2b2b33");
        }
    }

    static void belt(Pen pen, Frame f, double y, String colour) {
        pen.rect(-f.bodyW() - 1, y - 3, f.bodyW() * 2 + 2, 7, 2, colour);
        pen.rect(-5, y - 4, 10, 9, 2, "#ffd23f");
    }

    static void star(Pen pen, double x, double y, double r) {
        PathData d = null;
        for (int n = 0; n < 10; n++) {
            double angle = Math.PI * n / 5 - Math.PI / 2;
            double radius = n % 2 == 0 ? r : r * 0.45;
            double px = x + Math.cos(angle) * radius;
            double py = y + Math.sin(angle) * radius;
            d = d == null ? PathData.at(px, py) : d.to(px, py);
        }
        pen.fill(d.close(), "#ffd23f");
    }
}
