package com.novastoryteller.engine.embedded.picture;

import java.util.Locale;

/** An SVG path's d attribute, written with as few characters as a figure's size budget wants. */
final class PathData {

    private final StringBuilder d = new StringBuilder();

    private PathData(double x, double y) {
        d.append('M').append(n(x)).append(' ').append(n(y));
    }

    static PathData at(double x, double y) {
        return new PathData(x, y);
    }

    PathData to(double x, double y) {
        d.append('L').append(n(x)).append(' ').append(n(y));
        return this;
    }

    PathData curve(double cx, double cy, double x, double y) {
        d.append('Q').append(n(cx)).append(' ').append(n(cy)).append(' ').append(n(x)).append(' ').append(n(y));
        return this;
    }

    PathData cubic(double c1x, double c1y, double c2x, double c2y, double x, double y) {
        d.append('C').append(n(c1x)).append(' ').append(n(c1y)).append(' ').append(n(c2x)).append(' ').append(n(c2y))
                .append(' ').append(n(x)).append(' ').append(n(y));
        return this;
    }

    PathData move(double x, double y) {
        d.append('M').append(n(x)).append(' ').append(n(y));
        return this;
    }

    PathData close() {
        d.append('Z');
        return this;
    }

    @Override
    public String toString() {
        return d.toString();
    }

    /** A number with at most one decimal, and none when it is whole. */
    static String n(double value) {
        double rounded = Math.round(value * 10) / 10.0;
        return rounded == Math.rint(rounded) ? Long.toString((long) rounded) : String.format(Locale.ROOT, "%.1f", rounded);
    }
}
