package com.novastoryteller.engine.embedded.picture;

/**
 * Draws a figure's shapes in the picture-book style: filled, with a soft dark outline, limbs as thick rounded
 * strokes with an outline of their own.
 */
final class Pen {

    static final String INK = "#3a2a24";
    private static final String OUTLINE = "stroke=\"" + INK + "\" stroke-width=\"2.5\"";

    private final Svg svg;

    Pen(Svg svg) {
        this.svg = svg;
    }

    void circle(double x, double y, double r, String fill) {
        svg.circle(x, y, r, fill, OUTLINE);
    }

    /** A circle without an outline: eyes' sparkles, cheeks, spots. */
    void dot(double x, double y, double r, String fill) {
        svg.circle(x, y, r, fill, "");
    }

    void faint(double x, double y, double r, String fill, double opacity) {
        svg.circle(x, y, r, fill, "opacity=\"" + opacity + "\"");
    }

    void ellipse(double x, double y, double rx, double ry, String fill) {
        svg.ellipse(x, y, rx, ry, fill, OUTLINE);
    }

    /** An outlined ellipse turned by the angle (degrees) about its centre. */
    void ellipse(double x, double y, double rx, double ry, double angle, String fill) {
        svg.ellipse(x, y, rx, ry, fill, OUTLINE + " transform=\"rotate(" + PathData.n(angle) + " " + PathData.n(x) + " "
                + PathData.n(y) + ")\"");
    }

    void oval(double x, double y, double rx, double ry, String fill) {
        svg.ellipse(x, y, rx, ry, fill, "");
    }

    void oval(double x, double y, double rx, double ry, String fill, double opacity) {
        svg.ellipse(x, y, rx, ry, fill, "opacity=\"" + opacity + "\"");
    }

    void rect(double x, double y, double w, double h, double round, String fill) {
        svg.rect(x, y, w, h, fill, "rx=\"" + PathData.n(round) + "\" " + OUTLINE);
    }

    void shape(PathData d, String fill) {
        svg.path(d.toString(), fill, OUTLINE);
    }

    void fill(PathData d, String fill) {
        svg.path(d.toString(), fill, "");
    }

    void fill(PathData d, String fill, double opacity) {
        svg.path(d.toString(), fill, "opacity=\"" + opacity + "\"");
    }

    /** An outlined shape that lets what is behind show through: glass, fairy wings, a ghost. */
    void glass(PathData d, String fill, double opacity) {
        svg.path(d.toString(), fill, "fill-opacity=\"" + opacity + "\" " + OUTLINE);
    }

    /** A line of the given colour and width, ends rounded. */
    void stroke(PathData d, String colour, double width) {
        svg.path(d.toString(), "none", "stroke=\"" + colour + "\" stroke-width=\"" + PathData.n(width)
                + "\" stroke-linecap=\"round\" stroke-linejoin=\"round\"");
    }

    void line(double x1, double y1, double x2, double y2, String colour, double width) {
        svg.line(x1, y1, x2, y2, colour, width);
    }

    /** A limb from (x1, y1) to (x2, y2), bending through (cx, cy): an outline stroke, then the limb's colour. */
    void limb(double x1, double y1, double cx, double cy, double x2, double y2, double width, String colour) {
        PathData d = PathData.at(x1, y1).curve(cx, cy, x2, y2);
        stroke(d, INK, width + 5);
        stroke(d, colour, width);
    }

    void limb(double x1, double y1, double x2, double y2, double width, String colour) {
        limb(x1, y1, (x1 + x2) / 2, (y1 + y2) / 2, x2, y2, width, colour);
    }
}
