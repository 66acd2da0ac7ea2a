package com.novastoryteller.narration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

import com.novastoryteller.engine.Speech;
import com.novastoryteller.engine.embedded.EmbeddedNarrator;

class LoudnessTests {

    @Test
    void aQuietVoiceAndALoudOneEndUpEquallyLoud() {
        byte[] quiet = Loudness.normalised(tone(0.1));
        byte[] loud = Loudness.normalised(tone(0.5));
        assertThat(Loudness.level(quiet)).isCloseTo(Loudness.TARGET_LEVEL, within(Loudness.TARGET_LEVEL * 0.02));
        assertThat(Loudness.level(loud)).isCloseTo(Loudness.TARGET_LEVEL, within(Loudness.TARGET_LEVEL * 0.02));
    }

    @Test
    void theLoudestSampleNeverClips() {
        byte[] clicks = new byte[2000];
        clicks[1] = 0x40;
        byte[] raised = Loudness.normalised(clicks);
        assertThat(Math.abs((short) ((raised[0] & 0xff) | (raised[1] << 8)))).isLessThanOrEqualTo(Short.MAX_VALUE);
        assertThat((short) ((raised[0] & 0xff) | (raised[1] << 8))).isPositive();
    }

    @Test
    void theMaleAndFemaleEnginesAreHeardAtTheSameLevel() {
        EmbeddedNarrator narrator = new EmbeddedNarrator();
        Speech storyteller = narrator.speak("The little boat sailed home before the storm.", "storyteller");
        Speech giant = narrator.speak("The little boat sailed home before the storm.", "giant");
        assertThat(Loudness.level(giant.pcm())).as("FreeTTS is quieter as it comes").isLessThan(Loudness.level(storyteller.pcm()) * 0.6);
        assertThat(Loudness.level(Loudness.normalised(giant.pcm())))
                .isCloseTo(Loudness.level(Loudness.normalised(storyteller.pcm())), within(Loudness.TARGET_LEVEL * 0.1));
    }

    private static byte[] tone(double amplitude) {
        byte[] pcm = new byte[16_000 * 2];
        for (int i = 0; i < pcm.length / 2; i++) {
            int sample = (int) (Math.sin(i * 2 * Math.PI * 220 / 16_000) * amplitude * Short.MAX_VALUE);
            pcm[2 * i] = (byte) sample;
            pcm[2 * i + 1] = (byte) (sample >> 8);
        }
        return pcm;
    }
}
