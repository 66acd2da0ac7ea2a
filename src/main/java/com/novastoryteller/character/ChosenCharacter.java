package com.novastoryteller.character;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

import com.novastoryteller.engine.Scene;

/**
 * A library character picked for a story, as the story keeps it: what the writer is told about them, the voice
 * they speak with (null lets the story choose) and how they are drawn.
 */
public record ChosenCharacter(UUID id, String name, String description, @Nullable String voice, Scene.Figure figure) {
}
