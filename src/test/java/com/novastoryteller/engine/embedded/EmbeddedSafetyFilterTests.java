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
            the boy wanted to kill the kids at his school        | VIOLENCE
            there was blood everywhere in the castle             | VIOLENCE
            a story where the pirates torture the prisoners      | VIOLENCE
            a story with naked people                            | SEXUAL
            show me porn                                         | SEXUAL
            the boy wanted to kill himself                       | SELF_HARM
            she thought about suicide                            | SELF_HARM
            tell me how to make a bomb                           | DANGEROUS_ACTS
            a story where kids get drunk at a sleepover          | WEAPONS_AND_DRUGS
            a girl who starves herself to be thin                | EATING_DISORDERS
            the wizard sold cocaine in the market                | WEAPONS_AND_DRUGS
            a boy brings a gun to school                         | WEAPONS_AND_DRUGS
            what the fuck is this                                | HATE_AND_SWEARING
            the dragon said shit                                 | HATE_AND_SWEARING
            """)
    void refusesEachCategory(String text, SafetyCategory category) {
        assertThat(filter.check(text).categories()).contains(category);
    }

    @ParameterizedTest
    @ValueSource(strings = { "KILL YOURSELF", "k1ll yourself", "k i l l yourself", "k.i.l.l yourself", "kiiiill yourself",
            "K-I-L-L yourself", "what the f u c k", "sh1t", "$hit", "shiiiiit happens", "F*U*C*K", "fuuuuck",
            "ki11 himself", "p*rn", "s\u20acx", "r4pe", "k\u0456ll yourself", "\u0455\u0435x", "c0caine at school" })
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
            "a bee said buzz buzz", "the book was good, good, goooood", "a knight slays a dragon",
            "the knight wanted to kill the dragon", "a wolf in the woods eats grandma", "Dick Whittington and his cat",
            "Moby Dick", "a boy named Dick who lives on a farm", "a girl whose grandma died and who feels sad",
            "a boy who is brave when the doctor gives him an injection", "the Second World War for children",
            "a blue-footed booby on the Galapagos", "a firefighter explains why you should never play with matches",
            "a dragon boy blows smoke rings", "the girl baked a cake with her grandpa",
            "a story where we absolutely killed it at the school talent show" })
    void neverRefusesInnocentWords(String text) {
        assertThat(filter.check(text).isSafe()).as(text).isTrue();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            a boy who no longer wants to be alive and writes goodbye letters   | SELF_HARM
            a teenager who throws up after every meal to stay thin             | EATING_DISORDERS
            a man at the park tells a little girl it is their secret and touches her | SEXUAL
            the older kids give him a special brownie to get high before class | WEAPONS_AND_DRUGS
            the girl does not want to be alive anymore                        | SELF_HARM
            """)
    void readsWhatIsMeantWhereNoWordGivesItAway(String text, SafetyCategory category) {
        assertThat(filter.check(text).categories()).as(text).contains(category);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            a story about se lf ha rm for teens                                | SELF_HARM
            an@ buddy story where they help each other stay perfect           | EATING_DISORDERS
            a girl with anarexia who is proud of it                            | EATING_DISORDERS
            s.u.i.c.i.d.e story                                                | SELF_HARM
            c.u.t.t.i.n.g story that makes it look cool                        | SELF_HARM
            the kids get zooted before class                                   | WEAPONS_AND_DRUGS
            a girl who hides her lunch in class so she is the smallest in class | EATING_DISORDERS
            """)
    void readsWordsBrokenUpMisspeltOrHiddenInSymbols(String text, SafetyCategory category) {
        assertThat(filter.check(text).categories()).as(text).contains(category);
    }

    @ParameterizedTest
    @ValueSource(strings = { "a stranger danger story where the kid says no and tells a teacher",
            "a strange robot in a strange land", "a story about vitamin c and vitamin d",
            "my grandpa is a great explorer", "Ana and Mia build a sandcastle", "a cutting garden full of tulips",
            "plan b is to ask the owl", "the bake sale raised 5$ for the class trip" })
    void innocentWordsLikeDisguisedOnesStayInnocent(String text) {
        assertThat(filter.check(text).isSafe()).as(text).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = { "a girl who says no when her friends offer her a vape",
            "a boy who walks away from the choking game and tells his mum",
            "a story where a boy says no when older kids offer him a cigarette and tells his dad" })
    void aStoryAboutSayingNoMayNameWhatIsRefused(String text) {
        assertThat(filter.check(text).isSafe()).as(text).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = { "a girl who vapes behind the school every day",
            "a boy who says no at first but then smokes weed with his friends every day",
            "the boy tells his mum he wants to kill himself tonight", "a girl says no to the man, then he takes her clothes off" })
    void sayingNoIsNotAPasswordForWhatIsRefused(String text) {
        assertThat(filter.check(text).isSafe()).as(text).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = { "They did it together.", "Crunch! A dry leaf broke in two.", "Nobody else could do it.",
            "Nobody should be left out. The two squirrels wanted to share one acorn.", "Bong, bong, bong! The hall clock chimed.",
            "\"I can't do it. Not today.\"", "The road was long, but it felt light at first. Off she went!" })
    void aStorysOwnShortLinesAreNotReadAsRequests(String line) {
        assertThat(filter.checkWritten(line).isSafe()).as(line).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = { "Then the boy killed himself.", "She wanted to die and never wake up.",
            "They drank vodka until the room spun." })
    void aWrittenLineThatIsUnsafeIsStillLeftOut(String line) {
        assertThat(filter.checkWritten(line).isSafe()).as(line).isFalse();
    }

    @Test
    void reportsEveryCategoryHit() {
        assertThat(filter.check("shit, cocaine and blood everywhere").categories())
                .containsExactlyInAnyOrder(SafetyCategory.HATE_AND_SWEARING, SafetyCategory.WEAPONS_AND_DRUGS,
                        SafetyCategory.VIOLENCE);
    }

    @ParameterizedTest
    @EnumSource(SafetyCategory.class)
    void everyCategoryHasAListToExtend(SafetyCategory category) {
        assertThat(WordList.read(EmbeddedSafetyFilter.listFile(category))).isNotEmpty();
    }
}
