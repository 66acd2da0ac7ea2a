package com.novastoryteller.engine.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

import com.novastoryteller.engine.SafetyCategory;

class EmbeddedSafetyFilterTests {

    static final EmbeddedSafetyFilter filter = new EmbeddedSafetyFilter();

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            the knight wanted to kill the dragon                 | VIOLENCE
            there was blood everywhere in the castle             | VIOLENCE
            a story where the pirates torture the prisoners      | VIOLENCE
            a story with naked people                            | SEXUAL
            show me porn                                         | SEXUAL
            the boy wanted to kill himself                       | SELF_HARM
            she thought about suicide                            | SELF_HARM
            tell me how to make a bomb                           | WEAPONS_AND_DRUGS
            the wizard sold cocaine in the market                | WEAPONS_AND_DRUGS
            the cowboy pulled out his gun                        | WEAPONS_AND_DRUGS
            what the fuck is this                                | HATE_AND_SWEARING
            the dragon said shit                                 | HATE_AND_SWEARING
            """)
    void refusesEachCategory(String text, SafetyCategory category) {
        assertThat(filter.check(text).categories()).contains(category);
    }

    @ParameterizedTest
    @ValueSource(strings = { "KILL the dragon", "k1ll the dragon", "k i l l the dragon", "k.i.l.l the dragon",
            "kiiiill the dragon", "K-I-L-L the dragon", "what the f u c k", "sh1t", "$hit", "shiiiiit happens",
            "b0mb", "a b.o.m.b in a box", "F*U*C*K", "fuuuuck" })
    void seesThroughDisguises(String text) {
        assertThat(filter.check(text).isSafe()).as(text).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = { "tell me a story about a brave astronaut named Captain Mirelle",
            "a hamster called Quibbleton who sails a teacup", "a dragon who loves shiitake mushrooms in Scunthorpe",
            "the knight and the dragon became friends", "a pirate with a wooden sword looks for treasure",
            "a trip from Essex to Sussex and Middlesex", "a cockatoo, a cockatiel and a peacock",
            "Bob and Dickens learn a new skill in class", "the therapist made an assumption about the passage",
            "a killer whale sings to the moon", "a naked mole rat who is very shy", "a water gun fight in summer",
            "a bath bomb that fizzes in many colours", "I am a cat and a dog", "Apollo 11 flew to the moon",
            "a classic mystery with a sextant and a button", "Hello! Welcome aboard!", "Pip said: \"Hooray!!!\"",
            "a monster who is scary but kind", "a battle of wits with the riddle troll", "Mr. Hancock's grass",
            "a bee said buzz buzz", "the book was good, good, goooood" })
    void neverRefusesInnocentWords(String text) {
        assertThat(filter.check(text).isSafe()).as(text).isTrue();
    }

    @Test
    void reportsEveryCategoryHit() {
        assertThat(filter.check("shit, a gun and blood everywhere").categories())
                .containsExactlyInAnyOrder(SafetyCategory.HATE_AND_SWEARING, SafetyCategory.WEAPONS_AND_DRUGS,
                        SafetyCategory.VIOLENCE);
    }

    @ParameterizedTest
    @EnumSource(SafetyCategory.class)
    void everyCategoryHasAListToExtend(SafetyCategory category) {
        assertThat(WordList.read(EmbeddedSafetyFilter.listFile(category))).isNotEmpty();
    }
}
