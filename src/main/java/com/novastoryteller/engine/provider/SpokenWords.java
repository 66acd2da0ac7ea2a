package com.novastoryteller.engine.provider;

import java.util.ArrayList;
import java.util.List;

import com.novastoryteller.engine.Speech;

/** Word timings for speech that came without them: each word gets a share of the time by its length. */
public final class SpokenWords {

    private SpokenWords() {
    }

    public static List<Speech.WordTiming> spread(String text, long durationMs) {
        String[] words = text.strip().split("\\s+");
        long letters = 0;
        for (String word : words) {
            letters += word.length() + 1;
        }
        List<Speech.WordTiming> timings = new ArrayList<>();
        long at = 0;
        for (String word : words) {
            if (word.isEmpty()) {
                continue;
            }
            long length = Math.max(1, durationMs * (word.length() + 1) / Math.max(1, letters));
            timings.add(new Speech.WordTiming(word, at, Math.min(durationMs, at + length)));
            at += length;
        }
        return timings;
    }
}
