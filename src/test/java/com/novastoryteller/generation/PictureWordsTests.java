package com.novastoryteller.generation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.novastoryteller.engine.Scene;
import com.novastoryteller.engine.Scene.Figure;

/** A part's picture is described by what it shows (who, with what, where, when), not by the part's title. */
class PictureWordsTests {

    @Test
    void thePictureOfAPartSaysWhoIsInItWhereAndWithWhat() {
        String request = "a penguin called Pebble who wants to learn to fly a kite at the seaside";
        String part = "Every day, Pebble tried to learn to fly the kite. Waves splashed on the sandy shore at the seaside.";

        String words = PictureWords.of(SceneReader.scene(part, 1, part, request, List.of()));

        assertThat(words).isEqualTo("Pebble the penguin with a kite at the seaside.");
    }

    @Test
    void everyoneIsNamedOnceWithWhatTheyAreAndTheTimeWeatherAndFeelingTheFacesShow() {
        Scene scene = new Scene("the old harbor", Scene.TimeOfDay.NIGHT, Scene.Weather.SNOW,
                List.of(new Figure("Cog", "robot"), new Figure("Sprocket", "robot"), new Figure("the parrot", "parrot")),
                List.of("golden key", "old map"), null, Scene.Mood.SURPRISED, 2);

        assertThat(PictureWords.of(scene)).isEqualTo(
                "Cog the robot, Sprocket the robot and the parrot with a golden key and an old map at the old harbor, "
                        + "at night, in the snow, looking surprised.");
    }

    @Test
    void aGroupIsNamedOnceAndAPlaceWithNoOneInItIsThePlace() {
        Scene kittens = new Scene("the garden", Scene.TimeOfDay.DAY, Scene.Weather.CLEAR,
                List.of(new Figure("the three little kittens 1", "kitten"), new Figure("the three little kittens 2", "kitten"),
                        new Figure("the three little kittens 3", "kitten")), List.of("mittens"), null, Scene.Mood.HAPPY, 0);
        Scene empty = new Scene("Mars", Scene.TimeOfDay.EVENING, Scene.Weather.CLEAR, List.of(), List.of(), null,
                Scene.Mood.HAPPY, 0);
        Scene named = new Scene("a little island", Scene.TimeOfDay.MORNING, Scene.Weather.RAIN,
                List.of(new Figure("Nell the girl", "girl"), new Figure("Tomasz", "child")), List.of(), null,
                Scene.Mood.SAD, 0);

        assertThat(PictureWords.of(kittens)).isEqualTo("The three little kittens with mittens in the garden.");
        assertThat(PictureWords.of(empty)).isEqualTo("Mars, in the evening.");
        assertThat(PictureWords.of(named)).isEqualTo("Nell the girl and Tomasz on a little island, in the morning, in the rain, "
                + "looking sad.");
    }
}
