package com.novastoryteller.engine.embedded.picture;

import java.util.Random;

import com.novastoryteller.engine.Scene;

/**
 * Paints a setting's shapes on the picture in the light of the part: every colour is given as it looks on a
 * clear day and is toned for the hour and the weather on the way in. What glows (a lit window, lava, a star) is
 * painted with {@link #glow} and keeps its colour.
 */
final class Brush {

    final Svg svg;
    final Random random;
    final Scene.TimeOfDay time;
    final Scene.Weather weather;
    private final Light light;

    Brush(Svg svg, Random random, Scene.TimeOfDay time, Scene.Weather weather, Light.Place place) {
        this.svg = svg;
        this.random = random;
        this.time = time;
        this.weather = weather;
        this.light = new Light(time, weather, place);
    }

    String tone(String day) {
        return light.tone(day);
    }

    boolean night() {
        return time == Scene.TimeOfDay.NIGHT;
    }

    /** Whether lamps and windows are lit: at night and in the evening. */
    boolean lampsLit() {
        return time == Scene.TimeOfDay.NIGHT || time == Scene.TimeOfDay.EVENING;
    }

    /** A lit colour after dark, the toned day colour otherwise: windows, lanterns. */
    String litOr(String day, String lit) {
        return lampsLit() ? lit : tone(day);
    }

    int between(int from, int to) {
        return from + random.nextInt(Math.max(1, to - from));
    }

    void fill(Object outline, String day) {
        svg.path(outline.toString(), tone(day), "");
    }

    void fill(Object outline, String day, String more) {
        svg.path(outline.toString(), tone(day), more);
    }

    /** A filled shape whose colour glows and is not toned. */
    void glow(Object outline, String colour, String more) {
        svg.path(outline.toString(), colour, more);
    }

    void stroke(Object outline, String day, double width) {
        stroke(outline, day, width, "");
    }

    void stroke(Object outline, String day, double width, String more) {
        svg.path(outline.toString(), "none", "stroke=\"" + tone(day) + "\" stroke-width=\"" + Outline.number(width)
                + "\" stroke-linecap=\"round\" stroke-linejoin=\"round\" " + more);
    }

    void rect(double x, double y, double w, double h, String day) {
        svg.rect(x, y, w, h, tone(day), "");
    }

    void rect(double x, double y, double w, double h, String day, String more) {
        svg.rect(x, y, w, h, tone(day), more);
    }

    void circle(double cx, double cy, double r, String day) {
        svg.circle(cx, cy, r, tone(day), "");
    }

    void ellipse(double cx, double cy, double rx, double ry, String day) {
        svg.ellipse(cx, cy, rx, ry, tone(day), "");
    }

    void ellipse(double cx, double cy, double rx, double ry, String day, String more) {
        svg.ellipse(cx, cy, rx, ry, tone(day), more);
    }

    void line(double x1, double y1, double x2, double y2, String day, double width) {
        svg.line(x1, y1, x2, y2, tone(day), width);
    }
}
