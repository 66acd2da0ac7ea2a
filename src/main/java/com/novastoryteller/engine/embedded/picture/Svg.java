package com.novastoryteller.engine.embedded.picture;

import java.util.Locale;

import org.springframework.web.util.HtmlUtils;

/** A small SVG writer: shapes in painting order, gradients in their definitions. */
public final class Svg {

    private final int width;
    private final int height;
    private final StringBuilder definitions = new StringBuilder();
    private final StringBuilder body = new StringBuilder();
    private String description = "";

    public Svg(int width, int height) {
        this.width = width;
        this.height = height;
    }

    public void verticalGradient(String id, String top, String bottom) {
        definitions.append("<linearGradient id=\"").append(id).append("\" x1=\"0\" y1=\"0\" x2=\"0\" y2=\"1\">")
                .append("<stop offset=\"0\" stop-color=\"").append(top).append("\"/>")
                .append("<stop offset=\"1\" stop-color=\"").append(bottom).append("\"/></linearGradient>");
    }

    public void rect(double x, double y, double w, double h, String fill, String more) {
        body.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\" %s/>",
                x, y, w, h, fill, more));
    }

    public void circle(double cx, double cy, double r, String fill, String more) {
        body.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"%.1f\" fill=\"%s\" %s/>", cx, cy, r, fill, more));
    }

    public void ellipse(double cx, double cy, double rx, double ry, String fill, String more) {
        body.append(String.format(Locale.ROOT, "<ellipse cx=\"%.1f\" cy=\"%.1f\" rx=\"%.1f\" ry=\"%.1f\" fill=\"%s\" %s/>",
                cx, cy, rx, ry, fill, more));
    }

    public void line(double x1, double y1, double x2, double y2, String stroke, double width) {
        body.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%s\" "
                + "stroke-width=\"%.1f\" stroke-linecap=\"round\"/>", x1, y1, x2, y2, stroke, width));
    }

    public void path(String d, String fill, String more) {
        body.append("<path d=\"").append(d).append("\" fill=\"").append(fill).append("\" ").append(more).append("/>");
    }

    /** Elements drawn elsewhere (a thing's own drawing), as they are. */
    public void elements(String elements) {
        body.append(elements);
    }

    /** Starts a group (moved and scaled), with a title that screen readers and tooltips use. */
    public void group(String title, double x, double y, double scale) {
        body.append(String.format(Locale.ROOT, "<g transform=\"translate(%.1f %.1f) scale(%.2f)\"><title>%s</title>", x, y,
                scale, HtmlUtils.htmlEscape(title)));
    }

    /** What the picture shows, in words, for screen readers and for whoever checks what was drawn. */
    public void description(String words) {
        description = "<desc>" + HtmlUtils.htmlEscape(words) + "</desc>";
    }

    public void end() {
        body.append("</g>");
    }

    @Override
    public String toString() {
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + width + " " + height + "\" width=\"" + width
                + "\" height=\"" + height + "\">" + description + "<defs>" + definitions + "</defs>" + body + "</svg>";
    }
}
