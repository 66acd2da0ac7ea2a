package com.novastoryteller.engine.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.novastoryteller.engine.AgeBand;
import com.novastoryteller.engine.StoryLength;
import com.novastoryteller.engine.StoryRequest;
import com.novastoryteller.engine.Template;

/**
 * The planner's promise, over requests written here in many shapes: every hero the child named is in the first part
 * and in the last, and the last part reaches the goal in the child's own words, at every length.
 */
class EveryHeroAndTheGoalTests {

    private final EmbeddedStoryWriter writer = new EmbeddedStoryWriter();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            two robots, Cog and Sprocket, repair a broken telescope on Mars | sci-fi | Cog, Sprocket | repaired the broken telescope
            three kittens, Mitten, Muffin and Moss, look for their lost mittens | adventure | Mitten, Muffin, Moss | found their lost mittens
            twins Maya and Leo build a sandcastle at the beach | adventure | Maya, Leo | built the sandcastle
            my brother Kwame and I plant a vegetable garden | educational | Kwame, you | planted the vegetable garden
            a dinosor named rexy who wants to learn to dance | fantasy | Rexy | learned to dance
            Captain Okonkwo sails a paper boat across the bathtub sea | adventure | Captain Okonkwo | sailed the paper boat
            Professor Hoot teaches a young owl to read the stars | educational | Professor Hoot | taught the young owl to read the stars
            a shy tortoise who wants to win the forest race | adventure | tortoise | won the forest race
            Sir Barnaby and his horse Clover rescue a kitten from a tall tree | fantasy | Sir Barnaby, Clover | rescued the kitten
            a penguin called Pebble delivers letters across Antarctica | adventure | Pebble | delivered letters
            my dog Rex digs for treasure in the garden | mystery | Rex | dug for treasure
            a little cloud who is afraid of thunder | fantasy | cloud | afraid of thunder
            """)
    void everyHeroFromFirstPartToLastAndTheGoalInTheEnd(String request, String template, String heroes, String goal) {
        for (StoryLength length : StoryLength.values()) {
            List<List<String>> parts = parts(new StoryRequest(request, Template.fromId(template), AgeBand.AGES_8_10, length,
                    "en-US", List.of(), null, List.of(), null, 7));
            String first = String.join(" ", parts.get(0)).toLowerCase(Locale.ROOT);
            String last = String.join(" ", parts.get(parts.size() - 1)).toLowerCase(Locale.ROOT);
            for (String hero : heroes.split(", ")) {
                assertThat(first).as("%s in the first part (%s)", hero, length).contains(hero.toLowerCase(Locale.ROOT));
                assertThat(last).as("%s in the last part (%s)", hero, length).contains(hero.toLowerCase(Locale.ROOT));
            }
            assertThat(last).as("the goal reached (%s)", length).contains(goal.toLowerCase(Locale.ROOT));
        }
    }

    private List<List<String>> parts(StoryRequest request) {
        List<List<String>> parts = new ArrayList<>();
        writer.write(request, line -> {
            if (line.startsWith("PART: ")) {
                parts.add(new ArrayList<>());
            }
            else if (!parts.isEmpty()) {
                parts.get(parts.size() - 1).add(line.substring(line.indexOf(':') + 1));
            }
        });
        return parts;
    }
}
