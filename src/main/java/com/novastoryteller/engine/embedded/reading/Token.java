package com.novastoryteller.engine.embedded.reading;

import java.util.Locale;

/** One word of a request with its Penn Treebank tag and its chunk label (B-NP, I-VP, O...). */
record Token(String text, String tag, String chunk) {

    String lower() {
        return text.toLowerCase(Locale.ROOT);
    }

    boolean isNoun() {
        return tag.startsWith("NN");
    }

    boolean isName() {
        return tag.startsWith("NNP");
    }

    boolean isVerb() {
        return tag.startsWith("VB") || tag.equals("MD");
    }

    boolean isAdjective() {
        return tag.startsWith("JJ");
    }

    boolean is(String... words) {
        for (String word : words) {
            if (lower().equals(word)) {
                return true;
            }
        }
        return false;
    }

    Token tagged(String newTag) {
        return new Token(text, newTag, chunk);
    }

    Token chunked(String newChunk) {
        return new Token(text, tag, newChunk);
    }

    Token spelled(String newText) {
        return new Token(newText, tag, chunk);
    }
}
