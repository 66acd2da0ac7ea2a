package com.novastoryteller.engine.embedded.safety;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * A softmax regression over what a sentence means (its vector from the sentence encoder) and the words it uses
 * (each word and each pair of neighbouring words, hashed into a fixed number of slots): for each class (the unsafe
 * categories and "innocent") a weight per feature and a bias, learnt from the curated examples by full-batch
 * gradient descent with weight decay. The innocent class (the last) counts for a quarter, and each unsafe category
 * as much as any other, however many examples each has. The
 * vector carries what is meant in words never seen before; the words carry what the vector blurs ("pills" and
 * "vitamins" mean nearly the same to the encoder).
 *
 * <p>Written here rather than taken from a library: the maintained Java learners are either GPL-licensed or far
 * larger than this, and training on a few thousand examples takes a few seconds.
 */
final class MeaningClassifier {

    /** How many slots the hashed words share. */
    static final int WORD_SLOTS = 1 << 15;

    /** Names the features and the training: a classifier written with another is learnt again. */
    static final String FORMAT = "meaning-classifier/3: minilm-l6-q + words and pairs in 32768 slots, 300 rounds, innocent 0.125";

    private static final int ROUNDS = 300;
    private static final double INNOCENT_SHARE = 0.125;
    private static final double LEARNING_RATE = 20.0;
    private static final double WEIGHT_DECAY = 1e-5;

    private final double[][] meaningWeights;
    private final double[][] wordWeights;
    private final double[] biases;

    private MeaningClassifier(double[][] meaningWeights, double[][] wordWeights, double[] biases) {
        this.meaningWeights = meaningWeights;
        this.wordWeights = wordWeights;
        this.biases = biases;
    }

    /** One sentence as the classifier reads it: its unit meaning vector, and the slots of its words, each counting {@code wordWeight}. */
    record Features(float[] meaning, int[] words, double wordWeight) {
    }

    /** Learns from {@code examples.get(c)}, the sentences of class {@code c}. Deterministic: the same examples, the same weights. */
    static MeaningClassifier train(List<List<Features>> examples) {
        int classes = examples.size();
        int dimensions = examples.stream().flatMap(List::stream).findFirst().orElseThrow().meaning().length;
        MeaningClassifier model = new MeaningClassifier(new double[classes][dimensions], new double[classes][WORD_SLOTS],
                new double[classes]);
        for (int round = 0; round < ROUNDS; round++) {
            double[][] meaningGradient = new double[classes][dimensions];
            double[][] wordGradient = new double[classes][WORD_SLOTS];
            double[] biasGradient = new double[classes];
            for (int truth = 0; truth < classes; truth++) {
                // every class weighs alike, the innocent (the last) as one of them
                double classShare = truth == classes - 1 ? INNOCENT_SHARE : (1 - INNOCENT_SHARE) / (classes - 1);
                double share = classShare / examples.get(truth).size();
                for (Features example : examples.get(truth)) {
                    double[] probabilities = model.probabilities(example);
                    for (int c = 0; c < classes; c++) {
                        double error = (probabilities[c] - (c == truth ? 1 : 0)) * share;
                        biasGradient[c] += error;
                        for (int d = 0; d < dimensions; d++) {
                            meaningGradient[c][d] += error * example.meaning()[d];
                        }
                        for (int slot : example.words()) {
                            wordGradient[c][slot] += error * example.wordWeight();
                        }
                    }
                }
            }
            for (int c = 0; c < classes; c++) {
                model.biases[c] -= LEARNING_RATE * biasGradient[c];
                step(model.meaningWeights[c], meaningGradient[c]);
                step(model.wordWeights[c], wordGradient[c]);
            }
        }
        return model;
    }

    /** Writes the weights, with the fingerprint of the examples they were learnt from. */
    void write(DataOutputStream out, String fingerprint) throws IOException {
        out.writeUTF(FORMAT);
        out.writeUTF(fingerprint);
        out.writeInt(biases.length);
        out.writeInt(meaningWeights[0].length);
        for (int c = 0; c < biases.length; c++) {
            out.writeDouble(biases[c]);
            for (double weight : meaningWeights[c]) {
                out.writeFloat((float) weight);
            }
            // most word slots are never used by any example: only the others are kept
            int used = 0;
            for (double weight : wordWeights[c]) {
                used += weight != 0 ? 1 : 0;
            }
            out.writeInt(used);
            for (int slot = 0; slot < WORD_SLOTS; slot++) {
                if (wordWeights[c][slot] != 0) {
                    out.writeInt(slot);
                    out.writeFloat((float) wordWeights[c][slot]);
                }
            }
        }
    }

    /** The weights written by {@link #write}, if they were learnt from examples with this fingerprint. */
    static Optional<MeaningClassifier> read(DataInputStream in, String fingerprint) throws IOException {
        if (!in.readUTF().equals(FORMAT) || !in.readUTF().equals(fingerprint)) {
            return Optional.empty();
        }
        int classes = in.readInt();
        int dimensions = in.readInt();
        MeaningClassifier model = new MeaningClassifier(new double[classes][dimensions], new double[classes][WORD_SLOTS],
                new double[classes]);
        for (int c = 0; c < classes; c++) {
            model.biases[c] = in.readDouble();
            for (int d = 0; d < dimensions; d++) {
                model.meaningWeights[c][d] = in.readFloat();
            }
            for (int used = in.readInt(); used > 0; used--) {
                model.wordWeights[c][in.readInt()] = in.readFloat();
            }
        }
        return Optional.of(model);
    }

    private static void step(double[] weights, double[] gradient) {
        for (int n = 0; n < weights.length; n++) {
            weights[n] -= LEARNING_RATE * (gradient[n] + WEIGHT_DECAY * weights[n]);
        }
    }

    /** How likely the sentence is to belong to each class, in the order the classes were trained; they sum to one. */
    double[] probabilities(Features sentence) {
        double[] scores = new double[biases.length];
        double highest = Double.NEGATIVE_INFINITY;
        for (int c = 0; c < biases.length; c++) {
            double score = biases[c];
            for (int d = 0; d < sentence.meaning().length; d++) {
                score += meaningWeights[c][d] * sentence.meaning()[d];
            }
            for (int slot : sentence.words()) {
                score += wordWeights[c][slot] * sentence.wordWeight();
            }
            scores[c] = score;
            highest = Math.max(highest, score);
        }
        double total = 0;
        for (int c = 0; c < scores.length; c++) {
            scores[c] = Math.exp(scores[c] - highest);
            total += scores[c];
        }
        for (int c = 0; c < scores.length; c++) {
            scores[c] /= total;
        }
        return scores;
    }
}
