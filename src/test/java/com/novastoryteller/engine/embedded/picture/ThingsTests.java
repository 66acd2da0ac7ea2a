package com.novastoryteller.engine.embedded.picture;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.novastoryteller.engine.Scene;
import com.novastoryteller.engine.Scene.Figure;
import com.novastoryteller.engine.Scene.TimeOfDay;
import com.novastoryteller.engine.Scene.Weather;
import com.novastoryteller.media.SvgRaster;

/** The things of a story are drawn as themselves, or as a near relative that says so; the sheet of all is kept to look at. */
class ThingsTests {

    private static final int SMALL = 48;
    private static final int BACKGROUND = 128;

    @Test
    void everyThingDrawsAsItselfInValidSmallSvg() {
        assertThat(Things.names()).hasSizeGreaterThanOrEqualTo(70).contains("kite", "telescope", "violin", "hot air balloon",
                "treasure chest", "teddy bear", "toy robot", "magnifying glass", "fishing rod", "ice cream", "parcel");
        for (String name : Things.names()) {
            Svg svg = new Svg(120, 120);
            Drawn drawn = Things.draw(svg, name, 60, 110, 1);
            assertThat(drawn).isEqualTo(Drawn.exactly(name));
            String document = svg.toString();
            assertThat(document.length()).as(name + " is small").isLessThan(3000);
            BufferedImage pixels = SvgRaster.render(document.getBytes(StandardCharsets.UTF_8), 120);
            assertThat(paintedShare(pixels)).as(name + " is drawn, and fits its box").isBetween(0.05, 0.75);
        }
    }

    @ParameterizedTest(name = "{0} is drawn as {1}")
    @CsvSource({ "a broken telescope, telescope", "the golden key, key", "Grandma's piano, piano", "lemonade, lemonade",
            "kites, kite", "the hot-air balloons, hot air balloon", "Tom's old bicycle, bicycle", "a slice of cake, cake",
            "a cup of tea, cup", "a message in a bottle, bottle", "some leaves, leaf", "three bowls of porridge, bowl",
            "spaceship, rocket", "a magic wand, wand", "the treasure, treasure chest", "a wooden sword, sword",
            "a torch, flashlight", "teddy bears, teddy bear", "an orange kite, kite", "snowmen, snowman",
            "the pirate's map, map", "a paper boat, boat", "a bunch of flowers, flower", "her trainers, shoe" })
    void theStorysWordsNameTheDrawing(String words, String drawing) {
        assertThat(Things.drawingOf(words)).isEqualTo(drawing);
        assertThat(Things.drawnAs(words)).isEqualTo(Drawn.exactly(words));
    }

    @ParameterizedTest(name = "{0} is drawn as its relative {1}")
    @CsvSource({ "a ukulele, guitar", "the cello, violin", "a muffin, cake", "a dagger, sword", "a lorry, car",
            "a helicopter, plane", "an eagle, bird", "a canoe, boat", "a harp, guitar", "a flute, trumpet",
            "a helmet, hat", "a necklace, ring", "a strawberry, apple", "a cupcake, cake", "a flying saucer, rocket",
            "a fire truck, car", "the christmas tree, sapling", "binoculars, telescope", "a tricycle, bicycle",
            "the dragon's gold, coin", "a microscope, magnifying glass", "a vase, jar", "a whistle, trumpet",
            "roller skates, skateboard" })
    void aNounWithNoDrawingOfItsOwnIsDrawnAsItsNearestRelativeAndSaysSo(String words, String relative) {
        assertThat(Things.drawnAs(words)).isEqualTo(Drawn.as(words, relative));
        assertThat(Things.drawnAs(words).how()).isEqualTo(Drawn.How.APPROXIMATED);
    }

    @Test
    void whatNothingDrawnIsRelatedToIsAParcelAndReportedAsOne() {
        for (String words : List.of("a zorblat", "courage", "Tuesday", "a chair", "a lightsaber", "")) {
            assertThat(Things.drawnAs(words)).as(words).isEqualTo(Drawn.as(words, "parcel"));
            assertThat(Things.drawnAs(words).how()).isNotEqualTo(Drawn.How.MISSING);
        }
        Svg svg = new Svg(120, 120);
        assertThat(Things.draw(svg, "a zorblat", 60, 110, 1).toString()).isEqualTo("a zorblat (drawn as parcel)");
        assertThat(svg.toString()).contains("<title>A zorblat</title>");
        assertThat(drawing("a white zorblat")).as("the parcel keeps its plain colour").isEqualTo(drawing("a zorblat")
                .replace("A zorblat", "A white zorblat"));
    }

    @Test
    void kitesBalloonsPlanesAndBirdsFly() {
        assertThat(List.of("kite", "a red kite", "balloons", "the hot air balloon", "plane", "a helicopter", "a bird",
                "an eagle", "butterfly")).allMatch(Things::flies);
        assertThat(List.of("key", "boat", "a zorblat", "violin", "telescope")).noneMatch(Things::flies);
    }

    @Test
    void aColourInTheWordsTintsTheDrawing() {
        assertThat(drawing("a blue kite")).contains(Colours.named("blue")).doesNotContain("#ff595e");
        assertThat(drawing("the golden key")).contains(Colours.named("golden"));
        assertThat(drawing("a kite")).contains("#ff595e");
        assertThat(Things.drawingOf("an orange")).as("the last word is the thing, even a colour").isEqualTo("apple");
    }

    @Test
    void differentThingsLookDifferent() {
        List<String> names = Things.names();
        List<int[]> renders = new ArrayList<>();
        for (String name : names) {
            renders.add(greys(render(name, SMALL)));
        }
        for (int a = 0; a < names.size(); a++) {
            for (int b = a + 1; b < names.size(); b++) {
                assertThat(difference(renders.get(a), renders.get(b))).as(names.get(a) + " and " + names.get(b))
                        .isGreaterThan(15);
            }
        }
    }

    @Test
    void aDrawingTakesWellUnderFiveMilliseconds() {
        List<String> words = List.of("a broken telescope", "the golden key", "a ukulele", "kites", "a zorblat");
        words.forEach(Things::drawnAs);
        long start = System.nanoTime();
        int draws = 0;
        for (int round = 0; round < 100; round++) {
            for (String thing : words) {
                Things.draw(new Svg(100, 100), thing, 50, 90, 0.6);
                draws++;
            }
        }
        assertThat((System.nanoTime() - start) / 1e6 / draws).isLessThan(1.0);
    }

    @Test
    void theHeroHoldsTheThingOrFliesItAndThePictureSaysWhatItWasDrawnAs() {
        Figure nell = new Figure("Nell", "girl");
        Painter.Picture held = Painter.paint(new Scene("the green hills", TimeOfDay.DAY, Weather.CLEAR, List.of(nell),
                List.of("ukulele", "golden key")));
        assertThat(held.drawn()).contains(Drawn.as("ukulele", "guitar"), Drawn.exactly("golden key"));
        assertThat(held.svg()).contains("ukulele (drawn as guitar)", "<title>Ukulele</title>");
        Painter.Picture flown = Painter.paint(new Scene("the green hills", TimeOfDay.DAY, Weather.WIND, List.of(nell),
                List.of("red kite")));
        assertThat(flown.svg()).contains("<title>Red kite</title>", Colours.named("red"));
    }

    /** Every thing on one labelled sheet, kept as target/illustrations/things-sheet.png to look at. */
    @Test
    void theContactSheetShowsEveryThing() throws IOException {
        List<String> names = Things.names();
        int cell = 150;
        int columns = 10;
        int rows = (names.size() + columns - 1) / columns;
        BufferedImage sheet = new BufferedImage(columns * cell, rows * (cell + 18), BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = sheet.createGraphics();
        graphics.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        graphics.setColor(new Color(0xdff3ff));
        graphics.fillRect(0, 0, sheet.getWidth(), sheet.getHeight());
        graphics.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
        for (int n = 0; n < names.size(); n++) {
            int x = n % columns * cell;
            int y = n / columns * (cell + 18);
            graphics.setColor(new Color(0x93d48f));
            graphics.fillRect(x, y + cell - 15, cell, 15);
            graphics.drawImage(render(names.get(n), cell), x, y, null);
            graphics.setColor(Color.DARK_GRAY);
            graphics.drawRect(x, y, cell - 1, cell + 17);
            graphics.drawString(names.get(n), x + 4, y + cell + 13);
        }
        graphics.dispose();
        Path folder = Files.createDirectories(Path.of("target", "illustrations"));
        ImageIO.write(sheet, "png", folder.resolve("things-sheet.png").toFile());
        assertThat(folder.resolve("things-sheet.png")).isNotEmptyFile();
    }

    private static String drawing(String thing) {
        Svg svg = new Svg(120, 120);
        Things.draw(svg, thing, 60, 110, 1);
        return svg.toString();
    }

    /** The thing standing on the bottom of a square picture, about 100 px tall in 150. */
    private static BufferedImage render(String thing, int width) {
        Svg svg = new Svg(150, 150);
        Things.draw(svg, thing, 75, 135, 1);
        return SvgRaster.render(svg.toString().getBytes(StandardCharsets.UTF_8), width);
    }

    private static double paintedShare(BufferedImage pixels) {
        int painted = 0;
        for (int y = 0; y < pixels.getHeight(); y++) {
            for (int x = 0; x < pixels.getWidth(); x++) {
                painted += (pixels.getRGB(x, y) >>> 24) > 0 ? 1 : 0;
            }
        }
        return (double) painted / (pixels.getWidth() * pixels.getHeight());
    }

    /** Each pixel as a grey on a middle grey, so that a white thing's shape counts as much as a coloured one's. */
    private static int[] greys(BufferedImage pixels) {
        int[] greys = new int[pixels.getWidth() * pixels.getHeight()];
        for (int n = 0; n < greys.length; n++) {
            int argb = pixels.getRGB(n % pixels.getWidth(), n / pixels.getWidth());
            double alpha = (argb >>> 24) / 255.0;
            double grey = 0.299 * ((argb >> 16) & 0xff) + 0.587 * ((argb >> 8) & 0xff) + 0.114 * (argb & 0xff);
            greys[n] = (int) Math.round(grey * alpha + BACKGROUND * (1 - alpha));
        }
        return greys;
    }

    /** The mean difference of two renders where either is painted, 0 to 255: thin things count as much as big ones. */
    private static double difference(int[] one, int[] other) {
        long total = 0;
        int painted = 0;
        for (int n = 0; n < one.length; n++) {
            if (one[n] != BACKGROUND || other[n] != BACKGROUND) {
                total += Math.abs(one[n] - other[n]);
                painted++;
            }
        }
        return painted == 0 ? 0 : (double) total / painted;
    }
}
