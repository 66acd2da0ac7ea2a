package com.novastoryteller.engine.embedded.reading;

import java.util.ArrayList;
import java.util.List;

/** One chunk of the request, as the chunker labelled it: a noun phrase ("NP"), verbs ("VP"), a preposition ("PP"), or "O" for a word of none. */
record Span(String label, int start, int end) {

    static List<Span> of(Sentence sentence) {
        List<Span> spans = new ArrayList<>();
        int start = 0;
        String label = null;
        for (int n = 0; n < sentence.size(); n++) {
            String chunk = sentence.tokens.get(n).chunk();
            boolean begins = chunk.startsWith("B-") || chunk.equals("O") || label == null || !chunk.substring(2).equals(label);
            if (begins && label != null) {
                spans.add(new Span(label, start, n));
                label = null;
            }
            if (chunk.equals("O")) {
                spans.add(new Span("O", n, n + 1));
            }
            else if (begins) {
                label = chunk.substring(2);
                start = n;
            }
        }
        if (label != null) {
            spans.add(new Span(label, start, sentence.size()));
        }
        return spans;
    }
}
