package com.novastoryteller.engine.embedded.picture;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import javax.imageio.ImageIO;

import com.novastoryteller.engine.Scene;
import com.novastoryteller.media.SvgRaster;

/**
 * A contact sheet of every setting, by day and by night, to look at while drawing them (not a test):
 * {@code java ... SettingsSheet [out.png] [thumb width] [time] [weather] [first] [count] [columns]}.
 */
public final class SettingsSheet {

    private SettingsSheet() {
    }

    public static void main(String[] args) throws IOException {
        String out = args.length > 0 ? args[0] : "/tmp/settings-sheet.png";
        int thumb = args.length > 1 ? Integer.parseInt(args[1]) : 240;
        // "SCENE" draws each setting with figures and things on it, as a part's picture
        boolean scenes = args.length > 2 && args[2].equals("SCENE");
        List<Scene.TimeOfDay> times = args.length > 2 && !scenes ? List.of(Scene.TimeOfDay.valueOf(args[2]))
                : scenes ? List.of(Scene.TimeOfDay.DAY) : List.of(Scene.TimeOfDay.DAY, Scene.TimeOfDay.NIGHT);
        Scene.Weather weather = args.length > 3 ? Scene.Weather.valueOf(args[3]) : Scene.Weather.CLEAR;
        List<String> names = Settings.names();
        int first = args.length > 4 ? Integer.parseInt(args[4]) : 0;
        int count = args.length > 5 ? Integer.parseInt(args[5]) : names.size();
        names = names.subList(first, Math.min(names.size(), first + count));
        List<BufferedImage> pictures = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        for (String name : names) {
            for (Scene.TimeOfDay time : times) {
                Svg svg = new Svg(Settings.WIDTH, Settings.HEIGHT);
                Settings.paint(svg, name, time, weather, new Random(name.hashCode()));
                byte[] bytes = (scenes ? Painter.paint(new Scene("the " + name, time, weather, List.of(new Scene.Figure("Nell", "girl"),
                        new Scene.Figure("Rufus", "fox"), new Scene.Figure("Pip", "rabbit")), List.of("lantern", "map", "cake"))).svg()
                        : svg.toString()).getBytes(StandardCharsets.UTF_8);
                pictures.add(SvgRaster.render(bytes, thumb));
                labels.add(name + " " + time.name().toLowerCase() + " " + bytes.length / 1024 + "KB");
            }
        }
        int columns = Math.min(pictures.size(), args.length > 6 ? Integer.parseInt(args[6]) : times.size() == 1 ? 6 : 8);
        int height = thumb * 3 / 4;
        int rows = (pictures.size() + columns - 1) / columns;
        BufferedImage sheet = new BufferedImage(columns * (thumb + 6), rows * (height + 22), BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = sheet.createGraphics();
        graphics.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        graphics.setColor(Color.WHITE);
        graphics.fillRect(0, 0, sheet.getWidth(), sheet.getHeight());
        graphics.setFont(new Font(Font.SANS_SERIF, Font.BOLD, Math.max(11, thumb / 18)));
        for (int n = 0; n < pictures.size(); n++) {
            int x = (n % columns) * (thumb + 6);
            int y = (n / columns) * (height + 22);
            graphics.drawImage(pictures.get(n), x, y + 20, null);
            graphics.setColor(Color.BLACK);
            graphics.drawString(labels.get(n), x + 2, y + 15);
        }
        graphics.dispose();
        ImageIO.write(sheet, "png", new File(out));
        System.out.println("wrote " + out + " (" + sheet.getWidth() + "x" + sheet.getHeight() + ")");
    }
}
