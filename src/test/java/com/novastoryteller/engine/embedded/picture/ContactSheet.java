package com.novastoryteller.engine.embedded.picture;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.imageio.ImageIO;

import com.novastoryteller.engine.Scene;
import com.novastoryteller.media.SvgRaster;

/** Figures side by side with their names, as PNG, for a person to look at. */
final class ContactSheet {

    static final int CELL = 170;

    /** One figure on its own, in a picture of its own. */
    static String picture(Scene.Figure figure, Pose pose, Scene.Mood mood) {
        Svg svg = new Svg(200, 200);
        Figures.draw(svg, figure, pose, mood, 100, 185, 1);
        return svg.toString();
    }

    static BufferedImage render(String svg, int width) {
        return SvgRaster.render(svg.getBytes(StandardCharsets.UTF_8), width);
    }

    /** Draws the cells, each with its label (and its words, when given), columns to a row. */
    static void write(List<String> svgs, List<String> labels, List<String> words, int columns, Path... files) throws IOException {
        int rows = (svgs.size() + columns - 1) / columns;
        int wordsHeight = words.isEmpty() ? 0 : 36;
        int height = CELL + 18 + wordsHeight;
        BufferedImage sheet = new BufferedImage(columns * CELL, rows * height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = sheet.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(new Color(0xf4f1e8));
        g.fillRect(0, 0, sheet.getWidth(), sheet.getHeight());
        for (int n = 0; n < svgs.size(); n++) {
            int x = n % columns * CELL;
            int y = n / columns * height;
            g.drawImage(render(svgs.get(n), CELL), x, y, null);
            g.setColor(Color.DARK_GRAY);
            g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 12));
            g.drawString(labels.get(n), x + 6, y + CELL + 12);
            if (!words.isEmpty()) {
                g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 10));
                List<String> lines = wrap(words.get(n), 30);
                for (int line = 0; line < Math.min(3, lines.size()); line++) {
                    g.drawString(lines.get(line), x + 6, y + CELL + 24 + line * 11);
                }
            }
        }
        g.dispose();
        for (Path file : files) {
            ImageIO.write(sheet, "png", file.toFile());
        }
    }

    private static List<String> wrap(String text, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            if (line.length() + word.length() > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(line.isEmpty() ? "" : " ").append(word);
        }
        lines.add(line.toString());
        return lines;
    }

    /** Writes the sheets to /tmp: every kind, and described portraits beside their words. */
    public static void main(String[] arguments) throws IOException {
        List<String> svgs = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        if (arguments.length > 0 && arguments[0].equals("zoom")) {
            List<String> names = Kinds.names();
            int from = Integer.parseInt(arguments[1]);
            for (int k = from; k < Math.min(names.size(), from + 24); k++) {
                Pose pose = Pose.values()[k % 3];
                Scene.Mood mood = Scene.Mood.values()[k % 5];
                svgs.add(picture(new Scene.Figure("Sam", names.get(k)), pose, mood));
                labels.add(names.get(k) + " " + pose + " " + mood);
            }
            write(svgs, labels, List.of(), 6, Path.of("/tmp/zoom.png"));
            return;
        }
        Scene.Mood[] moods = Scene.Mood.values();
        Pose[] poses = Pose.values();
        int n = 0;
        for (String kind : Kinds.names()) {
            Pose pose = arguments.length > 0 ? poses[n % poses.length] : Pose.STANDING;
            Scene.Mood mood = arguments.length > 0 ? moods[n % moods.length] : Scene.Mood.HAPPY;
            svgs.add(picture(new Scene.Figure("Sam", kind), pose, mood));
            labels.add(kind + (arguments.length > 0 ? " " + pose.name().charAt(0) + mood.name().substring(0, 3) : ""));
            n++;
        }
        write(svgs, labels, List.of(), 12, Path.of("/tmp/figures-sheet.png"));
        svgs.clear();
        labels.clear();
        List<String> words = new ArrayList<>();
        for (String description : Described.PORTRAITS) {
            Scene.Figure figure = new Scene.Figure("Kit", kindOf(description), null, 0, description);
            svgs.add(picture(figure, Pose.STANDING, Scene.Mood.HAPPY));
            labels.add(figure.kind());
            words.add(description);
        }
        write(svgs, labels, words, 6, Path.of("/tmp/portraits-sheet.png"));
    }

    static String kindOf(String description) {
        String kind = Looks.read(description).kind();
        return kind == null ? "child" : kind;
    }
}
