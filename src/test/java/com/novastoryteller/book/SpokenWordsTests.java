package com.novastoryteller.book;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.novastoryteller.book.SpokenWords.Word;
import com.novastoryteller.engine.Speech.WordTiming;

/** Each written word lights up from when it is first heard until the next heard word starts. */
class SpokenWordsTests {

    @Test
    void aWordSpokenAsTwoTokensIsHeardFromTheFirst() {
        List<Word> words = SpokenWords.of("Mia's kite flew.", List.of(new WordTiming("Mia", 0, 300),
                new WordTiming("s", 300, 400), new WordTiming("kite", 400, 800), new WordTiming("flew", 800, 1200)), 1500);

        assertThat(words).containsExactly(new Word("Mia's", 0L, 400L), new Word("kite", 400L, 800L),
                new Word("flew.", 800L, 1500L));
    }

    @Test
    void aWordNoTimingBelongsToHasNoTimesAndTheOneBeforeLastsUntilTheNextHeard() {
        List<Word> words = SpokenWords.of("  Shelly   swam — far away ", List.of(new WordTiming("Shelly", 100, 500),
                new WordTiming("swam", 500, 900), new WordTiming("away", 1300, 1700)), 1800);

        assertThat(words).containsExactly(new Word("Shelly", 100L, 500L), new Word("swam", 500L, 1300L),
                new Word("—", null, null), new Word("far", null, null), new Word("away", 1300L, 1800L));
    }

    @Test
    void aTimingTooFarAheadOrUnlikeAnyWordIsPassedOver() {
        List<Word> words = SpokenWords.of("one two three four five six", List.of(new WordTiming("hmm", 0, 100),
                new WordTiming("six", 100, 200), new WordTiming("one", 200, 200), new WordTiming("two", 200, 300)), 400);

        assertThat(words).extracting(Word::startMs).containsExactly(200L, 200L, null, null, null, null);
        assertThat(words.get(0).endMs()).as("never shorter than a millisecond").isEqualTo(201L);
    }
}
