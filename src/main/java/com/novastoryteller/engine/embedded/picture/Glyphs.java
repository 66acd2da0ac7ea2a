package com.novastoryteller.engine.embedded.picture;

import java.util.Map;

/**
 * Capital letters and a few figures as strokes on a grid four wide and six high, for the signs in a setting
 * (a picture cannot rely on the fonts of whoever opens it).
 */
final class Glyphs {

    private static final String O = "1,0 3,0 4,1 4,5 3,6 1,6 0,5 0,1 1,0";
    private static final String P = "0,6 0,0 3,0 4,1 4,2 3,3 0,3";
    private static final Map<Character, String[]> STROKES = Map.ofEntries(
            Map.entry('A', new String[] { "0,6 2,0 4,6", "1,3.5 3,3.5" }),
            Map.entry('B', new String[] { "0,6 0,0 3,0 4,1 4,2 3,3 0,3", "3,3 4,4 4,5 3,6 0,6" }),
            Map.entry('C', new String[] { "4,1 3,0 1,0 0,1 0,5 1,6 3,6 4,5" }),
            Map.entry('D', new String[] { "0,0 0,6 2.5,6 4,4.5 4,1.5 2.5,0 0,0" }),
            Map.entry('E', new String[] { "4,0 0,0 0,6 4,6", "0,3 3,3" }),
            Map.entry('F', new String[] { "4,0 0,0 0,6", "0,3 3,3" }),
            Map.entry('G', new String[] { "4,1 3,0 1,0 0,1 0,5 1,6 3,6 4,5 4,3 2,3" }),
            Map.entry('H', new String[] { "0,0 0,6", "4,0 4,6", "0,3 4,3" }),
            Map.entry('I', new String[] { "2,0 2,6", "1,0 3,0", "1,6 3,6" }),
            Map.entry('J', new String[] { "4,0 4,5 3,6 1,6 0,5" }),
            Map.entry('K', new String[] { "0,0 0,6", "4,0 0,3.5", "1.3,2.7 4,6" }),
            Map.entry('L', new String[] { "0,0 0,6 4,6" }),
            Map.entry('M', new String[] { "0,6 0,0 2,3 4,0 4,6" }),
            Map.entry('N', new String[] { "0,6 0,0 4,6 4,0" }),
            Map.entry('O', new String[] { O }),
            Map.entry('P', new String[] { P }),
            Map.entry('Q', new String[] { O, "2.5,4.5 4,6" }),
            Map.entry('R', new String[] { P, "2,3 4,6" }),
            Map.entry('S', new String[] { "4,1 3,0 1,0 0,1 0,2 1,3 3,3 4,4 4,5 3,6 1,6 0,5" }),
            Map.entry('T', new String[] { "0,0 4,0", "2,0 2,6" }),
            Map.entry('U', new String[] { "0,0 0,5 1,6 3,6 4,5 4,0" }),
            Map.entry('V', new String[] { "0,0 2,6 4,0" }),
            Map.entry('W', new String[] { "0,0 1,6 2,3 3,6 4,0" }),
            Map.entry('X', new String[] { "0,0 4,6", "4,0 0,6" }),
            Map.entry('Y', new String[] { "0,0 2,3 4,0", "2,3 2,6" }),
            Map.entry('Z', new String[] { "0,0 4,0 0,6 4,6" }),
            Map.entry('0', new String[] { O }),
            Map.entry('1', new String[] { "1,1 2,0 2,6", "1,6 3,6" }),
            Map.entry('2', new String[] { "0,1 1,0 3,0 4,1 4,2 0,6 4,6" }),
            Map.entry('3', new String[] { "0,0 4,0 2,2.5 3,2.5 4,3.5 4,5 3,6 1,6 0,5" }),
            Map.entry('+', new String[] { "2,1.5 2,4.5", "0.5,3 3.5,3" }),
            Map.entry('=', new String[] { "0.5,2 3.5,2", "0.5,4 3.5,4" }));

    private Glyphs() {
    }

    /** Adds the letter's strokes, its top left at (x, y), {@code size} high. */
    static void add(Outline outline, char letter, double x, double y, double size) {
        String[] strokes = STROKES.get(Character.toUpperCase(letter));
        if (strokes == null) {
            return;
        }
        double unitX = size * 0.15;
        double unitY = size / 6;
        for (String stroke : strokes) {
            String[] points = stroke.split(" ");
            for (int n = 0; n < points.length; n++) {
                String[] xy = points[n].split(",");
                double px = x + Double.parseDouble(xy[0]) * unitX;
                double py = y + Double.parseDouble(xy[1]) * unitY;
                if (n == 0) {
                    outline.moveTo(px, py);
                }
                else {
                    outline.lineTo(px, py);
                }
            }
        }
    }
}
