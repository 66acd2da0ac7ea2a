package com.novastoryteller.engine;

import java.util.function.Consumer;

/**
 * Writes a story as a stream of lines in the story format, handing each complete line to {@code lines}
 * the moment it exists:
 * <pre>
 * TITLE: The Moon Garden
 * PART: A Strange Seed
 * NARRATOR: Mia found a silver seed under her pillow.
 * MIA: "Where did you come from?"
 * </pre>
 * The first line is the title; every part starts with a {@code PART:} line; other lines are spoken by
 * the narrator or by a character named in capitals.
 */
public interface StoryWriter {

    void write(StoryRequest request, Consumer<String> lines);
}
