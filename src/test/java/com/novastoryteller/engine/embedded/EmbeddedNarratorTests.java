package com.novastoryteller.engine.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.novastoryteller.engine.NarratorVoice;
import com.novastoryteller.engine.Speech;
import com.novastoryteller.support.VoiceMeter;

class EmbeddedNarratorTests {

    private static final String LINE = "Once upon a time, a little fox found a shiny key under the old oak tree, and she wondered what it could open.";

    private static final EmbeddedNarrator narrator = new EmbeddedNarrator();
    private static final Map<String, Speech> spoken = new LinkedHashMap<>();

    /** Speaks one line in every voice and keeps it as target/voices/<voice>.wav, to listen to. */
    @BeforeAll
    static void speakInEveryVoice() throws IOException {
        Path folder = Files.createDirectories(Path.of("target", "voices"));
        for (NarratorVoice voice : narrator.voices()) {
            Speech speech = narrator.speak(LINE, voice.id());
            spoken.put(voice.id(), speech);
            AudioFormat format = new AudioFormat(speech.sampleRate(), 16, 1, true, false);
            try (AudioInputStream audio = new AudioInputStream(new ByteArrayInputStream(speech.pcm()), format,
                    speech.pcm().length / 2)) {
                AudioSystem.write(audio, AudioFileFormat.Type.WAVE, folder.resolve(voice.id() + ".wav").toFile());
            }
        }
        spoken.forEach((voice, speech) -> System.out.printf("%-12s pitch %5.0f Hz  %5.0f words/min  %5d ms%n", voice,
                VoiceMeter.medianPitchHz(speech), VoiceMeter.wordsPerMinute(speech), speech.durationMs()));
    }

    @Test
    void theCharacterVoicesSoundAsTheirNamesPromise() {
        assertThat(pitch("giant")).isLessThan(pitch("storyteller") * 0.6);
        assertThat(rate("giant")).isLessThan(rate("storyteller") * 0.85);
        assertThat(pitch("mouse")).isGreaterThan(pitch("storyteller") * 1.4);
        assertThat(rate("mouse")).isGreaterThan(rate("storyteller") * 1.2);
        assertThat(pitch("child")).isGreaterThan(pitch("storyteller") * 1.2);
        assertThat(rate("sage")).isLessThan(rate("storyteller") * 0.9);
        assertThat(pitch("villain")).isLessThan(pitch("storyteller") * 0.8);
    }

    @Test
    void everyTwoVoicesDifferInPitchOrRate() {
        for (String one : spoken.keySet()) {
            for (String other : spoken.keySet()) {
                if (one.compareTo(other) < 0) {
                    double pitchRatio = Math.max(pitch(one), pitch(other)) / Math.min(pitch(one), pitch(other));
                    double rateRatio = Math.max(rate(one), rate(other)) / Math.min(rate(one), rate(other));
                    assertThat(Math.max(pitchRatio, rateRatio)).as(one + " and " + other).isGreaterThan(1.08);
                }
            }
        }
    }

    @Test
    void wordTimingsFollowTheWordsAndEndWithTheSound() {
        spoken.forEach((voice, speech) -> {
            assertThat(speech.words()).as(voice).extracting(Speech.WordTiming::text).contains("fox", "key", "open");
            long previousEnd = 0;
            for (Speech.WordTiming word : speech.words()) {
                assertThat(word.startMs()).as(voice + " " + word).isGreaterThanOrEqualTo(previousEnd).isLessThan(word.endMs());
                previousEnd = word.endMs();
            }
            assertThat(speech.durationMs() - previousEnd).as(voice + ": silence after the last word").isBetween(0L, 800L);
        });
    }

    /** A child changed the story: the old sentence stops part-way, and the same thread then speaks the next one whole. */
    @Test
    void anInterruptedSentenceStopsAndTheThreadSpeaksOnAfterwards() throws Exception {
        ExecutorService thread = Executors.newSingleThreadExecutor();
        try {
            Future<?> stopped = thread.submit(() -> {
                Thread.currentThread().interrupt();
                return narrator.speak(LINE + " " + LINE, "storyteller");
            });
            assertThatThrownBy(stopped::get).hasCauseInstanceOf(CancellationException.class);

            Speech next = thread.submit(() -> narrator.speak(LINE, "storyteller")).get();
            assertThat(next.pcm()).as("the next sentence is not harmed by the stop").isEqualTo(spoken.get("storyteller").pcm());
            assertThat(next.words()).isEqualTo(spoken.get("storyteller").words());
        }
        finally {
            thread.shutdownNow();
        }
    }

    private static double pitch(String voice) {
        return VoiceMeter.medianPitchHz(spoken.get(voice));
    }

    private static double rate(String voice) {
        return VoiceMeter.wordsPerMinute(spoken.get(voice));
    }
}
