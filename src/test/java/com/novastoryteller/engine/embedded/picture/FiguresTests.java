package com.novastoryteller.engine.embedded.picture;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.novastoryteller.engine.CharacterLook;
import com.novastoryteller.engine.Scene;
import com.novastoryteller.engine.Scene.Figure;
import com.novastoryteller.engine.Scene.Mood;

/** Every kind draws, looks like itself and no other, and a character looks the same every time. */
class FiguresTests {

    @Test
    void everyKindDrawsAValidSmallPictureOfItselfInEveryPoseAndMood() {
        assertThat(Kinds.names()).hasSizeGreaterThanOrEqualTo(85);
        int n = 0;
        for (String kind : Kinds.names()) {
            Pose pose = Pose.values()[n % Pose.values().length];
            Mood mood = Mood.values()[n++ % Mood.values().length];
            Svg svg = new Svg(200, 200);
            Drawn drawn = Figures.draw(svg, new Figure("Sam", kind), pose, mood, 100, 185, 1);
            assertThat(drawn).isEqualTo(Drawn.exactly(kind));
            String picture = svg.toString();
            assertThat(figure(picture).length()).as(kind + " stays small").isLessThan(6 * 1024);
            BufferedImage pixels = ContactSheet.render(picture, 100);
            assertThat(inked(pixels)).as(kind + " is drawn").isGreaterThan(0.08);
        }
    }

    @Test
    void eachKindLooksUnlikeEveryOther() {
        List<String> kinds = Kinds.names();
        List<int[]> small = new ArrayList<>();
        for (String kind : kinds) {
            small.add(pixels(ContactSheet.render(ContactSheet.picture(new Figure("Sam", kind), Pose.STANDING, Mood.HAPPY), 48)));
        }
        double closest = Double.MAX_VALUE;
        String pair = "";
        for (int a = 0; a < kinds.size(); a++) {
            for (int b = a + 1; b < kinds.size(); b++) {
                double difference = difference(small.get(a), small.get(b));
                if (difference < closest) {
                    closest = difference;
                    pair = kinds.get(a) + " and " + kinds.get(b);
                }
            }
        }
        assertThat(closest).as("the most alike are " + pair).isGreaterThan(4);
    }

    @Test
    void aFigureIsTheSameEveryTimeAndTwoOfAKindDifferOnlyInTheirNamesDetails() {
        Figure pip = new Figure("Pip", "fox", null, 0, "a tiny fox with a blue scarf");
        String once = ContactSheet.picture(pip, Pose.HOLDING, Mood.SCARED);
        assertThat(ContactSheet.picture(pip, Pose.HOLDING, Mood.SCARED)).isEqualTo(once);
        String other = ContactSheet.picture(new Figure("Rusty", "fox", null, 0, "a tiny fox with a blue scarf"), Pose.HOLDING,
                Mood.SCARED);
        assertThat(other).isNotEqualTo(once);
        assertThat(shapes(other)).as("the same parts in the same places").isEqualTo(shapes(once));
        Figure newLook = new Figure("Pip", "fox", null, 1, "a tiny fox with a blue scarf");
        Svg svg = new Svg(200, 200);
        assertThat(Figures.draw(svg, newLook, Pose.STANDING, Mood.HAPPY, 100, 185, 1)).isEqualTo(Drawn.exactly("fox"));
    }

    @Test
    void twoRobotsAreTwoRobots() {
        assertThat(figure(ContactSheet.picture(new Figure("Bolt", "robot"), Pose.STANDING, Mood.HAPPY)))
                .contains("<title>Bolt, robot</title>");
        assertThat(shapes(ContactSheet.picture(new Figure("Bolt", "robot", "#00a6a6", 0), Pose.STANDING, Mood.HAPPY)))
                .isEqualTo(shapes(ContactSheet.picture(new Figure("Nut", "robot", "#00a6a6", 0), Pose.STANDING, Mood.HAPPY)));
    }

    @Test
    void anUnknownKindIsDrawnAsItsNearestRelativeAndSaysSo() {
        assertThat(draw("stoat")).isEqualTo(new Drawn("stoat", "otter", Drawn.How.APPROXIMATED));
        assertThat(draw("puma").drawnAs()).isIn("cat", "lion", "leopard");
        assertThat(Kinds.get(draw("plumber").drawnAs()).plan()).isEqualTo(Plan.PERSON);
        assertThat(draw("mongoose").how()).isEqualTo(Drawn.How.APPROXIMATED);
        assertThat(draw("bunny")).isEqualTo(Drawn.exactly("bunny"));
        assertThat(draw("zorblat")).isEqualTo(new Drawn("zorblat", "child", Drawn.How.APPROXIMATED));
    }

    @Test
    void aHeroWhoIsNoCreatureIsTheThingItselfWithAFace() {
        assertThat(draw("teapot")).isEqualTo(Drawn.exactly("teapot"));
        assertThat(draw("cloud")).isEqualTo(Drawn.exactly("cloud"));
        assertThat(draw("bread")).isEqualTo(new Drawn("bread", "sandwich", Drawn.How.APPROXIMATED));
    }

    @Test
    void aPortraitShowsWhatTheFamilysWordsSay() {
        Figure otter = CharacterLook.of("Olly", null, 0, "a round, grey otter with spectacles", "red cape");
        assertThat(otter.kind()).isEqualTo("otter");
        String drawn = ContactSheet.picture(otter, Pose.STANDING, Mood.HAPPY);
        assertThat(drawn).contains(Palette.named("grey")).contains(Palette.named("red"));
        Figure astronaut = CharacterLook.of("Ada", "girl", 0, "a tall astronaut with curly black hair", null);
        assertThat(astronaut.kind()).isEqualTo("astronaut");
        assertThat(ContactSheet.picture(astronaut, Pose.STANDING, Mood.HAPPY)).contains(Palette.hair("black"))
                .contains("#f4f6f8");
    }

    @Test
    void holdingRaisesAHandToTheHandPoint() {
        String holding = ContactSheet.picture(new Figure("Sam", "girl"), Pose.HOLDING, Mood.HAPPY);
        String hand = String.format(java.util.Locale.ROOT, "cx=\"%.1f\" cy=\"%.1f\"", Pose.HAND_X, Pose.HAND_Y);
        assertThat(holding).contains(hand);
        assertThat(ContactSheet.picture(new Figure("Sam", "girl"), Pose.STANDING, Mood.HAPPY)).doesNotContain(hand);
    }

    private static Drawn draw(String kind) {
        return Figures.draw(new Svg(200, 200), new Figure("Sam", kind), Pose.STANDING, Mood.HAPPY, 100, 185, 1);
    }

    private static String figure(String svg) {
        Matcher group = Pattern.compile("<g transform=\"[^\"]*\">(.*?)</g>").matcher(svg);
        assertThat(group.find()).isTrue();
        return group.group(1);
    }

    /** The drawing without its colours. */
    private static String shapes(String svg) {
        return figure(svg).replaceAll("#[0-9a-fA-F]{6}", "#").replaceAll("<title>.*?</title>", "");
    }

    private static double inked(BufferedImage image) {
        int inked = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                inked += (image.getRGB(x, y) >>> 24) > 0 ? 1 : 0;
            }
        }
        return inked / (double) (image.getWidth() * image.getHeight());
    }

    private static int[] pixels(BufferedImage image) {
        int[] pixels = new int[image.getWidth() * image.getHeight() * 3];
        for (int y = 0, n = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int argb = image.getRGB(x, y);
                double alpha = (argb >>> 24) / 255.0;
                for (int shift = 16; shift >= 0; shift -= 8) {
                    pixels[n++] = (int) Math.round(((argb >> shift) & 0xff) * alpha + 255 * (1 - alpha));
                }
            }
        }
        return pixels;
    }

    /** The mean difference of two same-sized pictures, per channel, 0 to 255. */
    private static double difference(int[] a, int[] b) {
        long total = 0;
        for (int n = 0; n < a.length; n++) {
            total += Math.abs(a[n] - b[n]);
        }
        return total / (double) a.length;
    }
}
