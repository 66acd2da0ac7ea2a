package com.novastoryteller.engine.embedded.reading;

import org.jspecify.annotations.Nullable;

/**
 * What the heroes want, in the child's words: a verb (inflected as the sentence needs), the words that follow
 * it ("to fly", "for", "being afraid of"), its object, and what comes after the object ("home", "pink").
 * "learn" + "to fly" + "a kite" is told "to learn to fly a kite", "learned to fly the kite", "learning to fly the kite".
 *
 * @param question for a question or a mystery, the question itself ("why the sky is blue"), or null
 */
public record Goal(Shape shape, String verb, String rest, @Nullable Phrase object, String tail, @Nullable String question) {

    /** "to learn to fly a kite": the goal as the child first said it. */
    public String toDo() {
        return "to " + join(verb, object == null ? null : object.words());
    }

    /** "learn to fly the kite", after "could" or "will". */
    public String doIt() {
        return join(verb, known());
    }

    public String did(Lexicon lexicon) {
        return join(lexicon.past(verb), known());
    }

    public String doing(Lexicon lexicon) {
        return join(lexicon.ing(verb), known());
    }

    /** The object once it has been mentioned; one still to be met or become ("a friend", "a butterfly") keeps its "a". */
    private @Nullable String known() {
        if (object == null) {
            return null;
        }
        boolean stillToCome = shape == Shape.BEFRIEND || verb.equals("become") || verb.equals("get") || rest.endsWith("being");
        return stillToCome ? object.words() : object.definite();
    }

    /** The goal's object as already known: "the kite"; null when the goal has none. */
    public @Nullable String thing() {
        return object == null ? null : object.definite();
    }

    private String join(String verbWord, @Nullable String objectWords) {
        StringBuilder phrase = new StringBuilder(verbWord);
        for (String part : new String[] { rest, objectWords, tail }) {
            if (part != null && !part.isBlank()) {
                phrase.append(' ').append(part);
            }
        }
        return phrase.toString();
    }
}
