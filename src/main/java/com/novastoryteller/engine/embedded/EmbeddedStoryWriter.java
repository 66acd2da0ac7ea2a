package com.novastoryteller.engine.embedded;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Consumer;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

import com.novastoryteller.engine.AgeBand;
import com.novastoryteller.engine.StoryCharacter;
import com.novastoryteller.engine.StoryRequest;
import com.novastoryteller.engine.StoryWriter;

/**
 * The offline story writer, a planning generator: from what the prompt names and the template's world
 * it plans a hero, a goal, an obstacle, a helper, a turning point and a resolution, then tells the
 * plan part by part, ending with a gentle moral or a question to the child. Deterministic per seed.
 */
@Component
@ConditionalOnProperty(name = "storyteller.providers.writer", havingValue = "embedded", matchIfMissing = true)
public class EmbeddedStoryWriter implements StoryWriter {

    // Older listeners hear the hero think things through, in longer and richer sentences.
    private static final List<String> REFLECTIONS_8_10 = List.of(
            "{hero} took a deep breath and thought (carefully|hard) about what to do next.",
            "It was not going to be easy, but {hero} felt (ready|brave enough) for the challenge.",
            "{hero} remembered that every big journey starts with one small step.",
            "For a moment {hero} felt a little (worried|nervous), but the feeling passed (quickly|soon).");
    private static final List<String> REFLECTIONS_11_12 = List.of(
            "For a long moment, {hero} stood completely still, listening to the quiet and wondering whether the plan had been a mistake.",
            "Although the way ahead looked difficult, {hero} felt a warm and stubborn kind of courage growing somewhere deep inside.",
            "{hero} noticed how everything seemed different now, as if the adventure had quietly changed the way the whole world looked.",
            "Sometimes, {hero} thought, the most important discoveries are the ones you make about yourself along the way.");

    private static final List<String> NAMES = List.of("Mia", "Leo", "Zara", "Omar", "Lily", "Finn", "Nora", "Kai",
            "Ada", "Theo", "Iris", "Sami");

    @Override
    public void write(StoryRequest request, Consumer<String> lines) {
        SplittableRandom random = new SplittableRandom(request.seed() * 31 + request.prompt().hashCode());
        PromptReading reading = PromptReading.of(request.prompt());
        StoryWorld world = StoryWorld.of(request.template());
        StoryWorld.Helper helper = world.helpers().get(random.nextInt(world.helpers().size()));
        String hero = reading.heroName() != null ? reading.heroName() : NAMES.get(random.nextInt(NAMES.size()));
        String thing = reading.objects().isEmpty() ? world.things().get(random.nextInt(world.things().size()))
                : reading.objects().get(0);
        Map<String, String> slots = new LinkedHashMap<>();
        slots.put("hero", hero);
        slots.put("place", reading.place() != null ? reading.placePhrase()
                : "the " + world.places().get(random.nextInt(world.places().size())));
        slots.put("thing", thing);
        slots.put("goal", world.goals().get(random.nextInt(world.goals().size())));
        slots.put("helper", helper.name());
        slots.put("kind", helper.kind());
        StoryTeller teller = new StoryTeller(lines, random, slots);
        teller.title(request.title() != null ? request.title() : title(hero, thing, teller));
        new Plan(request, reading, world, teller, hero, helper).tell();
    }

    private static String title(String hero, String thing, StoryTeller teller) {
        return teller.pick(List.of(hero + " and the " + capitalised(thing), "The Day " + hero + " Was Brave",
                hero + "'s Big Adventure", "A " + capitalised(thing) + " for " + hero));
    }

    private static String capitalised(String words) {
        StringBuilder title = new StringBuilder();
        for (String word : words.split(" ")) {
            title.append(title.isEmpty() ? "" : " ").append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
        }
        return title.toString();
    }

    /** The story's steps, spread over its parts. */
    private record Plan(StoryRequest request, PromptReading reading, StoryWorld world, StoryTeller teller, String hero,
            StoryWorld.Helper helper) {

        void tell() {
            int parts = request.length().parts();
            beginning();
            for (int middle = 1; middle < parts - 1; middle++) {
                middle(middle, parts - 2);
            }
            ending();
        }

        private void beginning() {
            teller.part(List.of("A New Day", "Where It All Began", "The Big Idea"));
            teller.narrate(world.setups());
            String trait = reading.heroTrait() != null ? reading.heroTrait() + " " : "";
            teller.narrate(hero + " was " + PromptReading.article(trait + reading.heroKind()) + " " + trait + reading.heroKind() + ".");
            if (reading.activity() != null) {
                teller.narrate("Every day, {hero} liked to " + reading.activity() + ".");
            }
            companions();
            details(1);
            reflect();
            teller.narrate(List.of("{hero} (really|truly|very much) wanted to {goal}.", "(Today|This morning|That day), {hero} (was going to|had decided to|made a plan to) {goal}.",
                    "More than anything, {hero} (hoped|wished) to {goal}."));
            teller.say(hero, List.of("(Today|This time) I (will|am going to) {goal}!", "I (know|think|am sure) I can do it!",
                    "(Let's|Time to) go on an adventure!", "(Here I come|Off we go|Wish me luck)!"));
            teller.narrate(List.of("{hero} (packed|grabbed|picked up) the {thing} and (set off|hurried out|started walking).",
                    "{hero} took the {thing} along, (just in case|because it might be useful|for good luck)."));
        }

        private void middle(int step, int steps) {
            teller.part(List.of("A Problem on the Way", "Something Unexpected", "A Friend Appears",
                    "The Hard Part", "A Clever Idea", "Deeper and Deeper"));
            if (step == 1) {
                teller.narrate(world.obstacles());
                teller.say(hero, List.of("(Oh no|Oh dear|Uh-oh)! What (do we|should I|can I) do now?",
                        "(Hmm|Well), this is (harder|trickier) than I thought."));
                surprises();
            }
            if (step == steps) {
                teller.narrate(List.of("(Just then|At that moment|Right then), {helper} the {kind} (came along|appeared|arrived).",
                        "(Suddenly|All at once), {helper} the {kind} (popped up|came by|stepped out of the shadows)."));
                teller.say(helper.name(), List.of("(Don't worry|Do not be afraid). I can help (you|you out).",
                        "I know (what to do|a way). (Follow me|Come with me)!", "(Hello|Hi there), {hero}! (Need|Do you need) some help?"));
                teller.narrate(world.turns());
                teller.narrate(List.of("{hero} used the {thing} (to help|in a clever way|just at the right moment).",
                        "The {thing} turned out to be (very useful|exactly what they needed|a big help)."));
            }
            else {
                teller.narrate(List.of("{hero} kept going, (one step at a time|slowly but surely|without looking back).",
                        "{hero} did not (give up|stop|turn back)."));
            }
            reflect();
            details(2);
        }

        private void ending() {
            teller.part(List.of("Home Again", "A Happy Ending", "The Best Day"));
            if (request.length().parts() == 2) {
                teller.narrate(world.turns());
            }
            teller.narrate(world.endings());
            teller.say(hero, List.of("We did it! (Thank you|Thanks so much), {helper}!",
                    "I could not have done it without you, {helper}!", "(Hooray|Yippee|Hurray)! (We made it|It worked)!"));
            teller.narrate(List.of("That night, {hero} (smiled|yawned happily) and fell asleep, dreaming of {place}.",
                    "{hero} went home (happy|tired but happy|with a big smile), with the {thing} safe and sound."));
            details(1);
            teller.narrate(world.closings());
        }

        private void companions() {
            for (String companion : reading.companions()) {
                teller.narrate("{hero} had a good friend, " + companion + ", who came along everywhere.");
                teller.narrate(List.of("The two of them were (never apart|best friends|always together).", "They always looked out for each other."));
            }
            for (StoryCharacter character : request.characters()) {
                teller.narrate(character.name() + " came along too. " + sentence(character.description()));
                teller.say(character.name(), List.of("I am ready to help!", "Wait for me!", "(Count me in|I am coming too)!"));
            }
        }

        private void surprises() {
            if (request.imageDescription() != null && !request.imageDescription().isBlank()) {
                teller.narrate("On the ground, {hero} found a picture. It showed " + clause(request.imageDescription()) + ".");
            }
            for (String change : request.modifications()) {
                teller.narrate("Then came a surprise: " + clause(change.replaceFirst(
                        "(?i)^(please\\s+)?(make|add|let|have|put|give)\\s+(it\\s+so\\s+)?", "")) + "!");
                teller.say(hero, List.of("(Wow|Whoa|Goodness), look at that!", "I did not expect that!", "(What a|That is a) surprise!"));
            }
        }

        private void reflect() {
            switch (request.ageBand()) {
                case AGES_8_10 -> teller.narrate(REFLECTIONS_8_10);
                case AGES_11_12 -> {
                    teller.narrate(REFLECTIONS_11_12);
                    teller.narrate(REFLECTIONS_11_12);
                }
                default -> {
                }
            }
        }

        private void details(int count) {
            int wanted = request.ageBand().wantsSimpleLanguage() ? count : count + 1;
            if (request.ageBand() == AgeBand.AGES_11_12) {
                wanted++;
            }
            List<String> details = new ArrayList<>(world.details());
            for (int n = 0; n < wanted && !details.isEmpty(); n++) {
                teller.narrate(details.remove(0));
            }
        }

        private static String sentence(String text) {
            String trimmed = text.strip();
            return trimmed.isEmpty() ? "" : trimmed.endsWith(".") ? trimmed : trimmed + ".";
        }

        private static String clause(String text) {
            return text.strip().replaceAll("[.!?]+$", "");
        }
    }
}
