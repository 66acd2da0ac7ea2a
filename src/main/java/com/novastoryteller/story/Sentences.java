package com.novastoryteller.story;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Cuts text into sentences, the unit narration is voiced and highlighted in. */
public final class Sentences {

    private Sentences() {
    }

    public static List<String> split(String text) {
        String flat = text.replaceAll("\\s+", " ").strip();
        List<String> sentences = new ArrayList<>();
        BreakIterator boundaries = BreakIterator.getSentenceInstance(Locale.ENGLISH);
        boundaries.setText(flat);
        int start = boundaries.first();
        for (int end = boundaries.next(); end != BreakIterator.DONE; start = end, end = boundaries.next()) {
            String sentence = flat.substring(start, end).strip();
            if (!sentence.isEmpty()) {
                sentences.add(sentence);
            }
        }
        return sentences;
    }
}
