package com.novastoryteller.engine.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

import com.novastoryteller.engine.CharacterLook;
import com.novastoryteller.engine.ImageStyle;
import com.novastoryteller.engine.Illustrator.Illustration;
import com.novastoryteller.engine.Scene;
import com.novastoryteller.engine.Scene.Figure;
import com.novastoryteller.engine.Scene.TimeOfDay;
import com.novastoryteller.engine.Scene.Weather;
import com.novastoryteller.media.SvgRaster;

/** The offline illustrator draws real scenes; each is kept as target/illustrations/*.png to look at. */
class EmbeddedIllustratorTests {

    private static final Figure NELL = new Figure("Nell", "girl");
    private static final Figure RUFUS = new Figure("Rufus", "fox");

    private final EmbeddedIllustrator illustrator = new EmbeddedIllustrator();

    @Test
    void aCharacterLooksTheSameOnEveryPageWhateverTheScene() throws IOException {
        String meadow = svg(new Scene("the wide meadow", TimeOfDay.MORNING, Weather.CLEAR, List.of(NELL, RUFUS), List.of("kite")),
                "meadow-morning");
        // in the same pose on both pages (the acting hero holds the part's thing), whatever the place, time and weather
        String harbour = svg(new Scene("the little harbor town", TimeOfDay.EVENING, Weather.WIND, List.of(NELL, RUFUS),
                List.of("map")), "harbour-evening");
        assertThat(figure(meadow, "Nell, girl")).isEqualTo(figure(harbour, "Nell, girl"));
        assertThat(figure(meadow, "Rufus, fox")).isEqualTo(figure(harbour, "Rufus, fox"))
                .isNotEqualTo(figure(meadow, "Nell, girl"));
        assertThat(meadow).contains("<title>Kite</title>");
    }

    @Test
    void theSkyFollowsTheTimeOfDayAndTheWeather() throws IOException {
        Scene day = new Scene("the old forest", TimeOfDay.DAY, Weather.CLEAR, List.of(new Figure("Bramble", "hedgehog")),
                List.of("lantern"));
        double dayLight = luma(day, "forest-day");
        double nightLight = luma(new Scene("the old forest", TimeOfDay.NIGHT, Weather.CLEAR, day.figures(), day.objects()),
                "forest-night");
        assertThat(nightLight).isLessThan(dayLight * 0.6);
        assertThat(svg(new Scene("the blue river", TimeOfDay.DAY, Weather.RAIN, List.of(new Figure("Bolt", "robot")),
                List.of("key")), "river-rain")).contains("stroke=\"#5b8cc9\"");
        svg(new Scene("the tall mountains", TimeOfDay.DAY, Weather.SNOW, List.of(new Figure("Pip", "rabbit"),
                new Figure("Tomasz", "boy")), List.of("egg")), "mountains-snow");
        svg(new Scene("the sandy island", TimeOfDay.DAY, Weather.CLEAR, List.of(new Figure("Ember", "dragon")),
                List.of("boat")), "island-day");
        svg(new Scene("the moon base", TimeOfDay.NIGHT, Weather.CLEAR, List.of(new Figure("Astra", "astronaut")),
                List.of("star")), "space");
    }

    @Test
    void aPortraitShowsTheCharacterAsTheirFamilyDescribedThemAndLooksAsTheyDoInTheirStories() throws IOException {
        Figure zuzu = CharacterLook.of("Zuzu", null, 0, "a dragon who loves cupcakes", "a purple cape");
        assertThat(zuzu.kind()).isEqualTo("dragon");
        assertThat(zuzu.colour()).isEqualTo("#9b5de5");
        Figure pip = CharacterLook.of("Pip", "girl", 0, "a tiny grey mouse", "yellow wellies");
        assertThat(pip.colour()).as("the colour they wear, not their fur").isEqualTo("#ffd23f");
        Figure ada = CharacterLook.of("Ada", "girl", 0, "loves climbing trees", "a green jumper");
        assertThat(ada.kind()).as("a person when the words name no animal").isEqualTo("girl");

        String portrait = portrait(zuzu, ImageStyle.STORYBOOK, "portrait-zuzu-storybook");
        portrait(pip, ImageStyle.NIGHT, "portrait-pip-night");
        portrait(ada, ImageStyle.PASTEL, "portrait-ada-pastel");
        portrait(new Figure("Bolt", "robot", "#00a6a6", 0), ImageStyle.BRIGHT, "portrait-bolt-bright");
        String page = svg(new Scene("the old forest", TimeOfDay.DAY, Weather.CLEAR, List.of(ada, zuzu), List.of()),
                "forest-with-zuzu");
        assertThat(figure(page, "Zuzu, dragon")).isEqualTo(figure(portrait, "Zuzu, dragon")).contains("#9b5de5");

        Figure newLook = new Figure("Ada", "girl", "#2a9d8f", 1);
        assertThat(figure(svg(new Scene("the old forest", TimeOfDay.DAY, Weather.CLEAR, List.of(newLook), List.of()),
                "forest-ada-new-look"), "Ada, girl")).as("another variant is another look")
                .isNotEqualTo(figure(page, "Ada, girl"));
    }

    @Test
    void theSameSceneIsTheSamePicture() {
        Scene scene = new Scene("the green hills", TimeOfDay.DAY, Weather.CLOUDY, List.of(RUFUS), List.of("cake"));
        assertThat(illustrator.draw(scene).content()).isEqualTo(illustrator.draw(scene).content());
    }

    private String svg(Scene scene, String name) throws IOException {
        Illustration picture = illustrator.draw(scene);
        assertThat(picture.mediaType()).isEqualTo("image/svg+xml");
        BufferedImage pixels = SvgRaster.render(picture.content(), 800);
        Path folder = Files.createDirectories(Path.of("target", "illustrations"));
        ImageIO.write(pixels, "png", folder.resolve(name + ".png").toFile());
        return new String(picture.content(), StandardCharsets.UTF_8);
    }

    private String portrait(Figure figure, ImageStyle style, String name) throws IOException {
        Illustration picture = illustrator.portrait(figure, style);
        BufferedImage pixels = SvgRaster.render(picture.content(), 400);
        Path folder = Files.createDirectories(Path.of("target", "illustrations"));
        ImageIO.write(pixels, "png", folder.resolve(name + ".png").toFile());
        return new String(picture.content(), StandardCharsets.UTF_8);
    }

    private double luma(Scene scene, String name) throws IOException {
        svg(scene, name);
        BufferedImage pixels = SvgRaster.render(illustrator.draw(scene).content(), 200);
        double total = 0;
        for (int y = 0; y < pixels.getHeight(); y++) {
            for (int x = 0; x < pixels.getWidth(); x++) {
                int rgb = pixels.getRGB(x, y);
                total += 0.299 * ((rgb >> 16) & 0xFF) + 0.587 * ((rgb >> 8) & 0xFF) + 0.114 * (rgb & 0xFF);
            }
        }
        return total / (pixels.getWidth() * pixels.getHeight());
    }

    /** A figure's drawing, without where it stands (which changes from page to page). */
    private static String figure(String svg, String title) {
        Matcher group = Pattern.compile("<g transform=\"[^\"]*\"><title>" + Pattern.quote(title) + "</title>(.*?)</g>")
                .matcher(svg);
        assertThat(group.find()).as(title + " is in the picture").isTrue();
        return group.group(1);
    }
}
