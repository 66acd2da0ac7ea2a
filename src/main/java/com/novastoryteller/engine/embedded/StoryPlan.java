package com.novastoryteller.engine.embedded;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.novastoryteller.engine.AgeBand;
import com.novastoryteller.engine.StoryCharacter;
import com.novastoryteller.engine.StoryLength;
import com.novastoryteller.engine.StoryRequest;

/**
 * One story's plan: everything that must stay the same from the first line to the last (the hero,
 * where it happens, what they carry, want and meet, who helps) is chosen up front and given to the
 * teller as slots; then the plan is told part by part, the middle growing with the story's length.
 */
record StoryPlan(StoryRequest request, PromptReading reading, Cast cast, StoryTeller teller) {

    /** The same plan told on by another teller. */
    StoryPlan toldBy(StoryTeller next) {
        return new StoryPlan(request, reading, cast, next);
    }

    static StoryPlan make(StoryRequest request, PromptReading reading, Cast cast, StoryTeller teller) {
        teller.slot("hero", cast.hero());
        teller.slot("a-kind", cast.heroWithKind());
        teller.slot("kind", reading.heroKind());
        teller.slot("he", cast.pronouns().he());
        teller.slot("him", cast.pronouns().him());
        teller.slot("his", cast.pronouns().his());
        if (reading.place() != null) {
            teller.slot("place", reading.placePhrase());
            teller.slot("in-place", reading.placeWithPreposition());
        }
        else {
            String[] place = teller.phrase("place").split(" ", 2);
            boolean hasPreposition = List.of("in", "on", "at").contains(place[0]);
            teller.slot("place", hasPreposition ? place[1] : String.join(" ", place));
            teller.slot("in-place", hasPreposition ? String.join(" ", place) : "in " + String.join(" ", place));
        }
        String thing = reading.objects().isEmpty() ? teller.phrase("thing") : reading.objects().get(0);
        teller.slot("thing", thing);
        teller.slot("thing-title", titleCase(thing));
        String[] goal = teller.phrase("goal").split(" = ", 2);
        teller.slot("goal", goal[0]);
        teller.slot("lesson", goal.length > 1 ? goal[1] : "");
        String helper = teller.phrase("helper-name");
        while (helper.equals(cast.hero())) {
            helper = teller.phrase("helper-name");
        }
        teller.slot("helper", helper);
        teller.slot("helper-kind", teller.phrase("helper-kind"));
        String obstacle = teller.phrase("obstacle");
        teller.slot("obstacle", obstacle);
        teller.slot("obstacle-title", titleCase(obstacle.replace(",", "")));
        if (reading.activity() != null) {
            teller.slot("activity", reading.activity());
        }
        if (reading.event() != null) {
            teller.slot("event", reading.event());
        }
        return new StoryPlan(request, reading, cast, teller);
    }

    /** The stages of a story in the order they are told. */
    enum Stage { BEGINNING, JOURNEY, TROUBLE, HELP, TWIST, ENDING }

    /** Short stories meet the trouble and the helper in one part; longer ones travel first; long ones have one more surprise. */
    List<Stage> stages() {
        return switch (request.length()) {
            case SHORT -> List.of(Stage.BEGINNING, Stage.TROUBLE, Stage.HELP, Stage.ENDING);
            case MEDIUM -> List.of(Stage.BEGINNING, Stage.JOURNEY, Stage.TROUBLE, Stage.HELP, Stage.ENDING);
            case LONG -> List.of(Stage.BEGINNING, Stage.JOURNEY, Stage.TROUBLE, Stage.HELP, Stage.TWIST, Stage.ENDING);
        };
    }

    /** The whole story; an interactive one stops when the trouble has come, and asks the child what to do. */
    void tell() {
        tell(stages());
    }

    /** Tells the stages in turn, stopping with choices after the trouble when the story is interactive. */
    void tell(List<Stage> stages) {
        for (Stage stage : stages) {
            tell(stage);
            if (stage == Stage.TROUBLE && request.interactive()) {
                offerChoices();
                return;
            }
        }
    }

    void tell(Stage stage) {
        switch (stage) {
            case BEGINNING -> beginning();
            case JOURNEY -> {
                teller.part("part-journey");
                journey();
            }
            case TROUBLE -> {
                if (request.length() == StoryLength.SHORT) {
                    teller.part("part-trouble");
                    teller.narrate("journey");
                }
                trouble();
            }
            case HELP -> {
                if (request.length() != StoryLength.SHORT) {
                    teller.part("part-help");
                }
                help();
            }
            case TWIST -> {
                teller.part("part-twist");
                twist();
            }
            case ENDING -> ending();
        }
    }

    /** The child's interruption happens now, in the story's own words, and the hero takes it in. */
    void interruption(String instruction) {
        teller.slot("change", ChildsWish.asHappening(instruction));
        teller.narrate("interruption");
        teller.say(cast.hero(), "change-reaction");
        teller.narrate("interruption-after");
    }

    /** A story already at its end, changed at the last moment, comes to an end again. */
    void endAgain() {
        teller.narrate("resolution");
        teller.say(cast.hero(), "celebrate");
        teller.narrate("reflection");
        teller.narrate("closing");
    }

    /** The next part after the ending: a new day, a new trouble, the same friends. */
    void nextPart(String wish) {
        teller.part("part-next");
        teller.narrate("next-begin");
        if (wish != null && !wish.isBlank()) {
            interruption(wish);
        }
        String obstacle = teller.phrase("obstacle");
        for (int tries = 0; tries < 5 && obstacle.equals(teller.slot("obstacle")); tries++) {
            obstacle = teller.phrase("obstacle");
        }
        teller.slot("obstacle", obstacle);
        teller.slot("obstacle-title", titleCase(obstacle.replace(",", "")));
        trouble();
        if (request.interactive()) {
            offerChoices();
            return;
        }
        help();
        ending();
    }

    /** The child chose how to go on: it is said, and the story goes on to its end. */
    void chosen(String choice) {
        teller.slot("choice", clause(Character.toLowerCase(choice.charAt(0)) + choice.substring(1)));
        teller.part("part-help");
        teller.narrate("choice-made");
        help();
        if (request.length() == StoryLength.LONG) {
            teller.part("part-twist");
            twist();
        }
        ending();
    }

    /** Asks the listener what the hero should do, and offers two options to the youngest, three to the others. */
    void offerChoices() {
        List<String> options = new ArrayList<>(List.of("use the {thing}", "call out for help",
                "stop and think of a clever plan", "try again, very carefully"));
        if (!cast.companions().isEmpty()) {
            options.add("ask " + cast.companions().get(0).referred() + " what to do");
        }
        int count = request.ageBand() == AgeBand.AGES_5_7 || request.ageBand() == AgeBand.LEARNER ? 2 : 3;
        List<String> offered = new ArrayList<>();
        while (offered.size() < count) {
            String option = teller.pick(options);
            options.remove(option);
            offered.add(option);
        }
        String list = count == 2 ? offered.get(0) + " or " + offered.get(1)
                : offered.get(0) + ", " + offered.get(1) + " or " + offered.get(2);
        teller.narrateText("What should {hero} do now? {he} could " + list + ". You choose!");
        offered.forEach(teller::choice);
    }

    private void beginning() {
        teller.part("part-begin");
        teller.narrate("opening");
        teller.narrate("hero-intro");
        if (reading.activity() != null) {
            teller.narrate("activity");
        }
        teller.narrate("hobby");
        if (reading.event() != null) {
            teller.narrate("event");
        }
        for (String other : reading.objects().stream().skip(1).toList()) {
            teller.narrateText("{hero} also had a " + other + ", which went everywhere with {him}.");
        }
        for (Cast.Companion companion : cast.companions()) {
            teller.slot("companion-first", companion.introduced());
            teller.slot("companion", companion.referred());
            teller.narrate("companion-intro");
            teller.say(companion.speaker(), "companion-says");
        }
        for (StoryCharacter character : cast.characters()) {
            teller.narrateText(character.name() + " came along too. " + introduction(character));
            teller.say(character.name(), "character-says");
        }
        details(1);
        thought();
        teller.narrate("goal-intro");
        teller.say(cast.hero(), "goal-speech");
        teller.narrate("set-off");
    }

    private void journey() {
        teller.narrate("journey");
        details(1);
        teller.narrate("journey");
        teller.narrate("discovery");
        if (!cast.companions().isEmpty()) {
            teller.say(cast.companions().get(0).speaker(), "companion-chat");
        }
        thought();
    }

    private void trouble() {
        teller.narrate("obstacle-appears");
        teller.narrate("obstacle-detail");
        teller.say(cast.hero(), "worried");
        teller.narrate("attempt");
        surprises();
        if (request.length() != StoryLength.SHORT) {
            teller.narrate("feeling");
            details(0);
        }
    }

    private void help() {
        teller.narrate("helper-arrives");
        teller.say(teller.slot("helper"), "helper-offer");
        teller.say(cast.hero(), "hero-answer");
        teller.narrate("turn");
        teller.narrate("use-thing");
        teller.narrate("progress");
        details(0);
        thought();
    }

    private void twist() {
        teller.narrate("twist-appears");
        teller.say(cast.hero(), "twist-speech");
        details(0);
        teller.narrate("twist-solved");
        teller.narrate("twist-after");
        thought();
    }

    private void ending() {
        teller.part("part-end");
        teller.narrate("resolution");
        teller.say(cast.hero(), "celebrate");
        if (!cast.companions().isEmpty()) {
            teller.say(cast.companions().get(0).speaker(), "friend-thanks");
        }
        teller.narrate("goodbye");
        teller.narrate("return-home");
        details(0);
        teller.narrate("reflection");
        teller.narrate("closing");
    }

    private void surprises() {
        if (request.imageDescription() != null && !request.imageDescription().isBlank()) {
            teller.slot("picture", clause(request.imageDescription()));
            teller.narrate("picture");
        }
        for (String change : request.modifications()) {
            teller.slot("change", ChildsWish.asHappening(change.replaceFirst("(?i)^(please\\s+)?(add|put|give)\\s+", "")));
            teller.narrate("change");
            teller.say(cast.hero(), "change-reaction");
        }
    }

    /** Sensory detail: the younger the listener, the fewer sentences of it; long stories linger more. */
    private void details(int atLeast) {
        int count = atLeast + (request.length() == StoryLength.LONG ? 1 : 0) + switch (request.ageBand()) {
            case AGES_5_7, LEARNER -> 0;
            case AGES_8_10 -> 1;
            case AGES_11_12 -> 2;
        };
        for (int n = 0; n < count; n++) {
            teller.narrate("detail");
        }
    }

    private void thought() {
        if (request.ageBand() == AgeBand.AGES_8_10 || request.ageBand() == AgeBand.AGES_11_12) {
            teller.narrate("thought");
        }
    }

    private static String titleCase(String words) {
        StringBuilder title = new StringBuilder();
        for (String word : words.split(" ")) {
            boolean small = !title.isEmpty() && List.of("of", "the", "a", "an", "and").contains(word);
            title.append(title.isEmpty() ? "" : " ")
                    .append(small ? word : word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1));
        }
        return title.toString();
    }

    /** "Rufus was a little fox with a blue scarf." from "a little fox with a blue scarf"; other words as they are. */
    private static String introduction(StoryCharacter character) {
        String description = character.description().strip();
        return description.matches("(?i)(a|an|the) .*")
                ? sentence(character.name() + " was " + Character.toLowerCase(description.charAt(0)) + description.substring(1))
                : sentence(description);
    }

    private static String sentence(String text) {
        String trimmed = text.strip();
        return trimmed.isEmpty() ? "" : trimmed.matches(".*[.!?]$") ? trimmed : trimmed + ".";
    }

    private static String clause(String text) {
        return text.strip().replaceAll("[.!?]+$", "");
    }
}
