package com.novastoryteller.support;

import java.util.ArrayList;
import java.util.List;

import com.novastoryteller.engine.Speech;

/** Measures a voice from its sound: median pitch of the voiced frames, and speaking rate from the word timings. */
public final class VoiceMeter {

    private VoiceMeter() {
    }

    /**
     * Median fundamental frequency in Hz over frames loud enough to be speech, by autocorrelation (50-600 Hz):
     * the shortest lag that correlates nearly as well as the best one, so that a period's multiples do not win.
     */
    public static double medianPitchHz(Speech speech) {
        int step = Math.max(1, speech.sampleRate() / 16_000);
        double[] samples = decimated(samples(speech.pcm()), step);
        int rate = speech.sampleRate() / step;
        int frame = rate * 40 / 1000;
        int minLag = rate / 600;
        int maxLag = rate / 50;
        double loudest = 0;
        for (double sample : samples) {
            loudest = Math.max(loudest, Math.abs(sample));
        }
        List<Double> pitches = new ArrayList<>();
        for (int start = 0; start + frame + maxLag < samples.length; start += frame / 2) {
            double energy = 0;
            for (int i = start; i < start + frame; i++) {
                energy += samples[i] * samples[i];
            }
            if (Math.sqrt(energy / frame) < loudest * 0.08) {
                continue;
            }
            double[] correlations = new double[maxLag + 1];
            double best = 0;
            for (int lag = minLag; lag <= maxLag; lag++) {
                double sum = 0;
                double norm = 0;
                for (int i = start; i < start + frame; i++) {
                    sum += samples[i] * samples[i + lag];
                    norm += samples[i + lag] * samples[i + lag];
                }
                correlations[lag] = sum / Math.sqrt(energy * norm + 1e-9);
                best = Math.max(best, correlations[lag]);
            }
            if (best > 0.6) {
                for (int lag = minLag; lag <= maxLag; lag++) {
                    if (correlations[lag] >= best * 0.9 && correlations[lag] >= correlations[lag - 1]
                            && (lag == maxLag || correlations[lag] >= correlations[lag + 1])) {
                        pitches.add((double) rate / lag);
                        break;
                    }
                }
            }
        }
        return pitches.isEmpty() ? 0 : pitches.stream().sorted().toList().get(pitches.size() / 2);
    }

    /** Words per minute, counted from the first word's start to the last word's end. */
    public static double wordsPerMinute(Speech speech) {
        List<Speech.WordTiming> words = speech.words().stream().filter(w -> w.text().chars().anyMatch(Character::isLetter)).toList();
        long spokenMs = words.get(words.size() - 1).endMs() - words.get(0).startMs();
        return words.size() * 60_000.0 / spokenMs;
    }

    /** Every step-th sample, each the average of its step neighbours (a crude low-pass), to measure fast. */
    private static double[] decimated(double[] samples, int step) {
        double[] fewer = new double[samples.length / step];
        for (int i = 0; i < fewer.length; i++) {
            for (int j = 0; j < step; j++) {
                fewer[i] += samples[i * step + j] / step;
            }
        }
        return fewer;
    }

    private static double[] samples(byte[] pcm) {
        double[] samples = new double[pcm.length / 2];
        for (int i = 0; i < samples.length; i++) {
            samples[i] = (short) ((pcm[2 * i] & 0xff) | (pcm[2 * i + 1] << 8));
        }
        return samples;
    }
}
