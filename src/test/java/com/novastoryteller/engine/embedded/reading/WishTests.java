package com.novastoryteller.engine.embedded.reading;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A child's wish in the middle of a story is told as something that happened, and whoever it names joins in. */
class WishTests {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            suddenly it starts raining jelly beans      | it started raining jelly beans
            Please make a dragon appear!                | a dragon appeared
            make it rain                                | it rained
            make the moon made of cheese                | the moon was made of cheese
            make the telescope talk                     | the telescope talked
            Sprocket gets lost                          | Sprocket got lost
            a dragon comes to visit                     | a dragon came to visit
            The dog is a superhero                      | the dog was a superhero
            everyone turns into frogs                   | everyone turned into frogs
            my sister flies to the moon                 | your sister flew to the moon
            I find a secret door                        | you found a secret door
            3 purple whales float past in the sky       | 3 purple whales floated past in the sky
            the stars sing a song                       | the stars sang a song
            Bramble can fly                             | Bramble could fly
            it's snowing cupcakes                       | it was snowing cupcakes
            the plays begin                             | the plays began
            a fly lands on the cake                     | a fly landed on the cake
            the dragon appeared                         | the dragon appeared
            with lots of cake for everyone              | with lots of cake for everyone
            Then a giant friendly octopus goes shopping | a giant friendly octopus went shopping
            add a dragon named Spark                    | a dragon named Spark appeared
            a talking teapot                            | a talking teapot appeared
            the robots start to giggle                  | the robots started to giggle
            """)
    void theWishHappensInThePastTense(String wish, String happening) {
        assertThat(Wish.read(wish).happening()).isEqualTo(happening);
    }

    @Test
    void whoeverTheWishNamesJoinsTheStory() {
        assertThat(Wish.read("add a dragon named Spark").newcomers()).singleElement()
                .satisfies(dragon -> assertThat(dragon.name()).isEqualTo("Spark"))
                .satisfies(dragon -> assertThat(dragon.kind()).isEqualTo("dragon"));
        assertThat(Wish.read("a friendly octopus comes to help").newcomers()).singleElement()
                .satisfies(octopus -> assertThat(octopus.kind()).isEqualTo("octopus"));
        assertThat(Wish.read("it starts raining jelly beans").newcomers()).isEmpty();
    }
}
