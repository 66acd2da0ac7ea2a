package com.novastoryteller.engine.embedded.picture;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** How a family's words are read: what the character is, and what they wear, their hair, size and age. */
class LooksTests {

    /** A description, the kind it names, and things it says they wear or have. */
    private record Case(String words, String kind, Set<String> wears) {
    }

    private static Case of(String words, String kind, String... wears) {
        return new Case(words, kind, Set.of(wears));
    }

    private static final List<Case> CASES = List.of(
            of("a round, grey otter with spectacles; red cape", "otter", "glasses", "cape"),
            of("a tall astronaut with curly black hair", "astronaut"),
            of("a tiny green dragon with a wizard hat and a wand", "dragon", "hat", "wand"),
            of("an old man with a white beard and a blue jumper", "man"),
            of("a little girl with long red hair in braids and a yellow dress", "girl"),
            of("She is a brave knight with a purple cape", "knight", "cape"),
            of("a ginger cat with a blue bow tie", "cat", "bowtie"),
            of("a friendly robot with headphones", "robot", "headphones"),
            of("a pirate girl with an eye patch and a green scarf", "pirate", "eyepatch", "scarf"),
            of("a chubby panda wearing a crown", "panda", "crown"),
            of("My grandma. She has grey hair in a bun and round glasses", "grandma", "glasses"),
            of("a big brown bear with a red scarf and a backpack", "bear", "scarf", "backpack"),
            of("a baby unicorn with a flower in her mane", "unicorn", "flower"),
            of("a boy with dark skin, short curly hair and a blue hoodie", "boy"),
            of("a pink pig in yellow wellies", "pig", "boots"),
            of("a wise old owl with glasses", "owl", "glasses"),
            of("a stoat with a green hat", "stoat", "hat"),
            of("a fairy with pink wings and a wand", "fairy", "wings", "wand"),
            of("a witch with a purple hat and a broom", "witch", "hat"),
            of("a yellow duck with a blue necklace", "duck", "necklace"),
            of("Tom is a cheeky monkey who wears a red cap", "monkey", "hat"),
            of("a sleepy koala in a woolly hat and scarf", "koala", "hat", "scarf"),
            of("a teddy bear with a bow", "bear", "bow"),
            of("my little brother, he's 4 and has glasses", "boy", "glasses"),
            of("a kind doctor with a stethoscope and a white coat", "doctor"),
            of("an alien with three eyes and a silver helmet", "alien", "helmet"),
            of("a shy ghost who wears a bow tie", "ghost", "bowtie"),
            of("a mermaid with long blonde hair and a pearl necklace", "mermaid", "necklace"),
            of("a grumpy troll with a big nose", "troll"),
            of("a purple octopus with eight sneakers", "octopus"),
            of("a spotty ladybird with a tiny umbrella", "ladybird", "umbrella"),
            of("a cheerful chef with a tall white hat", "chef", "hat"),
            of("a baby elephant with a blue bow", "elephant", "bow"),
            of("a dinosaur with a backpack and sunglasses", "dinosaur", "backpack", "sunglasses"),
            of("a clever fox in a green waistcoat and a monocle", "fox", "glasses"),
            of("a dad with a moustache and a flat cap", "man", "hat"),
            of("A penguin called Pebble with a stripy scarf", "penguin", "scarf"),
            of("a superhero in a red cape and a mask", "superhero", "cape", "mask"),
            of("a tortoise with a crown and a necklace", "tortoise", "crown", "necklace"),
            of("a little boy dressed as a pirate", "pirate"),
            of("a golden retriever puppy with a red collar", "dog", "necklace"),
            of("a tiger cub with headphones", "tiger", "headphones"));

    @Test
    void everyDescribedPortraitIsReadAsTheRightKindWearingWhatItSays() {
        List<String> wrong = new ArrayList<>();
        for (Case example : CASES) {
            Look look = Looks.read(example.words());
            if (!example.kind().equals(look.kind()) || !look.accessories().containsAll(example.wears())) {
                wrong.add(example.words() + " -> " + look.kind() + " " + look.accessories());
            }
        }
        assertThat(CASES).hasSizeGreaterThanOrEqualTo(40);
        assertThat(wrong).as("portrait kind accuracy %d/%d", CASES.size() - wrong.size(), CASES.size()).isEmpty();
    }

    @Test
    void coloursGoToWhatTheyColour() {
        Look otter = Looks.read("a round, grey otter with spectacles; red cape");
        assertThat(otter.colour("body")).isEqualTo(Palette.named("grey"));
        assertThat(otter.colour("cape")).isEqualTo(Palette.named("red"));
        assertThat(otter.round()).isTrue();
        Look astronaut = Looks.read("a tall astronaut with curly black hair");
        assertThat(astronaut.colour("hair")).isEqualTo(Palette.hair("black"));
        assertThat(astronaut.hair()).contains("curly");
        assertThat(astronaut.tall()).isTrue();
        Look man = Looks.read("an old man with a white beard and a blue jumper");
        assertThat(man.colour("beard")).isEqualTo(Palette.WHITE_HAIR);
        assertThat(man.colour("clothes")).isEqualTo(Palette.named("blue"));
        assertThat(man.hair()).contains("beard");
        assertThat(man.age()).isEqualTo(Look.Age.OLD);
        assertThat(Looks.read("a golden retriever puppy").colour("body")).isEqualTo(Palette.named("golden"));
    }

    @Test
    void hairSizeAndAgeAreReadFromTheirOwnWords() {
        Look girl = Looks.read("a little girl with long red hair in braids");
        assertThat(girl.hair()).contains("long", "braids");
        assertThat(girl.size()).isLessThan(1);
        assertThat(girl.age()).isEqualTo(Look.Age.CHILD);
        assertThat(Looks.read("a tiny green dragon").size()).isEqualTo(0.8);
        assertThat(Looks.read("a huge friendly giant").kind()).isEqualTo("giant");
        assertThat(Looks.read("a baby dragon").age()).isEqualTo(Look.Age.BABY);
        assertThat(Looks.read("a bald grandpa with a moustache").hair()).contains("bald", "moustache");
        assertThat(Looks.read("she is 7 years old").age()).isEqualTo(Look.Age.CHILD);
        assertThat(Looks.read("a boy with dark skin").skinTone()).isEqualTo(5);
        assertThat(Looks.read("a cat with big round eyes").round()).as("round eyes do not make a round cat").isFalse();
        assertThat(Looks.read("a cat with no hat").wears("hat")).isFalse();
    }

    @Test
    void wordsThatNameNoOneLeaveTheKindOpen() {
        assertThat(Looks.read("loves climbing trees").kind()).isNull();
        assertThat(Looks.read("She has curly red hair and freckles").kind()).isNull();
        assertThat(Looks.read("She has curly red hair and freckles").gender()).isEqualTo('f');
        assertThat(Looks.read(null)).isEqualTo(Look.NOTHING);
    }

    @Test
    void aHeadNounTheIllustratorDoesNotKnowIsAskedOfWordNet() {
        assertThat(Looks.read("a clever little mongoose with a scarf").kind()).isEqualTo("mongoose");
    }
}
