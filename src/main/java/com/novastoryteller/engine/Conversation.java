package com.novastoryteller.engine;

import java.util.List;

/**
 * A live, spoken conversation with the storyteller (Nova 2 Sonic): the child's voice goes in as it is recorded, and
 * the storyteller's transcript of it, its words and its spoken answer come back as they are made. Off by default
 * ({@code storyteller.providers.conversation=off}); nothing the child says is kept.
 */
public interface Conversation {

    /**
     * Opens one turn of the conversation.
     *
     * @param instructions  who the storyteller is and what the story is so far
     * @param earlier       what was said in this conversation before, oldest first, so a new turn (or one after the
     *                      provider's session limit) carries on where the last left off
     */
    Turn open(String instructions, List<Line> earlier, Listener listener);

    default boolean isOn() {
        return true;
    }

    /** Something said earlier in the conversation, by the child or by the storyteller. */
    record Line(boolean byChild, String text) {
    }

    /** The child's turn while it is open: their voice, then the end of it. */
    interface Turn {

        /** 16-bit little-endian mono PCM at 16 kHz. */
        void audio(byte[] pcm);

        /** The child has finished speaking; the storyteller answers and the turn closes. */
        void finish();
    }

    /** What the storyteller sends back, as it comes. */
    interface Listener {

        /** The final transcript of what the child said. */
        default void heard(String text) {
        }

        /** The storyteller's own words. */
        default void said(String text) {
        }

        /** A piece of the storyteller's spoken answer: 16-bit little-endian mono PCM at 24 kHz. */
        default void spoke(byte[] pcm) {
        }

        /** The child spoke over the storyteller: what it was saying stops. */
        default void interrupted() {
        }

        /** The turn is over: answered, or failed (the message says how, for the family). */
        default void ended(@org.jspecify.annotations.Nullable String failure) {
        }
    }
}
