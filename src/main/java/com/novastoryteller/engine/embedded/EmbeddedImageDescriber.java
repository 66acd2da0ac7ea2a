package com.novastoryteller.engine.embedded;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Image;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import javax.imageio.ImageIO;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

import com.novastoryteller.engine.ImageDescriber;

/**
 * What can be read from a picture offline: its main colours, whether it is light or dark, a colour
 * filling the top (a sky?) or the bottom (grass, sea?), and the biggest shape (round, tall or wide, and
 * where it is), led by the child's own words for it. The picture is looked at on a 48 × 48 grid, enough
 * for all of that, and the paper it was drawn on is left out.
 */
@Component
@ConditionalOnProperty(name = "storyteller.providers.describer", havingValue = "embedded", matchIfMissing = true)
public class EmbeddedImageDescriber implements ImageDescriber {

    static final int GRID = 48;
    /** A colour must cover this much of the drawing (not counting the paper) to be named. */
    private static final double NAMED_SHARE = 0.12;
    private static final double BAND_SHARE = 0.55;

    @Override
    public String describe(byte[] image, @Nullable String caption) {
        Grid grid = Grid.of(read(image));
        @Nullable Colour paper = grid.paper();
        List<String> details = new ArrayList<>();
        String colours = grid.mainColours(paper);
        String light = grid.light();
        if (!colours.isEmpty()) {
            details.add("in " + (light.isEmpty() ? "" : light + " ") + colours);
        }
        else if (!light.isEmpty()) {
            details.add("all " + light);
        }
        List<String> layout = new ArrayList<>();
        grid.band(0, GRID / 4, paper).ifPresent(colour -> layout.add(colour.word + " across the top"));
        grid.band(GRID - GRID / 4, GRID, paper).ifPresent(colour -> layout.add(colour.word + " along the bottom"));
        grid.biggestShape(paper).ifPresent(layout::add);
        if (!layout.isEmpty()) {
            details.add("with " + joined(layout));
        }
        String lead = caption == null || caption.isBlank() ? "a picture" : asSeen(caption);
        return details.isEmpty() ? lead : lead + ", " + String.join(", ", details);
    }

    /** The child's words as anyone in the story would say them: "my dragon" is "a dragon" there. */
    private static String asSeen(String caption) {
        String said = caption.strip().replaceAll("[.!?]+$", "");
        Matcher mine = Pattern.compile("(?i)^(my|our)\\s+(\\S)").matcher(said);
        if (mine.lookingAt()) {
            String article = "aeiou".indexOf(Character.toLowerCase(mine.group(2).charAt(0))) >= 0 ? "an " : "a ";
            said = article + said.substring(mine.end(1)).stripLeading();
        }
        return said;
    }

    private static BufferedImage read(byte[] image) {
        try {
            BufferedImage picture = ImageIO.read(new ByteArrayInputStream(image));
            if (picture == null) {
                throw new IllegalArgumentException("Not a picture ImageIO can read");
            }
            return picture;
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String joined(List<String> items) {
        if (items.size() == 1) {
            return items.get(0);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }

    /** Named colours, from hue, saturation and brightness; black, white and grey are the paper's candidates. */
    enum Colour {
        RED("red"), ORANGE("orange"), YELLOW("yellow"), GREEN("green"), BLUE("blue"), PURPLE("purple"), PINK("pink"),
        BROWN("brown"), BLACK("black"), GREY("grey"), WHITE("white");

        final String word;

        Colour(String word) {
            this.word = word;
        }

        static Colour of(int rgb) {
            float[] hsb = Color.RGBtoHSB((rgb >> 16) & 0xFF, (rgb >> 8) & 0xFF, rgb & 0xFF, null);
            float hue = hsb[0] * 360;
            float saturation = hsb[1];
            float brightness = hsb[2];
            if (brightness < 0.18f) {
                return BLACK;
            }
            if (saturation < 0.18f) {
                return brightness > 0.85f ? WHITE : brightness < 0.35f ? BLACK : GREY;
            }
            if ((hue < 45 || hue >= 345) && brightness < 0.55f && saturation > 0.3f) {
                return BROWN;
            }
            if (hue < 15 || hue >= 345) {
                return saturation < 0.5f && brightness > 0.8f ? PINK : RED;
            }
            if (hue < 45) {
                return ORANGE;
            }
            if (hue < 70) {
                return YELLOW;
            }
            if (hue < 170) {
                return GREEN;
            }
            if (hue < 255) {
                return BLUE;
            }
            if (hue < 300) {
                return PURPLE;
            }
            return PINK;
        }
    }

    /** The picture shrunk to a grid of named colours (transparent cells count as paper). */
    record Grid(Colour[][] cells, double luma, double pictureAspect) {

        static Grid of(BufferedImage picture) {
            BufferedImage small = new BufferedImage(GRID, GRID, BufferedImage.TYPE_INT_ARGB);
            Graphics2D graphics = small.createGraphics();
            graphics.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            graphics.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            graphics.drawImage(picture.getScaledInstance(GRID, GRID, Image.SCALE_AREA_AVERAGING), 0, 0, null);
            graphics.dispose();
            Colour[][] cells = new Colour[GRID][GRID];
            double luma = 0;
            for (int y = 0; y < GRID; y++) {
                for (int x = 0; x < GRID; x++) {
                    int argb = small.getRGB(x, y);
                    int rgb = (argb >>> 24) < 128 ? 0xFFFFFF : argb;
                    cells[y][x] = Colour.of(rgb);
                    luma += (0.299 * ((rgb >> 16) & 0xFF) + 0.587 * ((rgb >> 8) & 0xFF) + 0.114 * (rgb & 0xFF)) / 255;
                }
            }
            return new Grid(cells, luma / (GRID * GRID), (double) picture.getWidth() / picture.getHeight());
        }

        /** The colour the picture was drawn on: white, black or grey filling most of its border. */
        @Nullable Colour paper() {
            Map<Colour, Integer> border = new EnumMap<>(Colour.class);
            for (int i = 0; i < GRID; i++) {
                for (Colour colour : new Colour[] { cells[0][i], cells[GRID - 1][i], cells[i][0], cells[i][GRID - 1] }) {
                    border.merge(colour, 1, Integer::sum);
                }
            }
            Map.Entry<Colour, Integer> most = border.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow();
            boolean plain = most.getKey() == Colour.WHITE || most.getKey() == Colour.GREY || most.getKey() == Colour.BLACK;
            return plain && most.getValue() > 2 * GRID ? most.getKey() : null;
        }

        String light() {
            return luma > 0.7 ? "bright" : luma < 0.3 ? "dark" : "";
        }

        /** The two or three colours that cover most of the drawing, the most first. */
        String mainColours(@Nullable Colour paper) {
            Map<Colour, Integer> counts = counts(0, GRID, paper);
            int drawn = counts.values().stream().mapToInt(Integer::intValue).sum();
            List<String> named = counts.entrySet().stream()
                    .filter(entry -> entry.getValue() >= NAMED_SHARE * drawn)
                    .sorted(Map.Entry.<Colour, Integer>comparingByValue().reversed())
                    .limit(3)
                    .map(entry -> entry.getKey().word)
                    .collect(Collectors.toList());
            return named.isEmpty() ? "" : joined(named);
        }

        /** A colour (not the paper) that fills most of the rows from {@code from} to {@code to}. */
        Optional<Colour> band(int from, int to, @Nullable Colour paper) {
            int cellCount = (to - from) * GRID;
            return counts(from, to, paper).entrySet().stream()
                    .filter(entry -> entry.getValue() >= BAND_SHARE * cellCount)
                    .map(Map.Entry::getKey)
                    .findFirst();
        }

        /**
         * The biggest patch of one colour that is not the paper and does not touch the edges (so it is a thing,
         * not a sky or a field), as "a round yellow shape near the top right".
         */
        Optional<String> biggestShape(@Nullable Colour paper) {
            boolean[][] seen = new boolean[GRID][GRID];
            ColourPatch best = null;
            for (int y = 0; y < GRID; y++) {
                for (int x = 0; x < GRID; x++) {
                    if (!seen[y][x] && cells[y][x] != paper) {
                        ColourPatch patch = fill(x, y, seen);
                        if (!patch.touchesEdge && patch.size >= 12 && (best == null || patch.size > best.size)) {
                            best = patch;
                        }
                    }
                }
            }
            return Optional.ofNullable(best).map(patch -> patch.describe(pictureAspect));
        }

        private ColourPatch fill(int startX, int startY, boolean[][] seen) {
            Colour colour = cells[startY][startX];
            ColourPatch patch = new ColourPatch(colour);
            ArrayDeque<int[]> todo = new ArrayDeque<>();
            todo.add(new int[] { startX, startY });
            seen[startY][startX] = true;
            while (!todo.isEmpty()) {
                int[] cell = todo.poll();
                patch.add(cell[0], cell[1]);
                for (int[] step : new int[][] { { 1, 0 }, { -1, 0 }, { 0, 1 }, { 0, -1 } }) {
                    int x = cell[0] + step[0];
                    int y = cell[1] + step[1];
                    if (x >= 0 && y >= 0 && x < GRID && y < GRID && !seen[y][x] && cells[y][x] == colour) {
                        seen[y][x] = true;
                        todo.add(new int[] { x, y });
                    }
                }
            }
            return patch;
        }

        private Map<Colour, Integer> counts(int fromRow, int toRow, @Nullable Colour paper) {
            Map<Colour, Integer> counts = new EnumMap<>(Colour.class);
            for (int y = fromRow; y < toRow; y++) {
                for (int x = 0; x < GRID; x++) {
                    if (cells[y][x] != paper) {
                        counts.merge(cells[y][x], 1, Integer::sum);
                    }
                }
            }
            return counts;
        }
    }
}
