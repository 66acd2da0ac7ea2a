package com.novastoryteller.engine.embedded;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import com.novastoryteller.engine.StoryCharacter;

/**
 * Who is in the story: the hero (named by the prompt or given a name), how to speak of them, the
 * companions the prompt names and the library characters the child chose.
 */
record Cast(String hero, String heroWithKind, Pronouns pronouns, List<Companion> companions, List<StoryCharacter> characters) {

    /** A companion as the story refers to them ("Biscuit the dog", "the robot") and as a speaker. */
    record Companion(String introduced, String referred, String speaker) {
    }

    record Pronouns(String he, String him, String his) {
        static final Pronouns SHE = new Pronouns("she", "her", "her");
        static final Pronouns HE = new Pronouns("he", "him", "his");
    }

    private static final Set<String> FEMININE = Set.of("girl", "princess", "queen", "woman", "lady", "mother", "mom",
            "mum", "grandmother", "granny", "grandma", "sister", "daughter", "witch", "mermaid", "aunt", "ballerina");
    private static final Set<String> MASCULINE = Set.of("boy", "prince", "king", "man", "father", "dad", "grandfather",
            "grandpa", "brother", "son", "wizard", "uncle", "knight");
    private static final List<String> GIRLS = List.of("Mia", "Zara", "Lily", "Nora", "Ada", "Iris", "Amelie", "Priya",
            "Rosa", "Hana", "Elsie", "Maya");
    private static final List<String> BOYS = List.of("Leo", "Omar", "Finn", "Kai", "Theo", "Sami", "Arlo", "Ravi",
            "Jonah", "Felix", "Mateo", "Ezra");

    static Cast of(PromptReading reading, List<StoryCharacter> characters, StoryTeller teller) {
        String lastKindWord = lastWord(reading.heroKind());
        Pronouns pronouns = FEMININE.contains(lastKindWord) ? Pronouns.SHE
                : MASCULINE.contains(lastKindWord) ? Pronouns.HE : teller.chance(50) ? Pronouns.SHE : Pronouns.HE;
        String hero = reading.heroName() != null ? reading.heroName()
                : teller.pick(pronouns == Pronouns.SHE ? GIRLS : BOYS);
        String trait = reading.heroTrait() != null ? reading.heroTrait() + " " : "";
        List<Companion> companions = new ArrayList<>();
        for (PromptReading.Companion companion : reading.companions()) {
            companions.add(companion.name() != null
                    ? new Companion(companion.name() + " the " + companion.kind(), companion.name(), companion.name())
                    : new Companion("a " + companion.kind(), "the " + companion.kind(), "the " + companion.kind()));
        }
        return new Cast(hero, "a " + trait + reading.heroKind(), pronouns, List.copyOf(companions), List.copyOf(characters));
    }

    /** Someone other than the hero who is along for the whole story, if anyone is. */
    @Nullable String friend() {
        if (!companions.isEmpty()) {
            return companions.get(0).referred();
        }
        return characters.isEmpty() ? null : characters.get(0).name();
    }

    private static String lastWord(String words) {
        String[] split = words.toLowerCase(Locale.ROOT).split("\\s+");
        return split[split.length - 1];
    }
}
