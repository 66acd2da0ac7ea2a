package com.novastoryteller.character;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

import com.novastoryteller.engine.Scene;

/**
 * A library character picked for a story, as the story keeps it: what the writer is told about them, the voice
 * they speak with (null lets the story choose) and how they are drawn.
 */
public record ChosenCharacter(UUID id, String name, String description, @Nullable String voice, Scene.Figure figure) {

    static ChosenCharacter of(LibraryCharacter character) {
        return new ChosenCharacter(character.id(), character.name(), told(character), character.voice(),
                character.figure());
    }

    /** What the writer is told about a character: their description, then what they are like. */
    private static String told(LibraryCharacter character) {
        String traits = character.keyTraits() == null ? "" : character.keyTraits();
        if (character.description().isBlank()) {
            return traits.isBlank() ? "" : character.name() + " was " + traits + ".";
        }
        String description = character.description().replaceAll("[.!\\s]+$", "");
        return traits.isBlank() ? description : description + ". " + character.name() + " was " + traits;
    }
}
