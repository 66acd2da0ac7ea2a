package com.novastoryteller.engine;

import java.util.List;

/**
 * Speaks text in one of its voices, returning the sound and when each word is heard. Implementations
 * may be slow to start; {@link #warmUp()} is called once in the background at start-up.
 */
public interface Narrator {

    /** The voices on offer, the storyteller's own first, then the character voices in casting order. */
    List<NarratorVoice> voices();

    /** Whether there is a voice for the story's language (an IETF tag such as {@code en-US}). */
    boolean speaks(String language);

    Speech speak(String text, String voice);

    /** Names the engines and their settings; it changes whenever the same words in the same voice would sound different. */
    String edition();

    default void warmUp() {
    }

    /** False when the installation switched narration off. */
    default boolean isOn() {
        return true;
    }
}
