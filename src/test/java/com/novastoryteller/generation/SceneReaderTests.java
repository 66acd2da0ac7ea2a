package com.novastoryteller.generation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.novastoryteller.engine.Scene;
import com.novastoryteller.engine.Scene.Figure;

/** The picture of a part shows who and what the part is about, where and when, as the story itself says. */
class SceneReaderTests {

    private static final String STORY = "Once upon a time, a story began in the old forest. Meet Rufus, a fox. "
            + "Rufus liked a dragonfly. Then Rufus found a golden key. Just then, Pebble came along. Pebble was a goat. "
            + "Nell the girl waved. There was a tiny mouse called Pip. Once there was a robot. Its name was Bolt. "
            + "That night the stars came out and snow began to fall on the little harbor town.";

    @Test
    void theCastIsEveryoneTheStoryIntroducesWithWhatTheyAre() {
        assertThat(SceneReader.cast(STORY)).containsExactly(Map.entry("Rufus", "fox"), Map.entry("Pebble", "goat"),
                Map.entry("Nell", "girl"), Map.entry("Pip", "mouse"), Map.entry("Bolt", "robot"));
    }

    @Test
    void aHeroPresentedByNameAndThenByPronounIsThemNotThePronoun() {
        assertThat(SceneReader.cast("It is a new day in the wide meadow. Here is Rufus. He is a fox. Rufus had a pet mouse."))
                .containsExactly(Map.entry("Rufus", "fox"));
        assertThat(SceneReader.cast("Meet Nell! She is a brave girl. It is a sunny day.")).containsExactly(Map.entry("Nell", "girl"));
    }

    @Test
    void aPartShowsItsOwnPeopleThingsPlaceTimeAndWeather() {
        Map<String, String> cast = SceneReader.cast(STORY);
        Scene day = SceneReader.scene("Then Rufus found a golden key. Just then, Pebble came along.", STORY, cast);
        assertThat(day.figures()).containsExactly(new Figure("Rufus", "fox"), new Figure("Pebble", "goat"));
        assertThat(day.objects()).containsExactly("key");
        assertThat(day.setting()).as("the story's place when the part names none").isEqualTo("the old forest");
        assertThat(day.time()).isEqualTo(Scene.TimeOfDay.DAY);

        Scene night = SceneReader.scene("That night the stars came out and snow began to fall on the little harbor town. "
                + "Nell waved.", STORY, cast);
        assertThat(night.setting()).isEqualTo("the little harbor town");
        assertThat(night.time()).isEqualTo(Scene.TimeOfDay.NIGHT);
        assertThat(night.weather()).isEqualTo(Scene.Weather.SNOW);
        assertThat(night.figures()).as("the hero is on every page").containsExactly(new Figure("Rufus", "fox"),
                new Figure("Nell", "girl"));
    }

    @Test
    void theChildsHeroesAreOnEveryPageDoingWhatTheChildAskedWithTheirThing() {
        String request = "a penguin called Pebble who wants to learn to fly a kite at the seaside";
        String part = "Every day, Pebble tried to learn to fly the kite. Waves splashed on the sandy shore at the seaside.";
        Scene scene = SceneReader.scene(part, 1, part, request, List.of());
        assertThat(scene.figures()).extracting(Figure::name, Figure::kind).containsExactly(tuple("Pebble", "penguin"));
        assertThat(scene.objects()).startsWith("kite");
        assertThat(scene.action()).isEqualTo("learn to fly the kite");
        assertThat(scene.setting()).isEqualTo("the seaside");
        assertThat(scene.mood()).isEqualTo(Scene.Mood.DETERMINED);
    }

    @Test
    void twoRobotsAreTwoRobotsAndAPartElsewhereIsDrawnWhereItHappens() {
        String request = "two robots, Cog and Sprocket, repair a broken telescope on Mars";
        String part = "Suddenly a parrot landed in the old harbor. Cog and Sprocket gasped. Wow, what is this?";
        Scene scene = SceneReader.scene(part, 1, part, request, List.of());
        assertThat(scene.figures()).extracting(Figure::name, Figure::kind)
                .containsExactly(tuple("Cog", "robot"), tuple("Sprocket", "robot"), tuple("the parrot", "parrot"));
        assertThat(scene.setting()).isEqualTo("the old harbor");
        assertThat(scene.mood()).isEqualTo(Scene.Mood.SURPRISED);
        assertThat(scene.action()).as("the telescope is not in this part").isNull();
    }

    @Test
    void aGroupTheChildDidNotNameIsDrawnOneByOne() {
        Scene scene = SceneReader.scene("The kittens played in the garden.", 0, "The kittens played in the garden.",
                "three little kittens who lose their mittens", List.of());
        assertThat(scene.figures()).hasSize(3).allSatisfy(figure -> assertThat(figure.kind()).isEqualTo("kitten"));
    }
}
