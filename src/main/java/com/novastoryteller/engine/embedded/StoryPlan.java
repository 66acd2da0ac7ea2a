package com.novastoryteller.engine.embedded;

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

    /** Short stories meet the trouble and the helper in one part; longer ones travel first; long ones have one more surprise. */
    void tell() {
        beginning();
        switch (request.length()) {
            case SHORT -> {
                teller.part("part-trouble");
                teller.narrate("journey");
                trouble();
                help();
            }
            case MEDIUM -> {
                teller.part("part-journey");
                journey();
                trouble();
                teller.part("part-help");
                help();
            }
            case LONG -> {
                teller.part("part-journey");
                journey();
                trouble();
                teller.part("part-help");
                help();
                teller.part("part-twist");
                twist();
            }
        }
        ending();
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
            teller.narrateText(character.name() + " came along too. " + sentence(character.description()));
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
            teller.slot("change", clause(change.replaceFirst(
                    "(?i)^(please\\s+)?(make|add|let|have|put|give)\\s+(it\\s+so\\s+)?", "")));
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

    private static String sentence(String text) {
        String trimmed = text.strip();
        return trimmed.isEmpty() ? "" : trimmed.matches(".*[.!?]$") ? trimmed : trimmed + ".";
    }

    private static String clause(String text) {
        return text.strip().replaceAll("[.!?]+$", "");
    }
}
