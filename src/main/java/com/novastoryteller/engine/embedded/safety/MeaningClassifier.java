package com.novastoryteller.engine.embedded.safety;

import java.util.List;

/**
 * A softmax regression over sentence vectors: for each class (the unsafe categories and "innocent"), a weight per
 * dimension and a bias, learnt from the curated examples by full-batch gradient descent with weight decay. Each
 * class counts as much as any other however many examples it has, so the many innocent examples do not drown a
 * category with few. It learns the direction in which a category lies, where a nearest example only says how close
 * the one most similar sentence happens to be; so a request worded unlike every example is still read.
 *
 * <p>Written here rather than taken from a library: the maintained Java learners are either GPL-licensed or far
 * larger than these forty lines, and training on a few thousand vectors takes about a second.
 */
final class MeaningClassifier {

    private static final int ROUNDS = 400;
    private static final double LEARNING_RATE = 20.0;
    private static final double WEIGHT_DECAY = 1e-4;

    private final double[][] weights;
    private final double[] biases;

    private MeaningClassifier(double[][] weights, double[] biases) {
        this.weights = weights;
        this.biases = biases;
    }

    /** Learns from {@code examples.get(c)}, the vectors of class {@code c}. Deterministic: the same examples, the same weights. */
    static MeaningClassifier train(List<List<float[]>> examples) {
        int classes = examples.size();
        int dimensions = examples.stream().flatMap(List::stream).findFirst().orElseThrow().length;
        double[][] weights = new double[classes][dimensions];
        double[] biases = new double[classes];
        for (int round = 0; round < ROUNDS; round++) {
            double[][] gradient = new double[classes][dimensions];
            double[] biasGradient = new double[classes];
            for (int truth = 0; truth < classes; truth++) {
                double share = 1.0 / (classes * examples.get(truth).size());
                for (float[] vector : examples.get(truth)) {
                    double[] probabilities = probabilities(weights, biases, vector);
                    for (int c = 0; c < classes; c++) {
                        double error = (probabilities[c] - (c == truth ? 1 : 0)) * share;
                        biasGradient[c] += error;
                        for (int d = 0; d < dimensions; d++) {
                            gradient[c][d] += error * vector[d];
                        }
                    }
                }
            }
            for (int c = 0; c < classes; c++) {
                biases[c] -= LEARNING_RATE * biasGradient[c];
                for (int d = 0; d < dimensions; d++) {
                    weights[c][d] -= LEARNING_RATE * (gradient[c][d] + WEIGHT_DECAY * weights[c][d]);
                }
            }
        }
        return new MeaningClassifier(weights, biases);
    }

    /** How likely the vector is to belong to each class, in the order the classes were trained; they sum to one. */
    double[] probabilities(float[] vector) {
        return probabilities(weights, biases, vector);
    }

    private static double[] probabilities(double[][] weights, double[] biases, float[] vector) {
        double[] scores = new double[weights.length];
        double highest = Double.NEGATIVE_INFINITY;
        for (int c = 0; c < weights.length; c++) {
            double score = biases[c];
            for (int d = 0; d < vector.length; d++) {
                score += weights[c][d] * vector[d];
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
