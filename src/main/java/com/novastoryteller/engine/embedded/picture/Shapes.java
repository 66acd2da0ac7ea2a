package com.novastoryteller.engine.embedded.picture;

/** Scenery drawn in several places: clouds, trees, a cactus. */
public final class Shapes {

    private Shapes() {
    }

    public static void cloud(Svg svg, double x, double y, double scale, String colour) {
        svg.group("a cloud", x, y, scale);
        svg.ellipse(0, 0, 60, 28, colour, "");
        svg.circle(-28, -14, 26, colour, "");
        svg.circle(12, -24, 32, colour, "");
        svg.circle(44, -8, 22, colour, "");
        svg.end();
    }

    public static void tree(Svg svg, double x, double y, double scale, boolean night) {
        svg.group("a tree", x, y, scale);
        svg.rect(-9, -60, 18, 62, night ? "#5a3d26" : "#8a5a35", "rx=\"4\"");
        String leaves = night ? "#24573a" : "#3f9a52";
        svg.circle(0, -88, 40, leaves, "");
        svg.circle(-28, -66, 28, leaves, "");
        svg.circle(28, -66, 28, leaves, "");
        svg.end();
    }

    public static void cactus(Svg svg, double x, double y) {
        svg.group("a cactus", x, y, 1);
        svg.rect(-14, -110, 28, 110, "#4c9a5b", "rx=\"14\"");
        svg.rect(-46, -80, 22, 50, "#4c9a5b", "rx=\"11\"");
        svg.rect(24, -92, 22, 48, "#4c9a5b", "rx=\"11\"");
        svg.end();
    }
}
