package com.novastoryteller.engine.embedded.picture;

import java.util.Locale;

import com.novastoryteller.engine.Scene;

/**
 * The people, animals and robots of a story, drawn as round friendly figures about 150 px tall standing on
 * (x, ground). Colours come from the figure alone (its chosen colour, or its name and kind), so a character keeps
 * its look on every page.
 */
public final class Figures {

    private static final String[] FUR = { "#c68b59", "#e07a3f", "#8d6e63", "#b0a08a", "#d9a066", "#7f8c8d", "#f2c57c" };
    private static final String[] CLOTHES = { "#e63946", "#457b9d", "#2a9d8f", "#f4a261", "#9b5de5", "#00bbf9", "#f15bb5" };
    private static final String[] HAIR = { "#3b2417", "#8d5524", "#e0ac69", "#1b1b1b", "#c0392b", "#f1c27d" };
    private static final String[] SKIN = { "#f1c27d", "#e0ac69", "#c68642", "#8d5524", "#ffdbac" };

    private Figures() {
    }

    /** Draws the figure standing at (x, ground), in the pose and with the face of the mood; says what it drew. */
    public static Drawn draw(Svg svg, Scene.Figure figure, Pose pose, Scene.Mood mood, double x, double ground, double scale) {
        draw(svg, figure, x, ground, scale);
        return Drawn.exactly(figure.kind());
    }

    static void draw(Svg svg, Scene.Figure figure, double x, double ground, double scale) {
        String kind = figure.kind().toLowerCase(Locale.ROOT);
        int look = Math.abs((figure.name().toLowerCase(Locale.ROOT) + "/" + kind).hashCode() + figure.variant() * 7919);
        String clothes = figure.colour() != null ? figure.colour() : CLOTHES[look % CLOTHES.length];
        svg.group(figure.name() + ", " + figure.kind(), x, ground, scale);
        svg.ellipse(0, 4, 48, 10, "#000000", "opacity=\"0.15\"");
        if (kind.contains("robot")) {
            robot(svg, clothes);
        }
        else if (isPerson(kind)) {
            person(svg, clothes, HAIR[(look / 7) % HAIR.length], SKIN[(look / 11) % SKIN.length],
                    kind.contains("girl") || kind.contains("princess") || kind.contains("queen"));
        }
        else {
            animal(svg, kind, kind.contains("dragon") ? clothes : fur(kind, look));
            if (figure.colour() != null && !kind.contains("dragon")) {
                scarf(svg, figure.colour());
            }
        }
        svg.end();
    }

    /** A scarf under an animal's chin, in the colour its family chose for it. */
    private static void scarf(Svg svg, String colour) {
        svg.path("M-30 -72 Q0 -58 30 -72 L30 -62 Q0 -48 -30 -62 Z", colour, "");
        svg.path("M14 -60 L24 -30 L8 -34 Z", colour, "");
    }

    private static boolean isPerson(String kind) {
        for (String word : new String[] { "girl", "boy", "child", "kid", "person", "king", "queen", "prince", "princess",
                "wizard", "witch", "pirate", "astronaut", "knight", "teacher", "keeper", "explorer", "scientist", "friend",
                "baker", "captain", "farmer", "doctor", "detective" }) {
            if (kind.contains(word)) {
                return true;
            }
        }
        return false;
    }

    private static String fur(String kind, int look) {
        if (kind.contains("fox")) {
            return "#e07a3f";
        }
        if (kind.contains("frog")) {
            return "#5cb85c";
        }
        if (kind.contains("owl") || kind.contains("bear") || kind.contains("hedgehog")) {
            return "#8d6e63";
        }
        if (kind.contains("mouse") || kind.contains("elephant")) {
            return "#a0a4ab";
        }
        return FUR[look % FUR.length];
    }

    /** A ring of spikes around (cx, cy): a star with the given inner and outer radius. */
    private static String spikes(double cx, double cy, double inner, double outer, int points) {
        StringBuilder d = new StringBuilder();
        for (int n = 0; n < points * 2; n++) {
            double angle = Math.PI * n / points - Math.PI / 2;
            double radius = n % 2 == 0 ? outer : inner;
            d.append(n == 0 ? "M" : " L").append(String.format(Locale.ROOT, "%.1f %.1f",
                    cx + radius * Math.cos(angle), cy + radius * Math.sin(angle)));
        }
        return d.append(" Z").toString();
    }

    private static void face(Svg svg, double y) {
        svg.circle(-11, y, 5, "#1b1b1b", "");
        svg.circle(11, y, 5, "#1b1b1b", "");
        svg.circle(-9.5, y - 1.5, 1.6, "#ffffff", "");
        svg.circle(12.5, y - 1.5, 1.6, "#ffffff", "");
        svg.path("M-9 " + (y + 12) + " Q0 " + (y + 20) + " 9 " + (y + 12), "none", "stroke=\"#1b1b1b\" stroke-width=\"3\" "
                + "stroke-linecap=\"round\"");
        svg.circle(-20, y + 10, 5, "#ff8fab", "opacity=\"0.6\"");
        svg.circle(20, y + 10, 5, "#ff8fab", "opacity=\"0.6\"");
    }

    private static void person(Svg svg, String clothes, String hair, String skin, boolean longHair) {
        if (longHair) {
            svg.path("M-34 -112 Q-40 -40 -24 -52 L24 -52 Q40 -40 34 -112 Z", hair, "");
        }
        svg.path("M-30 0 L-24 -62 Q0 -74 24 -62 L30 0 Z", clothes, "");
        svg.rect(-20, -4, 14, 8, "#3d3d3d", "rx=\"4\"");
        svg.rect(6, -4, 14, 8, "#3d3d3d", "rx=\"4\"");
        svg.line(-24, -56, -40, -24, skin, 10);
        svg.line(24, -56, 40, -24, skin, 10);
        svg.circle(0, -100, 34, skin, "");
        svg.path("M-35 -102 Q-30 -142 0 -140 Q30 -142 35 -102 Q18 -122 0 -118 Q-18 -122 -35 -102 Z", hair, "");
        face(svg, -100);
    }

    private static void robot(Svg svg, String colour) {
        svg.rect(-30, -70, 60, 66, colour, "rx=\"10\" stroke=\"#37474f\" stroke-width=\"3\"");
        svg.rect(-14, -56, 28, 18, "#cfd8dc", "rx=\"4\"");
        svg.rect(-26, -130, 52, 52, "#b0bec5", "rx=\"12\" stroke=\"#37474f\" stroke-width=\"3\"");
        svg.line(0, -130, 0, -148, "#37474f", 4);
        svg.circle(0, -152, 7, "#ff595e", "");
        svg.rect(-22, -4, 16, 8, "#37474f", "rx=\"3\"");
        svg.rect(6, -4, 16, 8, "#37474f", "rx=\"3\"");
        face(svg, -108);
    }

    private static void animal(Svg svg, String kind, String fur) {
        String light = "#fff3e0";
        if (kind.contains("snail")) {
            svg.ellipse(0, -16, 48, 16, "#c5e1a5", "");
            svg.circle(10, -56, 34, fur, "stroke=\"#6d4c41\" stroke-width=\"4\"");
            svg.path("M10 -56 m-20 0 a20 20 0 1 1 20 20", "none", "stroke=\"#6d4c41\" stroke-width=\"4\"");
            svg.line(-36, -28, -44, -62, "#8bc34a", 4);
            svg.line(-28, -28, -30, -64, "#8bc34a", 4);
            svg.circle(-44, -64, 4, "#1b1b1b", "");
            svg.circle(-30, -66, 4, "#1b1b1b", "");
            return;
        }
        if (kind.contains("bird") || kind.contains("owl") || kind.contains("duck") || kind.contains("penguin")) {
            svg.ellipse(0, -50, 38, 50, fur, "");
            svg.ellipse(0, -38, 24, 32, light, "");
            svg.path("M-6 -80 L6 -80 L0 -68 Z", "#f4a261", "");
            svg.path("M-38 -60 Q-58 -40 -36 -22 Z", fur, "");
            svg.path("M38 -60 Q58 -40 36 -22 Z", fur, "");
            svg.circle(-13, -90, 11, "#ffffff", "");
            svg.circle(13, -90, 11, "#ffffff", "");
            svg.circle(-13, -90, 5, "#1b1b1b", "");
            svg.circle(13, -90, 5, "#1b1b1b", "");
            return;
        }
        if (kind.contains("dragon")) {
            svg.path("M30 -40 Q80 -60 70 -100 Q60 -70 30 -60 Z", fur, "");
            svg.path("M-20 -80 L-50 -130 L-5 -95 Z", "#ffd23f", "");
            svg.path("M20 -80 L50 -130 L5 -95 Z", "#ffd23f", "");
        }
        if (kind.contains("hedgehog") || kind.contains("porcupine")) {
            svg.path(spikes(0, -72, 56, 84, 18), "#5d4037", "");
        }
        svg.ellipse(0, -38, 40, 38, fur, "");
        svg.ellipse(0, -32, 24, 24, light, "opacity=\"0.8\"");
        if (kind.contains("rabbit") || kind.contains("bunny") || kind.contains("hare")) {
            svg.ellipse(-14, -150, 9, 30, fur, "");
            svg.ellipse(14, -150, 9, 30, fur, "");
        }
        else if (kind.contains("mouse") || kind.contains("bear") || kind.contains("panda") || kind.contains("elephant")) {
            double size = kind.contains("mouse") || kind.contains("elephant") ? 20 : 12;
            svg.circle(-28, -124, size, fur, "");
            svg.circle(28, -124, size, fur, "");
        }
        else if (!kind.contains("frog") && !kind.contains("dragon") && !kind.contains("goat") && !kind.contains("sheep")
                && !kind.contains("hedgehog") && !kind.contains("porcupine")) {
            svg.path("M-34 -112 L-30 -148 L-10 -124 Z", fur, "");
            svg.path("M34 -112 L30 -148 L10 -124 Z", fur, "");
        }
        if (kind.contains("goat") || kind.contains("sheep")) {
            svg.path("M-22 -126 Q-40 -150 -18 -150", "none", "stroke=\"#e9d8a6\" stroke-width=\"6\" stroke-linecap=\"round\"");
            svg.path("M22 -126 Q40 -150 18 -150", "none", "stroke=\"#e9d8a6\" stroke-width=\"6\" stroke-linecap=\"round\"");
        }
        svg.circle(0, -100, 34, fur, "");
        if (kind.contains("fox") || kind.contains("cat") || kind.contains("dog")) {
            svg.ellipse(0, -88, 18, 12, light, "");
        }
        svg.circle(0, -92, 5, "#3d2b1f", "");
        face(svg, -106);
        svg.ellipse(-24, -4, 14, 7, fur, "");
        svg.ellipse(24, -4, 14, 7, fur, "");
    }
}
