package com.novastoryteller.engine.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A child's wish is told as something that happened, in the story's past tense. */
class ChildsWishTests {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            suddenly it starts raining jelly beans      | it started raining jelly beans
            Please make a dragon appear!                | a dragon appeared
            make it rain                                | it rained
            make the moon made of cheese                | the moon made of cheese
            a dragon comes to visit                     | a dragon came to visit
            The dog is a superhero                      | the dog was a superhero
            everyone turns into frogs                   | everyone turned into frogs
            my sister flies to the moon                 | my sister flew to the moon
            3 purple whales float past in the sky       | 3 purple whales floated past in the sky
            the stars sing a song                       | the stars sang a song
            Bramble can fly                             | Bramble could fly
            it's snowing cupcakes                       | it was snowing cupcakes
            the plays begin                             | the plays began
            a fly lands on the cake                     | a fly landed on the cake
            the dragon appeared                         | the dragon appeared
            with lots of cake for everyone              | with lots of cake for everyone
            Then a giant friendly octopus goes shopping | a giant friendly octopus went shopping
            """)
    void theWishHappensInThePastTense(String wish, String happening) {
        assertThat(ChildsWish.asHappening(wish)).isEqualTo(happening);
    }
}
