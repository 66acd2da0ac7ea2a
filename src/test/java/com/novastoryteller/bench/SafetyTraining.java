package com.novastoryteller.bench;

import java.nio.file.Path;

import com.novastoryteller.engine.embedded.safety.MeaningCheck;

/**
 * Learns the safety filter's classifier from its examples ({@code safety/meaning/} and {@code safety/training/})
 * and writes it into the sources, so that the application reads it at start instead of learning it each time.
 * Run after changing any example: {@code bench/train-safety}.
 */
public final class SafetyTraining {

    private SafetyTraining() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args.length > 0 ? args[0] : "src/main/resources/safety/meaning/classifier.bin");
        long started = System.nanoTime();
        MeaningCheck.writeClassifier(file);
        System.out.printf("classifier written to %s in %.1f s%n", file, (System.nanoTime() - started) / 1e9);
    }
}
