package com.novastoryteller.engine.embedded.picture;

/**
 * Hats, crowns and helmets, sitting on any figure's head: a trade's own (a chef's toque, a firefighter's helmet)
 * or the one the family's words give ("a wizard hat", "a woolly hat"), in the colour the words give it.
 */
final class Headwear {

    private Headwear() {
    }

    /** The kind's own hat, or the described one when the kind has none. */
    static void draw(Sketch s, Frame f, String hat) {
        if (hat.isEmpty()) {
            return;
        }
        String said = s.look().colour(hat.contains("crown") || hat.equals("tiara") ? "crown" : "hat");
        hat(s.pen(), f, hat, said);
    }

    /** A described hat: its style from the words ("a top hat", "a beanie"), else a woolly hat with a bobble. */
    static String style(Look look) {
        String style = look.hatStyle();
        if (style == null) {
            return "bobble";
        }
        return switch (style) {
            case "wizard", "pointy", "pointed" -> "wizard_hat";
            case "witch" -> "witch_hat";
            case "pirate" -> "tricorn";
            case "cowboy" -> "cowboy_hat";
            case "sun", "straw", "fishing" -> "straw_hat";
            case "chef" -> "toque";
            case "captain", "sailor" -> "captain_cap";
            case "detective" -> "deerstalker";
            case "cap", "baseball" -> "cap";
            case "top", "bowler" -> "top";
            case "party", "jester" -> "party";
            default -> "bobble";
        };
    }

    static void hat(Pen pen, Frame f, String hat, String colour) {
        double x = f.headX();
        double r = f.headR();
        double top = f.top();
        switch (hat) {
            case "crown", "little_crown" -> {
                double w = hat.equals("crown") ? r * 0.85 : r * 0.6;
                double h = hat.equals("crown") ? r * 0.7 : r * 0.5;
                double base = top + r * 0.25;
                pen.shape(PathData.at(x - w, base).to(x - w, base - h).to(x - w / 2, base - h * 0.45).to(x, base - h)
                        .to(x + w / 2, base - h * 0.45).to(x + w, base - h).to(x + w, base).close(), or(colour, "#f7c824"));
                pen.dot(x, base - h * 0.25, r * 0.09, "#e63946");
            }
            case "tiara" -> {
                pen.shape(PathData.at(x - r * 0.6, top + r * 0.2).curve(x, top - r * 0.55, x + r * 0.6, top + r * 0.2)
                        .curve(x, top - r * 0.1, x - r * 0.6, top + r * 0.2).close(), or(colour, "#f7c824"));
                pen.dot(x, top - r * 0.08, r * 0.1, "#5ad0f0");
            }
            case "wizard_hat", "witch_hat", "gnome_hat", "elf_hat", "party", "clown_hat" -> cone(pen, f, hat, colour);
            default -> helmetOrTricorn(pen, f, hat, colour);
        }
    }

    /** A space helmet, a knight's helmet, a pirate's tricorn, and the hats of a trade and the rest after them. */
    private static void helmetOrTricorn(Pen pen, Frame f, String hat, String colour) {
        double x = f.headX();
        double r = f.headR();
        double top = f.top();
        double y = f.headY();
        switch (hat) {
            case "space_helmet" -> {
                pen.glass(PathData.at(x - r * 1.45, y).cubic(x - r * 1.45, y - r * 1.95, x + r * 1.45, y - r * 1.95,
                        x + r * 1.45, y).cubic(x + r * 1.45, y + r * 1.6, x - r * 1.45, y + r * 1.6, x - r * 1.45, y).close(),
                        "#cfefff", 0.3);
                pen.oval(x - r * 0.7, y - r * 0.8, r * 0.25, r * 0.4, "#ffffff", 0.7);
                pen.rect(x - r * 1.05, y + r * 1.05, r * 2.1, r * 0.3, 4, "#c9d1d9");
            }
            case "knight_helmet" -> {
                pen.shape(PathData.at(x - r * 1.08, y + r * 0.1).cubic(x - r * 1.15, top - r * 0.6, x + r * 1.15, top - r * 0.6,
                        x + r * 1.08, y + r * 0.1).to(x + r * 0.9, y - r * 0.3).to(x - r * 0.9, y - r * 0.3).close(), "#c0c7cf");
                pen.stroke(PathData.at(x, top - r * 0.25).curve(x + r * 0.7, top - r * 1.2, x + r * 1.2, top - r * 0.6),
                        or(colour, "#e63946"), 7);
            }
            case "tricorn" -> {
                pen.shape(PathData.at(x - r * 1.3, top + r * 0.35).curve(x, top - r * 1.2, x + r * 1.3, top + r * 0.35)
                        .curve(x, top + r * 0.05, x - r * 1.3, top + r * 0.35).close(), or(colour, "#2b2b33"));
                pen.dot(x, top - r * 0.2, r * 0.14, "#fbfbfb");
            }
            default -> tradeOrBrimmedHat(pen, f, hat, colour);
        }
    }

    /** Hats of a trade and hats with a brim: a chef's toque, a cowboy's hat, a deerstalker, caps and helmets. */
    private static void tradeOrBrimmedHat(Pen pen, Frame f, String hat, String colour) {
        double x = f.headX();
        double r = f.headR();
        double top = f.top();
        double y = f.headY();
        switch (hat) {
            case "toque", "baker_cap" -> {
                double h = hat.equals("toque") ? r * 0.7 : r * 0.35;
                pen.rect(x - r * 0.7, top - h + r * 0.1, r * 1.4, h + r * 0.2, 4, "#fbfbfb");
                pen.circle(x - r * 0.45, top - h, r * 0.42, "#fbfbfb");
                pen.circle(x + r * 0.45, top - h, r * 0.42, "#fbfbfb");
                pen.circle(x, top - h - r * 0.2, r * 0.48, "#fbfbfb");
            }
            case "straw_hat", "cowboy_hat", "pith_helmet" -> {
                String fill = or(colour, hat.equals("straw_hat") ? "#f2d27a" : hat.equals("cowboy_hat") ? "#a0652e" : "#d8c48a");
                pen.ellipse(x, top + r * 0.3, r * 1.55, r * 0.32, fill);
                pen.shape(PathData.at(x - r * 0.8, top + r * 0.3).cubic(x - r * 0.85, top - r * 0.8, x + r * 0.85,
                        top - r * 0.8, x + r * 0.8, top + r * 0.3).close(), fill);
                if (!hat.equals("pith_helmet")) {
                    pen.rect(x - r * 0.8, top + r * 0.02, r * 1.6, r * 0.2, 2, hat.equals("straw_hat") ? "#e63946" : "#5a3a22");
                }
            }
            case "deerstalker" -> {
                pen.shape(PathData.at(x - r * 1.02, y - r * 0.1).cubic(x - r * 1.1, top - r * 0.9, x + r * 1.1, top - r * 0.9,
                        x + r * 1.02, y - r * 0.1).close(), or(colour, "#a0784a"));
                pen.line(x - r * 0.7, top + r * 0.1, x + r * 0.7, top + r * 0.1, "#6b4a2a", 2);
                pen.line(x, top - r * 0.45, x, y - r * 0.2, "#6b4a2a", 2);
            }
            default -> capOrHelmet(pen, f, hat, colour);
        }
    }

    /** Caps, a firefighter's or builder's helmet, and the hats after them. */
    private static void capOrHelmet(Pen pen, Frame f, String hat, String colour) {
        double x = f.headX();
        double r = f.headR();
        double top = f.top();
        switch (hat) {
            case "captain_cap", "police_cap", "sailor_cap", "cap", "nurse_cap" -> cap(pen, f, hat, colour);
            case "fire_helmet", "hard_hat" -> {
                String fill = or(colour, hat.equals("fire_helmet") ? "#d62828" : "#ffd21f");
                pen.ellipse(x, top + r * 0.35, r * 1.3, r * 0.22, fill);
                pen.shape(PathData.at(x - r * 1.0, top + r * 0.35).cubic(x - r * 1.0, top - r * 0.9, x + r * 1.0,
                        top - r * 0.9, x + r * 1.0, top + r * 0.35).close(), fill);
                if (hat.equals("fire_helmet")) {
                    pen.circle(x, top - r * 0.05, r * 0.25, "#ffd23f");
                }
                else {
                    pen.line(x, top - r * 0.5, x, top + r * 0.3, Palette.darker(fill, 0.15), 4);
                }
            }
            default -> softHat(pen, f, hat, colour);
        }
    }

    /** A hood, a crown of flowers, a top hat, or a woolly hat with a bobble for any other hat. */
    private static void softHat(Pen pen, Frame f, String hat, String colour) {
        double x = f.headX();
        double r = f.headR();
        double top = f.top();
        double y = f.headY();
        switch (hat) {
            case "ninja_hood" -> {
                pen.shape(PathData.at(x - r * 1.04, y + r * 0.2).cubic(x - r * 1.2, top - r * 0.5, x + r * 1.2, top - r * 0.5,
                        x + r * 1.04, y + r * 0.2).cubic(x + r * 1.0, y + r * 1.3, x - r * 1.0, y + r * 1.3, x - r * 1.04,
                        y + r * 0.2).close(), or(colour, "#2b2b33"));
            }
            case "flower_crown" -> {
                String[] petals = { "#f15bb5", "#ffd23f", "#ffffff", "#9b5de5", "#f15bb5" };
                for (int n = 0; n < 5; n++) {
                    double angle = Math.PI * (1.15 + n * 0.175);
                    double px = x + Math.cos(angle) * r * 0.95;
                    double py = y + Math.sin(angle) * r * 0.95;
                    pen.circle(px, py, r * 0.17, petals[n]);
                    pen.dot(px, py, r * 0.06, "#ffb703");
                }
            }
            case "top" -> {
                String fill = or(colour, "#2b2b33");
                pen.ellipse(x, top + r * 0.25, r * 1.05, r * 0.2, fill);
                pen.rect(x - r * 0.65, top - r * 0.95, r * 1.3, r * 1.2, 3, fill);
                pen.rect(x - r * 0.65, top - r * 0.05, r * 1.3, r * 0.22, 1, "#e63946");
            }
            default -> {
                String fill = or(colour, "#e63946");
                pen.shape(PathData.at(x - r * 1.02, y - r * 0.2).cubic(x - r * 1.1, top - r * 0.9, x + r * 1.1, top - r * 0.9,
                        x + r * 1.02, y - r * 0.2).close(), fill);
                pen.rect(x - r * 1.05, y - r * 0.42, r * 2.1, r * 0.32, 5, Palette.lighter(fill, 0.35));
                pen.circle(x, top - r * 0.5, r * 0.26, Palette.lighter(fill, 0.5));
            }
        }
    }

    /** Pointed hats: a wizard's with stars, a witch's with a buckle, a gnome's over the ears, a party hat. */
    private static void cone(Pen pen, Frame f, String hat, String colour) {
        double x = f.headX();
        double r = f.headR();
        double base = f.top() + r * (hat.equals("gnome_hat") ? 0.75 : 0.3);
        double h = switch (hat) {
            case "wizard_hat", "witch_hat", "gnome_hat" -> r * 1.9;
            case "elf_hat" -> r * 1.4;
            default -> r * 1.1;
        };
        double w = hat.equals("party") || hat.equals("clown_hat") ? r * 0.55 : r * 0.95;
        String fill = or(colour, switch (hat) {
            case "wizard_hat" -> "#3a4ab0";
            case "witch_hat" -> "#2b2b33";
            case "gnome_hat", "clown_hat" -> "#e63946";
            case "elf_hat" -> "#3a9a4a";
            default -> "#ffb703";
        });
        boolean bent = hat.equals("witch_hat") || hat.equals("elf_hat");
        double tipX = x + (bent ? r * 0.9 : r * 0.15);
        double tipY = base - h + (bent ? r * 0.35 : 0);
        if (hat.equals("wizard_hat") || hat.equals("witch_hat")) {
            pen.ellipse(x, base, r * 1.45, r * 0.3, fill);
        }
        pen.shape(PathData.at(x - w, base).curve(x - w * 0.3, base - h * 0.5, tipX, tipY).curve(x + w * 0.4,
                base - h * 0.45, x + w, base).curve(x, base + r * 0.15, x - w, base).close(), fill);
        switch (hat) {
            case "wizard_hat" -> {
                Outfits.star(pen, x - r * 0.2, base - h * 0.35, r * 0.22);
                Outfits.star(pen, x + r * 0.25, base - h * 0.6, r * 0.15);
            }
            case "witch_hat" -> {
                pen.rect(x - w * 0.85, base - r * 0.32, w * 1.7, r * 0.24, 2, "#9b5de5");
                pen.rect(x - r * 0.14, base - r * 0.34, r * 0.28, r * 0.28, 1, "#ffd23f");
            }
            case "elf_hat", "clown_hat", "party" -> pen.circle(tipX, tipY, r * 0.17, hat.equals("elf_hat") ? "#ffd23f" : "#fbfbfb");
            default -> {
            }
        }
    }

    private static void cap(Pen pen, Frame f, String hat, String colour) {
        double x = f.headX();
        double r = f.headR();
        double top = f.top();
        String fill = or(colour, switch (hat) {
            case "captain_cap", "sailor_cap", "nurse_cap" -> "#fbfbfb";
            case "police_cap" -> "#23395b";
            default -> "#e63946";
        });
        if (hat.equals("nurse_cap")) {
            pen.shape(PathData.at(x - r * 0.6, top + r * 0.15).to(x - r * 0.5, top - r * 0.4).to(x + r * 0.5, top - r * 0.4)
                    .to(x + r * 0.6, top + r * 0.15).close(), fill);
            pen.rect(x - r * 0.06, top - r * 0.3, r * 0.12, r * 0.36, 0, "#e63946");
            pen.rect(x - r * 0.18, top - r * 0.18, r * 0.36, r * 0.12, 0, "#e63946");
            return;
        }
        if (hat.equals("sailor_cap")) {
            pen.shape(PathData.at(x - r * 0.95, top + r * 0.35).cubic(x - r * 0.9, top - r * 0.5, x + r * 0.9, top - r * 0.5,
                    x + r * 0.95, top + r * 0.35).close(), fill);
            pen.rect(x - r * 0.95, top + r * 0.15, r * 1.9, r * 0.25, 3, "#1d3557");
            return;
        }
        pen.shape(PathData.at(x - r * 1.0, top + r * 0.5).cubic(x - r * 1.25, top - r * 0.55, x + r * 1.25, top - r * 0.55,
                x + r * 1.0, top + r * 0.5).close(), fill);
        pen.shape(PathData.at(x - r * 0.85, top + r * 0.45).curve(x, top + r * 0.85, x + r * 0.85, top + r * 0.45)
                .curve(x, top + r * 0.6, x - r * 0.85, top + r * 0.45).close(), hat.equals("cap") ? fill : "#1b1b1f");
        if (!hat.equals("cap")) {
            pen.rect(x - r * 0.95, top + r * 0.22, r * 1.9, r * 0.22, 2, "#1b1b1f");
            Outfits.star(pen, x, top, r * 0.2);
        }
    }

    static String or(String colour, String fallback) {
        return colour != null ? colour : fallback;
    }
}
