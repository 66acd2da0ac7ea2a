package com.novastoryteller.narration;

import java.util.List;

import com.novastoryteller.engine.Speech.WordTiming;

/** One spoken segment: stored once under a key made of its voice and words, so the same words in the same voice are never synthesised twice. */
public record NarrationClip(String key, String voice, String mediaKey, long durationMs, List<WordTiming> words) {
}
