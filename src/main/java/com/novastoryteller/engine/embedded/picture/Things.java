package com.novastoryteller.engine.embedded.picture;

import java.util.Locale;

import org.springframework.util.StringUtils;

/** The objects that matter in a part (a key, a kite, a map…), drawn beside the figures at about 80 px. */
public final class Things {

    private Things() {
    }

    /** Whether the thing is drawn up in the sky on a string when someone holds it: a kite, a balloon. */
    public static boolean flies(String thing) {
        String name = thing.toLowerCase(Locale.ROOT);
        return name.contains("kite") || name.contains("balloon");
    }

    /** Draws the thing standing on (x, ground) at the given scale; says what it drew. */
    public static Drawn draw(Svg svg, String thing, double x, double ground, double scale) {
        draw(svg, thing, x, ground);
        return Drawn.exactly(thing);
    }

    static void draw(Svg svg, String thing, double x, double ground) {
        String name = thing.toLowerCase(Locale.ROOT);
        svg.group(StringUtils.capitalize(thing), x, ground, 1);
        if (name.contains("key")) {
            svg.circle(-20, -40, 16, "none", "stroke=\"#e9b949\" stroke-width=\"8\"");
            svg.line(-4, -40, 34, -40, "#e9b949", 8);
            svg.line(26, -40, 26, -26, "#e9b949", 7);
            svg.line(16, -40, 16, -28, "#e9b949", 7);
        }
        else if (name.contains("kite")) {
            svg.path("M0 -120 L28 -80 L0 -30 L-28 -80 Z", "#ff595e", "stroke=\"#6a040f\" stroke-width=\"3\"");
            svg.line(0, -120, 0, -30, "#6a040f", 2);
            svg.line(-28, -80, 28, -80, "#6a040f", 2);
            svg.path("M0 -30 q10 12 -4 22 t4 22", "none", "stroke=\"#6a040f\" stroke-width=\"2\"");
        }
        else if (name.contains("map")) {
            svg.path("M-40 -70 L-14 -78 L14 -70 L40 -78 L40 -10 L14 -2 L-14 -10 L-40 -2 Z", "#f4e1b5", "stroke=\"#a77b4d\" stroke-width=\"3\"");
            svg.path("M-28 -50 q16 -10 26 6 t24 -4", "none", "stroke=\"#e63946\" stroke-width=\"3\" stroke-dasharray=\"5 4\"");
            svg.path("M20 -36 l8 8 m0 -8 l-8 8", "none", "stroke=\"#e63946\" stroke-width=\"3\"");
        }
        else if (name.contains("lantern") || name.contains("lamp") || name.contains("light")) {
            svg.circle(0, -44, 34, "#ffe066", "opacity=\"0.35\"");
            svg.rect(-16, -64, 32, 44, "#ffd23f", "rx=\"6\" stroke=\"#6d4c41\" stroke-width=\"4\"");
            svg.path("M-10 -64 Q0 -84 10 -64", "none", "stroke=\"#6d4c41\" stroke-width=\"4\"");
        }
        else if (name.contains("star")) {
            svg.path("M0 -90 L11 -60 L42 -60 L17 -42 L26 -12 L0 -30 L-26 -12 L-17 -42 L-42 -60 L-11 -60 Z", "#ffd23f", "");
        }
        else if (name.contains("egg")) {
            svg.ellipse(0, -34, 24, 32, "#fdf0d5", "stroke=\"#c9a66b\" stroke-width=\"3\"");
            svg.circle(-8, -40, 4, "#9bc1bc", "");
            svg.circle(8, -26, 5, "#9bc1bc", "");
        }
        else if (name.contains("book") || name.contains("letter") || name.contains("note")) {
            svg.rect(-34, -60, 68, 50, "#457b9d", "rx=\"4\"");
            svg.rect(-30, -56, 30, 42, "#f1faee", "");
            svg.rect(0, -56, 30, 42, "#f1faee", "");
        }
        else if (name.contains("cake")) {
            svg.rect(-32, -44, 64, 40, "#f7c5cc", "rx=\"6\"");
            svg.rect(-32, -50, 64, 12, "#ffffff", "rx=\"6\"");
            svg.line(0, -50, 0, -70, "#ffd23f", 5);
            svg.circle(0, -74, 5, "#ff8a3d", "");
        }
        else if (name.contains("boat") || name.contains("ship") || name.contains("teacup")) {
            svg.path("M-44 -30 L44 -30 L30 0 L-30 0 Z", "#b5774a", "");
            svg.line(0, -30, 0, -100, "#6d4c41", 4);
            svg.path("M2 -96 L40 -40 L2 -40 Z", "#f1faee", "");
        }
        else {
            svg.rect(-30, -56, 60, 52, "#9b5de5", "rx=\"6\"");
            svg.rect(-6, -56, 12, 52, "#ffd23f", "");
            svg.path("M0 -56 q-22 -20 -20 0 M0 -56 q22 -20 20 0", "none", "stroke=\"#ffd23f\" stroke-width=\"5\"");
        }
        svg.end();
    }
}
