package com.novastoryteller.engine.embedded;

import static com.novastoryteller.engine.embedded.EmbeddedImageDescriber.GRID;

import com.novastoryteller.engine.embedded.EmbeddedImageDescriber.Colour;

/** A patch of touching grid cells of one colour, described by its form and where it is in the picture. */
final class ColourPatch {

    final Colour colour;
    int size;
    int minX = GRID;
    int minY = GRID;
    int maxX = -1;
    int maxY = -1;
    boolean touchesEdge;

    ColourPatch(Colour colour) {
        this.colour = colour;
    }

    void add(int x, int y) {
        size++;
        minX = Math.min(minX, x);
        minY = Math.min(minY, y);
        maxX = Math.max(maxX, x);
        maxY = Math.max(maxY, y);
        touchesEdge |= x == 0 || y == 0 || x == GRID - 1 || y == GRID - 1;
    }

    /** The grid is square whatever the picture's shape, so the patch's proportions are corrected by the picture's. */
    String describe(double pictureAspect) {
        int width = maxX - minX + 1;
        int height = maxY - minY + 1;
        double fill = (double) size / (width * height);
        double aspect = (double) width / height * pictureAspect;
        boolean even = aspect >= 0.8 && aspect <= 1.25;
        String form = aspect > 1.8 ? "wide" : aspect < 0.55 ? "tall"
                : fill >= 0.9 ? (even ? "square" : aspect < 1 ? "tall" : "wide")
                : fill > 0.6 && even ? "round" : "big";
        return "a " + form + " " + colour.word + " shape " + place((minX + maxX) / 2.0, (minY + maxY) / 2.0);
    }

    private static String place(double x, double y) {
        String row = y < GRID / 3.0 ? "top" : y > 2 * GRID / 3.0 ? "bottom" : "";
        String column = x < GRID / 3.0 ? "left" : x > 2 * GRID / 3.0 ? "right" : "";
        if (row.isEmpty() && column.isEmpty()) {
            return "in the middle";
        }
        return "near the " + (row + " " + column).strip();
    }
}
