package com.novastoryteller.engine.embedded.picture;

/** Scenery drawn in several places: a cloud. */
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
}
