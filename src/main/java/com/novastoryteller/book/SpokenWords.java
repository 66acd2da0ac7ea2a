package com.novastoryteller.book;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

import com.novastoryteller.engine.Speech.WordTiming;

/**
 * When each written word of a sentence is heard, from the synthesiser's word timings, which may split a written
 * word ("Mia's" spoken as two tokens) or skip one. The same matching as the web player's, so a book and the
 * player light up the same words.
 */
final class SpokenWords {

    private SpokenWords() {
    }

    /** A written word and when it is heard ({@code null} times for a word no timing belongs to). */
    record Word(String text, @Nullable Long startMs, @Nullable Long endMs) {
    }

    static List<Word> of(String sentence, List<WordTiming> timings, long durationMs) {
        List<String> written = Arrays.stream(sentence.strip().split("\\s+")).filter(word -> !word.isEmpty()).toList();
        long[] start = starts(written, timings);
        List<Word> words = new ArrayList<>();
        for (int index = 0; index < written.size(); index++) {
            if (start[index] < 0) {
                words.add(new Word(written.get(index), null, null));
                continue;
            }
            long end = durationMs;
            for (int later = index + 1; later < written.size(); later++) {
                if (start[later] >= 0) {
                    end = start[later];
                    break;
                }
            }
            words.add(new Word(written.get(index), start[index], Math.max(end, start[index] + 1)));
        }
        return words;
    }

    /**
     * When each written word is first heard, -1 for one no timing belongs to. A timing is matched to the word it
     * begins or goes on with, or to one of the next few, so that a skipped word does not lose the rest.
     */
    private static long[] starts(List<String> written, List<WordTiming> timings) {
        long[] start = new long[written.size()];
        Arrays.fill(start, -1);
        int next = 0;
        String consumed = "";
        for (WordTiming timing : timings) {
            String spoken = normalised(timing.text());
            for (int look = next; !spoken.isEmpty() && look < Math.min(written.size(), next + 4); look++) {
                String word = normalised(written.get(look));
                String rest = look == next ? word.substring(Math.min(consumed.length(), word.length())) : word;
                if (rest.startsWith(spoken) || (look == next && word.startsWith(consumed + spoken))) {
                    if (start[look] < 0) {
                        start[look] = timing.startMs();
                    }
                    consumed = (look == next ? consumed : "") + spoken;
                    next = look;
                    if (consumed.length() >= word.length()) {
                        next = look + 1;
                        consumed = "";
                    }
                    break;
                }
            }
        }
        return start;
    }

    private static String normalised(String word) {
        return word.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    }
}
