package com.novastoryteller.engine.embedded.picture;

import java.util.Locale;

/** SVG path data built in steps, with short numbers so that a background stays small. */
final class Outline {

    private final StringBuilder data = new StringBuilder();

    Outline moveTo(double x, double y) {
        return add('M', x, y);
    }

    Outline lineTo(double x, double y) {
        return add('L', x, y);
    }

    /** A line relative to where the outline is. */
    Outline by(double dx, double dy) {
        return add('l', dx, dy);
    }

    Outline quadTo(double controlX, double controlY, double x, double y) {
        return add('Q', controlX, controlY, x, y);
    }

    /** A smooth quadratic continuation, its control point the mirror of the last one. */
    Outline smoothTo(double x, double y) {
        return add('T', x, y);
    }

    Outline curveTo(double c1x, double c1y, double c2x, double c2y, double x, double y) {
        return add('C', c1x, c1y, c2x, c2y, x, y);
    }

    Outline close() {
        data.append('Z');
        return this;
    }

    /** A whole circle as two arcs, so that many dots can share one path. */
    Outline dot(double cx, double cy, double r) {
        moveTo(cx - r, cy);
        data.append('a').append(number(r)).append(' ').append(number(r)).append(" 0 1 0 ").append(number(2 * r)).append(" 0");
        data.append('a').append(number(r)).append(' ').append(number(r)).append(" 0 1 0 ").append(number(-2 * r)).append(" 0");
        return this;
    }

    /** A closed polygon through the points (x1, y1, x2, y2, …). */
    Outline polygon(double... points) {
        moveTo(points[0], points[1]);
        for (int n = 2; n < points.length; n += 2) {
            lineTo(points[n], points[n + 1]);
        }
        return close();
    }

    Outline rect(double x, double y, double w, double h) {
        return polygon(x, y, x + w, y, x + w, y + h, x, y + h);
    }

    boolean isEmpty() {
        return data.isEmpty();
    }

    private Outline add(char command, double... numbers) {
        data.append(command);
        for (int n = 0; n < numbers.length; n++) {
            if (n > 0 && numbers[n] >= 0) {
                data.append(' ');
            }
            data.append(number(numbers[n]));
        }
        return this;
    }

    static String number(double value) {
        long whole = Math.round(value);
        if (Math.abs(value - whole) < 0.05) {
            return Long.toString(whole);
        }
        return String.format(Locale.ROOT, "%.1f", value);
    }

    @Override
    public String toString() {
        return data.toString();
    }
}
