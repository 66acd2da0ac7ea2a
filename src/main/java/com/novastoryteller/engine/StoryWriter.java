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
 * the narrator or by a character named in capitals. An interactive story may end with two or three
 * {@code CHOICE:} lines, after a narrated question that asks the child to pick one. A continuation
 * ({@link StoryRequest#continuation()}) has no title and starts a {@code PART:} only for a new part. A
 * {@code NOTICE:} line is a word for the family about how the story was written (the offline storyteller took
 * over from a provider); only the product writes one.
 */
public interface StoryWriter {

    void write(StoryRequest request, Consumer<String> lines);
}
