package com.novastoryteller.engine.embedded.picture;

import java.util.Locale;
import java.util.Random;

import com.novastoryteller.engine.ImageStyle;

/** What a portrait stands before in each style: a sunny meadow, pastel bubbles, a night sky, a burst of sunshine. */
final class PortraitBackground {

    private static final int SIZE = Painter.PORTRAIT;

    private PortraitBackground() {
    }

    static void paint(Svg svg, ImageStyle style, Random random) {
        switch (style) {
            case STORYBOOK -> meadow(svg, random);
            case PASTEL -> bubbles(svg, random);
            case NIGHT -> nightSky(svg, random);
            case BRIGHT -> sunburst(svg);
        }
    }

    private static void meadow(Svg svg, Random random) {
        svg.verticalGradient("sky", "#6cb8f0", "#d9f0ff");
        svg.rect(0, 0, SIZE, SIZE, "url(#sky)", "");
        Shapes.cloud(svg, 90, 80, 0.6, "#ffffff");
        Shapes.cloud(svg, 300, 60, 0.5, "#ffffff");
        svg.path("M0 300 Q200 250 400 300 V400 H0 Z", "#6cc070", "");
        for (int n = 0; n < 7; n++) {
            svg.circle(20 + random.nextInt(360), 320 + random.nextInt(70), 6, n % 2 == 0 ? "#ffd23f" : "#f15bb5", "");
        }
    }

    private static void bubbles(Svg svg, Random random) {
        svg.verticalGradient("sky", "#fde2e4", "#e2ece9");
        svg.rect(0, 0, SIZE, SIZE, "url(#sky)", "");
        String[] bubbles = { "#cddafd", "#fad2e1", "#bee1e6", "#fff1e6" };
        for (int n = 0; n < 12; n++) {
            svg.circle(random.nextInt(SIZE), random.nextInt(SIZE), 12 + random.nextInt(30), bubbles[n % bubbles.length],
                    "opacity=\"0.8\"");
        }
        svg.ellipse(200, 335, 150, 30, "#e2c2ff", "opacity=\"0.6\"");
    }

    private static void nightSky(Svg svg, Random random) {
        svg.verticalGradient("sky", "#0b1d51", "#2b3a7a");
        svg.rect(0, 0, SIZE, SIZE, "url(#sky)", "");
        for (int n = 0; n < 30; n++) {
            svg.circle(random.nextInt(SIZE), random.nextInt(260), 1 + random.nextInt(3), "#fff8d6", "");
        }
        svg.circle(320, 80, 36, "#fff4c2", "");
        svg.circle(337, 69, 32, "#0f2157", "");
        svg.path("M0 310 Q200 270 400 310 V400 H0 Z", "#2f6b45", "");
    }

    private static void sunburst(Svg svg) {
        svg.rect(0, 0, SIZE, SIZE, "#ffd23f", "");
        for (int ray = 0; ray < 16; ray += 2) {
            double from = Math.PI * 2 * ray / 16;
            double to = Math.PI * 2 * (ray + 1) / 16;
            svg.path(String.format(Locale.ROOT, "M200 220 L%.1f %.1f L%.1f %.1f Z", 200 + 400 * Math.cos(from),
                    220 + 400 * Math.sin(from), 200 + 400 * Math.cos(to), 220 + 400 * Math.sin(to)), "#ff9f1c", "");
        }
        svg.ellipse(200, 340, 130, 24, "#e07a00", "opacity=\"0.5\"");
    }
}
