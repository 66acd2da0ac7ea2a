package com.novastoryteller.engine;

import java.util.List;

/** Spoken text: 16-bit little-endian mono PCM at {@code sampleRate}, and when each word is heard. */
public record Speech(byte[] pcm, int sampleRate, List<WordTiming> words) {

    public long durationMs() {
        return pcm.length / 2 * 1000L / sampleRate;
    }

    /** A word as written and the time it is heard, from the start of the speech. */
    public record WordTiming(String text, long startMs, long endMs) {
    }
}
