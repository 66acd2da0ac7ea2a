package com.novastoryteller.engine.embedded.picture;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.novastoryteller.engine.Scene;
import com.novastoryteller.engine.Scene.Figure;

/** A part's picture shows its moment: who is in it, what they hold, and where. */
class PainterTests {

    @Test
    void aKiteTheHeroFliesIsHighInTheSkyOnItsStringAndThePictureSaysWhatItDrew() {
        Scene scene = new Scene("the seaside", Scene.TimeOfDay.DAY, Scene.Weather.WIND, List.of(new Figure("Pebble", "penguin")),
                List.of("kite"), "learn to fly the kite", Scene.Mood.DETERMINED, 0);
        Painter.Picture picture = Painter.paint(scene);
        assertThat(groupY(picture.svg(), "Kite")).as("the kite is up in the sky").isLessThan(300);
        assertThat(groupY(picture.svg(), "Pebble, penguin")).as("Pebble stands on the ground").isGreaterThan(500);
        assertThat(picture.drawn()).extracting(Drawn::drawnAs).contains("seaside", "penguin", "kite");
        assertThat(picture.svg()).contains("<desc>").contains("learn to fly the kite");
    }

    @Test
    void twoRobotsAreTwoRobotsAndAStoryThatMovesOnDrawsAnotherPicture() {
        List<Figure> robots = List.of(new Figure("Cog", "robot"), new Figure("Sprocket", "robot"));
        Scene mars = new Scene("on Mars", Scene.TimeOfDay.DAY, Scene.Weather.CLEAR, robots, List.of("broken telescope"),
                "repair the broken telescope", Scene.Mood.DETERMINED, 0);
        Painter.Picture first = Painter.paint(mars);
        assertThat(first.svg()).contains("<title>Cog, robot</title>").contains("<title>Sprocket, robot</title>")
                .contains("<title>Broken telescope</title>");
        Scene swamp = new Scene("in the swamp", Scene.TimeOfDay.EVENING, Scene.Weather.RAIN, robots, List.of(), null,
                Scene.Mood.SCARED, 1);
        Painter.Picture later = Painter.paint(swamp);
        assertThat(later.drawn().get(0).drawnAs()).isEqualTo("swamp");
        assertThat(first.drawn().get(0).drawnAs()).isEqualTo("mars");
        assertThat(groupX(later.svg(), "Cog, robot")).as("the acting hero changes sides").isNotEqualTo(groupX(first.svg(), "Cog, robot"));
    }

    private static double groupY(String svg, String title) {
        return translate(svg, title, 2);
    }

    private static double groupX(String svg, String title) {
        return translate(svg, title, 1);
    }

    private static double translate(String svg, String title, int axis) {
        Matcher group = Pattern.compile("translate\\(([-0-9.]+) ([-0-9.]+)\\) scale\\([0-9.]+\\)\"><title>" + Pattern.quote(title)
                + "</title>").matcher(svg);
        assertThat(group.find()).as(title + " is drawn").isTrue();
        return Double.parseDouble(group.group(axis));
    }
}
