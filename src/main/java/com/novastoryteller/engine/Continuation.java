package com.novastoryteller.engine;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The rest of a story already begun. {@code storySoFar} is what the child has heard, in the story format
 * ({@code PART:} lines and spoken lines); the writer writes only what follows it, without a title, keeping
 * the hero, the companions and the setting.
 *
 * @param instruction what should happen now (an interruption), the child's wish for the next part
 *                    (may be null), or the option the child chose
 * @param path        every option the child has chosen so far, in order, this one included
 */
public record Continuation(Kind kind, List<String> storySoFar, @Nullable String instruction, List<String> path) {

    public Continuation {
        storySoFar = List.copyOf(storySoFar);
        path = List.copyOf(path);
    }

    public enum Kind {
        /** The child stopped the story: the instruction happens now, and the story carries on from there to an end. */
        INTERRUPT,
        /** A next part after the ending. */
        CONTINUE,
        /** The child picked one of the choices that ended the story so far. */
        CHOOSE
    }
}
