package com.novastoryteller.engine.embedded.reading;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Objects;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The request reader over requests of every shape a family types: who the heroes are, what the goal is (its
 * verb phrase as the story will tell it), its plot shape and where it happens. The requests are written here in
 * many phrasings, not taken from the writer's development set alone.
 */
class RequestReaderTests {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            a penguin called Pebble who wants to learn to fly a kite at the seaside | Pebble | learn to fly the kite | LEARN | at the seaside
            two robots, Cog and Sprocket, repair a broken telescope on Mars | Cog, Sprocket | repair the broken telescope | MEND | on Mars
            a boy called Ravi trains a cloud to rain lemonade over the desert | Ravi | train the cloud to rain lemonade | LEARN | over the desert
            three kittens, Mitten, Muffin and Moss, build a snowman | Mitten, Muffin, Moss | build the snowman | MAKE |
            two dragons, Ember and Ash, who are afraid of the dark | Ember, Ash | stop being afraid of the dark | FACE_FEAR |
            my dog Rex finds a bone that glows in the dark | Rex | find the bone | FIND |
            Captain Mirelle, a brave astronaut, lands on a purple planet | Captain Mirelle | land on the purple planet | EXPLORE |
            a knight, a princess and a very hungry dragon share a picnic | the knight, the princess, the hungry dragon | share the picnic | SHARE |
            a girl named Priya builds a treehouse with her brother Sam | Priya, Sam | build the treehouse | MAKE |
            an octopus who opens a music shop under the sea | the octopus | open the music shop | MAKE | under the sea
            a robot called Bolt who wants to bake a birthday cake for his friend Zara | Bolt | bake the birthday cake | MAKE |
            the day the school bus learned to fly | the school bus | learn to fly | LEARN |
            tell me a story about a unicorn named Stardust who lost her horn | Stardust | find her horn | FIND |
            a boy called Mateo trains for the big race against a cheetah | Mateo | win the big race | WIN |
            an astronaut grandma named Rosa fixes the broken rocket engine | Rosa | fix the broken rocket engine | MEND |
            a fox and a rabbit become friends in the snowy forest | the fox, the rabbit | become friends | BEFRIEND | in the snowy forest
            dinosaurs visit a modern city | the dinosaurs | visit the modern city | EXPLORE |
            a story about my little sister Lila who is scared of thunderstorms | Lila | stop being afraid of thunderstorms | FACE_FEAR |
            a shark who wants to be a dentist | the shark | become a dentist | WISH |
            an inventor called Professor Ozzie builds a time machine out of a bathtub | Professor Ozzie | build the time machine | MAKE |
            a bear cub named Bruno looks for honey in the mountains | Bruno | find honey | FIND | in the mountains
            a mermaid named Coral helps clean the ocean | Coral | help clean the ocean | MEND |
            two friends, Omar and Lucy, find a treasure map in their attic | Omar, Lucy | find the treasure map | FIND | in their attic
            a giraffe who cannot fit through the door of the party | the giraffe | fit through the door of the party | LEARN |
            a ladybug with no spots goes on a quest to find them | the ladybug | find the spots | FIND |
            a penguin and a polar bear meet for the first time | the penguin, the polar bear | meet | BEFRIEND |
            robots on the moon build a playground | the robots | build the playground | MAKE | on the moon
            a girl named Aiko who can talk to trees | Aiko | talk to trees | WISH |
            a hedgehog called Spike wants a hug | Spike | get a hug | FIND |
            a turtle named Shelly who wants to see snow | Shelly | see snow | EXPLORE |
            twins Maya and Leo swap places for a day | Maya, Leo | swap places | SHARE |
            a brave little mouse saves the king's cheese | the brave little mouse | save the king's cheese | RESCUE |
            a kangaroo who lost her pouch | the kangaroo | find her pouch | FIND |
            a grandfather and his granddaughter Ines plant a garden | the grandfather, Ines | plant the garden | GROW |
            a firefighter named Ruby rescues a kitten from a tall tree | Ruby | rescue the kitten | RESCUE |
            a spaceship crew must find water on Mars | the spaceship crew | find water | FIND | on Mars
            a caterpillar named Chomp becomes a butterfly | Chomp | become a butterfly | GROW |
            a shy boy named Felix makes his first friend at a new school | Felix | make his first friend | BEFRIEND | at a new school
            a team of ants carry a giant strawberry home | the ants | carry the giant strawberry home | DELIVER |
            a girl called Freya sails across the ocean to find her father | Freya | find her father | FIND | across the ocean
            an alien named Zib visits a farm on Earth | Zib | visit the farm | EXPLORE | on Earth
            a little seed that is afraid to grow | the little seed | grow | GROW |
            a knight named Sir Barnaby who is allergic to dragons | Sir Barnaby | stop being allergic to dragons | WISH |
            an old fisherman and a talking whale | the old fisherman, the talking whale | become friends | BEFRIEND |
            a girl named Zoe builds a robot to help her grandmother | Zoe | build the robot | MAKE |
            a homesick alien tries to phone home | the homesick alien | phone home | DELIVER |
            a shy tortoise who wants to climb a mountain | the shy tortoise | climb the mountain | EXPLORE |
            Sir Barnaby and his horse Pepper rescue a baby dragon | Sir Barnaby, Pepper | rescue the baby dragon | RESCUE |
            a little bear who is scared of the dark | the little bear | stop being afraid of the dark | FACE_FEAR |
            twins Maya and Leo bake a giant pizza | Maya, Leo | bake the giant pizza | MAKE |
            a girl called Amara finds a talking umbrella | Amara | find the talking umbrella | FIND |
            a mouse called Pip delivers letters across Antarctica | Pip | deliver letters | DELIVER | across Antarctica
            an elephant who cannot swim | the elephant | swim | LEARN |
            a brave princess who saves the king | the brave princess | save the king | RESCUE |
            a robot named Beep who wants to make a friend | Beep | make a friend | BEFRIEND |
            a lion who loses his roar | the lion | find his roar | FIND |
            dinosor named rexy who wants to find a golden key | Rexy | find the golden key | FIND |
            a pirate captain named Redbeard who is afraid of water | Redbeard | stop being afraid of water | FACE_FEAR |
            a hamster called Quibbleton who sails a teacup | Quibbleton | sail the teacup | EXPLORE |
            an old lighthouse keeper named Odile mends her boat | Odile | mend her boat | MEND |
            Princess Amara builds a bridge across the river | Princess Amara | build the bridge | MAKE | across the river
            a cheeky monkey named Momo who wants to climb the tallest tree | Momo | climb the tallest tree | EXPLORE |
            four friends find a lost puppy in the park | the four friends | find the lost puppy | FIND | in the park
            a brave firefighter who rescues a cat from the roof | the brave firefighter | rescue the cat | RESCUE |
            a little girl named Sofia who is afraid of the ocean | Sofia | stop being afraid of the ocean | FACE_FEAR |
            the bunny who wanted to win the carrot race | the bunny | win the carrot race | WIN |
            a robot and a cat deliver pizza on the moon | the robot, the cat | deliver pizza | DELIVER | on the moon
            a giant who is afraid of mice | the giant | stop being afraid of mice | FACE_FEAR |
            two sisters, Ana and Bea, open a lemonade stand | Ana, Bea | open the lemonade stand | MAKE |
            a zebra named Ziggy who lost his stripes | Ziggy | find his stripes | FIND |
            a space cat called Comet visits Jupiter | Comet | visit Jupiter | EXPLORE |
            a tiny ant carries a big leaf across the garden | the tiny ant | carry the big leaf | DELIVER | across the garden
            a snowman who wants to see the summer | the snowman | see the summer | EXPLORE |
            a shy ghost named Boo who makes a friend | Boo | make a friend | BEFRIEND |
            a goat named Gus who learns to ski | Gus | learn to ski | LEARN |
            a pirate parrot called Captain Squawk finds buried treasure on an island | Captain Squawk | find buried treasure | FIND | on an island
            a grandma and her grandson Tomas bake cookies for the whole village | the grandma, Tomas | bake cookies | MAKE |
            a kind witch who grows magic pumpkins | the kind witch | grow magic pumpkins | GROW |
            an astronaut named Leo repairs the space station | Leo | repair the space station | MEND |
            three bears who share their porridge | the three bears | share their porridge | SHARE |
            a knight who has lost his sword | the knight | find his sword | FIND |
            my brother Kwame and I build a treehouse | Kwame, you | build the treehouse | MAKE |
            a story about me and my dog Rex finding a lost ball | you, Rex | find the lost ball | FIND |
            my little sister Ama learns to swim | Ama | learn to swim | LEARN |
            a story where I fly to the moon | you | fly to the moon | EXPLORE |
            we dig for treasure on a desert island with Captain Okonkwo | you, Captain Okonkwo | dig for treasure | FIND | on a desert island
            a girl teaches her grandpa to skateboard | the girl | teach her grandpa to skateboard | LEARN |
            my dog finds a bone under the old shed | your dog | find the bone | FIND | under the old shed
            Grandma Odette's piano plays by itself at night | Grandma Odette's piano | play by itself | BEFRIEND |
            a puppy builds a snowman in the snow outside the farmhouse | the puppy | build the snowman | MAKE | outside the farmhouse
            """)
    void findsTheHeroesTheGoalAndThePlace(String request, String heroes, String goal, Shape shape, String place) {
        StoryIdea idea = RequestReader.read(request);

        assertThat(idea.heroes()).extracting(Being::called).containsExactly(heroes == null ? new String[0] : heroes.split(", "));
        assertThat(idea.goal()).isNotNull();
        assertThat(idea.goal().doIt()).isEqualTo(goal);
        assertThat(idea.goal().shape()).isEqualTo(shape);
        if (place != null) {
            assertThat(idea.places()).extracting(Phrase::withPreposition).contains(place);
            assertThat(idea.place()).as("a place the story can happen at comes before the snow or the mud")
                    .extracting(Phrase::withPreposition).isEqualTo(place);
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            who ate all the cookies in Grandpa Theo's bakery? | who ate all the cookies in Grandpa Theo's bakery | SOLVE
            who took the golden key? | who took the golden key | SOLVE
            why do leaves change colour in autumn, told by a squirrel called Nutmeg | why leaves change colour in autumn | QUESTION
            how volcanoes work, explained by a friendly rock named Basalt | how volcanoes work | QUESTION
            why is the sky blue | why the sky is blue | QUESTION
            how do bees make honey | how bees make honey | QUESTION
            why the moon changes shape | why the moon changes shape | QUESTION
            """)
    void aQuestionIsTheGoal(String request, String question, Shape shape) {
        Goal goal = RequestReader.read(request).goal();

        assertThat(goal).isNotNull();
        assertThat(goal.question()).isEqualTo(question);
        assertThat(goal.shape()).isEqualTo(shape);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            a penguin called Pebble who wants to learn to fly a kite | a penguin called Pebble who wanted to learn to fly a kite
            two robots, Cog and Sprocket, repair a broken telescope on Mars | how two robots, Cog and Sprocket, repaired a broken telescope on Mars
            a fox and a rabbit become friends in the snowy forest | how a fox and a rabbit became friends in the snowy forest
            a frog prince who doesn't want to be a prince | a frog prince who didn't want to be a prince
            an owl who cannot stay awake at night | an owl who could not stay awake at night
            tell me a story about a dragon who collects socks | a dragon who collected socks
            the moon goes on holiday and the night is too dark | how the moon went on holiday and the night was too dark
            """)
    void retellsTheRequestInThePast(String request, String retold) {
        assertThat(RequestReader.read(request).retold()).isEqualTo(retold);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            a girl named Priya builds a treehouse | FEMALE
            a unicorn named Stardust who lost her horn | FEMALE
            a robot called Bolt who bakes a cake for his friend Zara | MALE
            a knight named Sir Barnaby | MALE
            """)
    void tellsSheFromHe(String request, Being.Gender gender) {
        assertThat(RequestReader.read(request).heroes().get(0).gender()).isEqualTo(gender);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            the stolen crown of the ice queen | find the stolen crown of the ice queen
            the great cupcake contest in the village of Puddleby | win the great cupcake contest
            the secret door behind the library shelves | open the secret door
            """)
    void aRequestWithNoHeroStillHasAGoal(String request, String goal) {
        StoryIdea idea = RequestReader.read(request);

        assertThat(idea.heroes()).isEmpty();
        assertThat(Objects.requireNonNull(idea.goal()).doIt()).isEqualTo(goal);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            telescope | THING
            cheetah | ANIMAL
            grandma | PERSON
            desert | PLACE
            lemonade | FOOD
            dragon | CREATURE
            robot | MACHINE
            kite | THING
            otter | ANIMAL
            forest | PLACE
            planet | PLACE
            """)
    void wordNetSaysWhatANounNames(String noun, Lexicon.Sort sort) {
        assertThat(Language.get().lexicon().sortOf(noun)).isEqualTo(sort);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            fly | flew | flying
            find | found | finding
            carry | carried | carrying
            bake | baked | baking
            repair | repaired | repairing
            """)
    void inflectsVerbs(String verb, String past, String ing) {
        Lexicon lexicon = Language.get().lexicon();

        assertThat(List.of(lexicon.past(verb), lexicon.ing(verb))).containsExactly(past, ing);
    }
}
