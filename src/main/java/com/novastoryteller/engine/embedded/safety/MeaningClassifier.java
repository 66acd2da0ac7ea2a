package com.novastoryteller.engine.embedded.safety;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.IntStream;

/**
 * A small "wide and deep" network over one sentence. The deep part reads what the sentence means: its vector from the
 * sentence encoder passes through one hidden layer, which can learn that "never wake up" is self-harm in a story
 * about tablets and a happy ending in a story about winter bears. The wide part reads the words it uses: each word
 * and each pair of neighbouring words, hashed into a fixed number of slots, weighs directly on each class, because
 * the encoder blurs words that matter ("pills" and "vitamins" mean nearly the same to it). The classes are the
 * unsafe categories and "innocent" (the last); the innocent examples count for half, each unsafe category for an
 * equal share of the other half, however many examples each has.
 *
 * <p>Three such networks, each learnt from its own seed, are averaged: one alone is often all but certain about a
 * short sentence it has little to go on ("I can't do it."). Each is learnt by stochastic gradient descent with
 * dropout and weight decay from a fixed seed, so that the same examples give the same weights.
 *
 * <p>Written here rather than taken from a library: the maintained Java learners are either GPL-licensed or far
 * larger than this, and the three networks learn from thirty-six thousand sentences in several minutes.
 */
final class MeaningClassifier {

    /** How many slots the hashed words share. */
    static final int WORD_SLOTS = 1 << 15;

    /** Names the features and the training: a classifier written with another is learnt again. */
    static final String FORMAT = "meaning-classifier/6: three networks averaged, each minilm-l6-q through 256 hidden + words and pairs in 32768 slots, 30 epochs, innocent 0.5; each example also misspelt; weights as brain floats";

    private static final int HIDDEN = 256;
    private static final int EPOCHS = 30;
    private static final double INNOCENT_SHARE = 0.5;
    private static final double LEARNING_RATE = 0.05;
    private static final double WEIGHT_DECAY = 1e-4;
    private static final double DROPOUT = 0.3;
    private static final long SEED = 7;
    /** How many networks, each from its own seed, are averaged: one alone is too sure of itself on short sentences. */
    private static final int MEMBERS = 3;

    private final float[][] hiddenWeights;
    private final float[] hiddenBiases;
    private final float[][] outputWeights;
    private final float[][] wordWeights;
    private final float[] outputBiases;

    private MeaningClassifier(int classes, int dimensions) {
        hiddenWeights = new float[HIDDEN][dimensions];
        hiddenBiases = new float[HIDDEN];
        outputWeights = new float[classes][HIDDEN];
        wordWeights = new float[classes][WORD_SLOTS];
        outputBiases = new float[classes];
    }

    /** One sentence as the classifier reads it: its unit meaning vector, and the slots of its words, each counting {@code wordWeight}. */
    record Features(float[] meaning, int[] words, double wordWeight) {
    }

    /**
     * Learns {@link #MEMBERS} networks from {@code examples.get(c)}, the sentences of class {@code c}, side by side.
     * Deterministic: the same examples, the same weights.
     */
    static List<MeaningClassifier> train(List<List<Features>> examples) {
        return IntStream.range(0, MEMBERS).parallel().mapToObj(member -> train(examples, SEED + member)).toList();
    }

    /** How likely the sentence is to belong to each class, by the networks together. */
    static double[] probabilities(List<MeaningClassifier> networks, Features sentence) {
        double[] mean = new double[networks.get(0).outputBiases.length];
        for (MeaningClassifier network : networks) {
            double[] probabilities = network.probabilities(sentence);
            for (int c = 0; c < mean.length; c++) {
                mean[c] += probabilities[c] / networks.size();
            }
        }
        return mean;
    }

    private static MeaningClassifier train(List<List<Features>> examples, long seed) {
        int classes = examples.size();
        int dimensions = examples.stream().flatMap(List::stream).findFirst().orElseThrow().meaning().length;
        MeaningClassifier model = new MeaningClassifier(classes, dimensions);
        Random random = new Random(seed);
        model.initialise(random);
        List<int[]> order = new ArrayList<>();
        double[] classWeights = new double[classes];
        int total = examples.stream().mapToInt(List::size).sum();
        for (int c = 0; c < classes; c++) {
            double share = c == classes - 1 ? INNOCENT_SHARE : (1 - INNOCENT_SHARE) / (classes - 1);
            classWeights[c] = share * total / examples.get(c).size();
            for (int n = 0; n < examples.get(c).size(); n++) {
                order.add(new int[] {c, n});
            }
        }
        for (int epoch = 0; epoch < EPOCHS; epoch++) {
            Collections.shuffle(order, random);
            for (int[] example : order) {
                model.learn(examples.get(example[0]).get(example[1]), example[0], classWeights[example[0]], random);
            }
        }
        return model;
    }

    private void initialise(Random random) {
        for (float[] row : hiddenWeights) {
            for (int d = 0; d < row.length; d++) {
                row[d] = (float) (random.nextGaussian() * Math.sqrt(2.0 / row.length));
            }
        }
        for (float[] row : outputWeights) {
            for (int h = 0; h < HIDDEN; h++) {
                row[h] = (float) (random.nextGaussian() * Math.sqrt(1.0 / HIDDEN));
            }
        }
    }

    /** One step of gradient descent on one example, its hidden units dropped out at random. */
    private void learn(Features example, int truth, double weight, Random random) {
        float[] hidden = hidden(example.meaning());
        for (int h = 0; h < HIDDEN; h++) {
            hidden[h] = random.nextDouble() < DROPOUT ? 0 : (float) (hidden[h] / (1 - DROPOUT));
        }
        double[] probabilities = softmax(scores(hidden, example));
        double[] hiddenGradient = new double[HIDDEN];
        for (int c = 0; c < outputBiases.length; c++) {
            double error = (probabilities[c] - (c == truth ? 1 : 0)) * weight;
            outputBiases[c] -= (float) (LEARNING_RATE * error);
            float[] row = outputWeights[c];
            for (int h = 0; h < HIDDEN; h++) {
                hiddenGradient[h] += error * row[h];
                row[h] -= (float) (LEARNING_RATE * (error * hidden[h] + WEIGHT_DECAY * row[h]));
            }
            for (int slot : example.words()) {
                wordWeights[c][slot] -= (float) (LEARNING_RATE * (error * example.wordWeight() + WEIGHT_DECAY * wordWeights[c][slot]));
            }
        }
        for (int h = 0; h < HIDDEN; h++) {
            if (hidden[h] <= 0) {
                continue;
            }
            double gradient = hiddenGradient[h] / (1 - DROPOUT);
            hiddenBiases[h] -= (float) (LEARNING_RATE * gradient);
            float[] row = hiddenWeights[h];
            float[] meaning = example.meaning();
            for (int d = 0; d < row.length; d++) {
                row[d] -= (float) (LEARNING_RATE * (gradient * meaning[d] + WEIGHT_DECAY * row[d]));
            }
        }
    }

    private float[] hidden(float[] meaning) {
        float[] hidden = new float[HIDDEN];
        for (int h = 0; h < HIDDEN; h++) {
            float[] row = hiddenWeights[h];
            double sum = hiddenBiases[h];
            for (int d = 0; d < row.length; d++) {
                sum += row[d] * meaning[d];
            }
            hidden[h] = (float) Math.max(0, sum);
        }
        return hidden;
    }

    private double[] scores(float[] hidden, Features sentence) {
        double[] scores = new double[outputBiases.length];
        for (int c = 0; c < scores.length; c++) {
            double score = outputBiases[c];
            for (int h = 0; h < HIDDEN; h++) {
                score += outputWeights[c][h] * hidden[h];
            }
            for (int slot : sentence.words()) {
                score += wordWeights[c][slot] * sentence.wordWeight();
            }
            scores[c] = score;
        }
        return scores;
    }

    private static double[] softmax(double[] scores) {
        double highest = Double.NEGATIVE_INFINITY;
        for (double score : scores) {
            highest = Math.max(highest, score);
        }
        double total = 0;
        double[] probabilities = new double[scores.length];
        for (int c = 0; c < scores.length; c++) {
            probabilities[c] = Math.exp(scores[c] - highest);
            total += probabilities[c];
        }
        for (int c = 0; c < scores.length; c++) {
            probabilities[c] /= total;
        }
        return probabilities;
    }

    /** How likely the sentence is to belong to each class, in the order the classes were trained; they sum to one. */
    private double[] probabilities(Features sentence) {
        return softmax(scores(hidden(sentence.meaning()), sentence));
    }

    /** Writes the networks' weights, with the fingerprint of the examples they were learnt from. */
    static void write(List<MeaningClassifier> networks, DataOutputStream out, String fingerprint) throws IOException {
        out.writeUTF(FORMAT);
        out.writeUTF(fingerprint);
        out.writeInt(networks.size());
        for (MeaningClassifier network : networks) {
            network.write(out);
        }
    }

    /** The networks written by {@link #write}, if they were learnt from examples with this fingerprint. */
    static Optional<List<MeaningClassifier>> read(DataInputStream in, String fingerprint) throws IOException {
        if (!in.readUTF().equals(FORMAT) || !in.readUTF().equals(fingerprint)) {
            return Optional.empty();
        }
        List<MeaningClassifier> networks = new ArrayList<>();
        for (int members = in.readInt(); members > 0; members--) {
            networks.add(read(in));
        }
        return Optional.of(networks);
    }

    private void write(DataOutputStream out) throws IOException {
        out.writeInt(outputBiases.length);
        out.writeInt(hiddenWeights[0].length);
        for (int h = 0; h < HIDDEN; h++) {
            out.writeFloat(hiddenBiases[h]);
            writeHalves(out, hiddenWeights[h]);
        }
        for (int c = 0; c < outputBiases.length; c++) {
            out.writeFloat(outputBiases[c]);
            writeHalves(out, outputWeights[c]);
        }
        for (int slot = 0; slot < WORD_SLOTS; slot++) {
            for (float[] classWeights : wordWeights) {
                writeHalf(out, classWeights[slot]);
            }
        }
    }

    private static MeaningClassifier read(DataInputStream in) throws IOException {
        int classes = in.readInt();
        MeaningClassifier model = new MeaningClassifier(classes, in.readInt());
        for (int h = 0; h < HIDDEN; h++) {
            model.hiddenBiases[h] = in.readFloat();
            readHalves(in, model.hiddenWeights[h]);
        }
        for (int c = 0; c < classes; c++) {
            model.outputBiases[c] = in.readFloat();
            readHalves(in, model.outputWeights[c]);
        }
        for (int slot = 0; slot < WORD_SLOTS; slot++) {
            for (float[] classWeights : model.wordWeights) {
                classWeights[slot] = readHalf(in);
            }
        }
        return model;
    }

    private static void writeHalves(DataOutputStream out, float[] weights) throws IOException {
        for (float weight : weights) {
            writeHalf(out, weight);
        }
    }

    private static void readHalves(DataInputStream in, float[] weights) throws IOException {
        for (int n = 0; n < weights.length; n++) {
            weights[n] = readHalf(in);
        }
    }

    /**
     * A weight kept as a "brain float", the upper half of its 32 bits rounded to the nearest: eight bits of
     * precision are plenty for a weight, and the classifier takes half the room in the jar.
     */
    private static void writeHalf(DataOutputStream out, float weight) throws IOException {
        int bits = Float.floatToRawIntBits(weight);
        out.writeShort((bits + 0x7FFF + ((bits >>> 16) & 1)) >>> 16);
    }

    private static float readHalf(DataInputStream in) throws IOException {
        return Float.intBitsToFloat(in.readUnsignedShort() << 16);
    }
}
