package com.novastoryteller.engine.embedded.reading;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What a child asked for, read from their words: who the story is about, who else is in it, where and when it
 * happens, the things it names, and the goal that the story must reach.
 *
 * @param heroes  who the story is about, in the order the child named them; never empty
 * @param others  other characters the child named ("a cheetah", "her father"), who appear but are not heroes
 * @param places  where it happens, with their prepositions ("at the seaside", "on Mars")
 * @param things  the things the child named that one can carry or eat ("a golden key"), besides the goal's object
 * @param times   when it happens ("at midnight", "in autumn")
 * @param goal    what the heroes want, or the question the story answers
 * @param retold  the request told as the story's subject, in the past tense: it follows "This is the story of"
 */
public record StoryIdea(List<Being> heroes, List<Being> others, List<Phrase> places, List<Phrase> things,
        List<Phrase> times, Goal goal, String retold) {

    public StoryIdea {
        heroes = List.copyOf(heroes);
        others = List.copyOf(others);
        places = List.copyOf(places);
        things = List.copyOf(things);
        times = List.copyOf(times);
    }

    /** Whether the child named a place. */
    public @Nullable Phrase place() {
        return places.isEmpty() ? null : places.get(0);
    }
}
