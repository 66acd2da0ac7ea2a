package com.novastoryteller.engine.embedded.safety;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.novastoryteller.engine.SafetyCategory;
import com.novastoryteller.engine.embedded.WordList;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;

/**
 * The safety filter's second layer, which reads what a sentence means rather than which words it uses: a small
 * sentence encoder (all-MiniLM-L6-v2, quantised, run in-process by ONNX Runtime) places the sentence among curated
 * examples of each unsafe category and of the innocent requests that sit near them ({@code safety/meaning/*.txt}).
 * "The girl wants to die and end her life" lands among the self-harm examples though no word of it is on a list;
 * "a knight slays a dragon" lands among the fairy tales.
 *
 * <p>The model and the examples' vectors load once per process, on first use or at start-up.
 */
public final class MeaningCheck {

    /** How close a sentence must come to an unsafe example to be refused by meaning alone. */
    static final double CLOSE = 0.62;
    /** How much closer to the unsafe examples than to the innocent ones it must be. */
    static final double MARGIN = 0.10;

    /** How close, and how much closer than to the innocent examples, a sentence with a sometimes-unsafe word must come. */
    static final double LEANING = 0.45;
    static final double LEANING_MARGIN = 0.05;

    /** How likely, by the classifier, a sentence must be to belong to an unsafe category to be refused by meaning alone. */
    public static final double LIKELY = 0.95;
    /** How likely it must be to confirm a word that is only sometimes unsafe. */
    static final double LEANING_LIKELY = 0.8;
    /** How likely the classifier must find a sentence that is close to an unsafe example, to agree with it. */
    static final double AGREEING = 0.5;
    static final double LEANING_AGREEING = 0.3;

    private static final Pattern WORD_BREAK = Pattern.compile("[^\\p{L}\\p{N}]+");

    private static final String INNOCENT = "innocent";
    private static final String TRAINING = "/safety/training/";
    static final String CLASSIFIER = "/safety/meaning/classifier.bin";
    private static final Logger log = LoggerFactory.getLogger(MeaningCheck.class);

    private static volatile MeaningCheck loaded;

    private final EmbeddingModel encoder;
    private final Map<SafetyCategory, List<float[]>> unsafe = new EnumMap<>(SafetyCategory.class);
    private final List<float[]> innocent;
    private final MeaningClassifier classifier;

    private MeaningCheck() {
        encoder = new AllMiniLmL6V2QuantizedEmbeddingModel();
        for (SafetyCategory category : SafetyCategory.values()) {
            unsafe.put(category, vectors(examples(category)));
        }
        innocent = vectors(examples(INNOCENT));
        classifier = shippedClassifier().orElseGet(() -> {
            log.warn("The safety classifier does not match its examples; learning it now (write it with bench/train-safety)");
            return train();
        });
    }

    /** Learns the classifier from every example (a few thousand sentences; half a minute). */
    private MeaningClassifier train() {
        List<List<MeaningClassifier.Features>> classes = new ArrayList<>();
        for (String name : classNames()) {
            List<String> sentences = examples(name);
            classes.add(features(sentences, name.equals(INNOCENT) ? innocent : unsafe.get(category(name))));
        }
        return MeaningClassifier.train(classes);
    }

    private static SafetyCategory category(String fileName) {
        return SafetyCategory.valueOf(fileName.toUpperCase(Locale.ROOT).replace('-', '_'));
    }

    /** Learns the classifier again and writes it where {@link #shippedClassifier} reads it from. */
    public static void writeClassifier(Path file) throws IOException {
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file)))) {
            get().train().write(out, fingerprint());
        }
    }

    private static Optional<MeaningClassifier> shippedClassifier() {
        try (InputStream in = MeaningCheck.class.getResourceAsStream(CLASSIFIER)) {
            return in == null ? Optional.empty()
                    : MeaningClassifier.read(new DataInputStream(new BufferedInputStream(in)), fingerprint());
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /** What the classifier was learnt from: every example, in order, and how it was learnt. */
    static String fingerprint() {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(MeaningClassifier.FORMAT.getBytes(StandardCharsets.UTF_8));
            for (String name : classNames()) {
                for (String sentence : examples(name)) {
                    digest.update((sentence + "\n").getBytes(StandardCharsets.UTF_8));
                }
            }
            return HexFormat.of().formatHex(digest.digest());
        }
        catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException(ex);
        }
    }

    /** The classes in the classifier's order: the unsafe categories, then the innocent. */
    private static List<String> classNames() {
        List<String> names = new ArrayList<>();
        for (SafetyCategory category : SafetyCategory.values()) {
            names.add(fileName(category));
        }
        names.add(INNOCENT);
        return names;
    }

    private static String fileName(SafetyCategory category) {
        return category.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static List<MeaningClassifier.Features> features(List<String> sentences, List<float[]> vectors) {
        List<MeaningClassifier.Features> features = new ArrayList<>(sentences.size());
        for (int n = 0; n < sentences.size(); n++) {
            features.add(features(sentences.get(n), vectors.get(n)));
        }
        return features;
    }

    /** The sentence's meaning, and its words and pairs of words, each hashed to one of the classifier's slots. */
    private static MeaningClassifier.Features features(String sentence, float[] meaning) {
        String[] words = WORD_BREAK.split(sentence.toLowerCase(Locale.ROOT).replace("'", "").strip());
        Set<Integer> slots = new TreeSet<>();
        for (int n = 0; n < words.length; n++) {
            if (!words[n].isEmpty()) {
                slots.add(Math.floorMod(words[n].hashCode(), MeaningClassifier.WORD_SLOTS));
                if (n + 1 < words.length) {
                    slots.add(Math.floorMod((words[n] + " " + words[n + 1]).hashCode(), MeaningClassifier.WORD_SLOTS));
                }
            }
        }
        int[] hashed = slots.stream().mapToInt(Integer::intValue).toArray();
        return new MeaningClassifier.Features(meaning, hashed, hashed.length == 0 ? 0 : 1 / Math.sqrt(hashed.length));
    }

    public static MeaningCheck get() {
        MeaningCheck check = loaded;
        if (check == null) {
            synchronized (MeaningCheck.class) {
                check = loaded;
                if (check == null) {
                    check = new MeaningCheck();
                    loaded = check;
                }
            }
        }
        return check;
    }

    /**
     * Where one sentence stands: its most likely unsafe category, how close it comes to that category's nearest
     * example and to the nearest innocent one, and how likely the classifier finds it to be unsafe at all.
     */
    public record Closeness(SafetyCategory category, double unsafe, double innocent, double likelihood) {

        /**
         * Unsafe by meaning alone: the classifier is sure, or the sentence is very like an unsafe example and the
         * classifier agrees it is more likely unsafe than not.
         */
        public boolean isUnsafe() {
            return isUnsafe(LIKELY);
        }

        /** Unsafe by meaning alone, when the classifier alone must be as sure as {@code likely} to say so. */
        public boolean isUnsafe(double likely) {
            return likelihood >= likely || likelihood >= AGREEING && unsafe >= CLOSE && unsafe - innocent >= MARGIN;
        }

        /** Enough to confirm a word that is only sometimes unsafe. */
        public boolean leansUnsafe() {
            return likelihood >= LEANING_LIKELY
                    || likelihood >= LEANING_AGREEING && unsafe >= LEANING && unsafe - innocent >= LEANING_MARGIN;
        }
    }

    public Closeness closeness(String sentence) {
        float[] vector = vector(sentence);
        double[] probabilities = classifier.probabilities(features(sentence, vector));
        SafetyCategory[] categories = SafetyCategory.values();
        SafetyCategory likeliest = categories[0];
        for (SafetyCategory category : categories) {
            if (probabilities[category.ordinal()] > probabilities[likeliest.ordinal()]) {
                likeliest = category;
            }
        }
        double likelihood = 1 - probabilities[categories.length];
        SafetyCategory closest = SafetyCategory.VIOLENCE;
        double best = -1;
        for (Map.Entry<SafetyCategory, List<float[]>> category : unsafe.entrySet()) {
            double similarity = nearest(vector, category.getValue());
            if (similarity > best) {
                best = similarity;
                closest = category.getKey();
            }
        }
        double innocence = nearest(vector, innocent);
        boolean byNearest = best >= CLOSE && best - innocence >= MARGIN;
        return new Closeness(likelihood >= LIKELY || !byNearest ? likeliest : closest, best, innocence, likelihood);
    }

    /** The unsafe category a sentence means, if it means one. */
    public Optional<SafetyCategory> unsafeMeaning(String sentence) {
        Closeness closeness = closeness(sentence);
        return closeness.isUnsafe() ? Optional.of(closeness.category()) : Optional.empty();
    }

    private static double nearest(float[] vector, List<float[]> examples) {
        double best = -1;
        for (float[] example : examples) {
            double similarity = 0;
            for (int i = 0; i < vector.length; i++) {
                similarity += vector[i] * example[i];
            }
            best = Math.max(best, similarity);
        }
        return best;
    }

    private List<float[]> vectors(List<String> sentences) {
        List<float[]> vectors = new ArrayList<>(sentences.size());
        sentences.forEach(sentence -> vectors.add(vector(sentence)));
        return vectors;
    }

    /** The sentence's meaning as a unit vector, so that a dot product is the cosine similarity. */
    private float[] vector(String sentence) {
        float[] vector = encoder.embed(sentence.toLowerCase(Locale.ROOT)).content().vector();
        double length = 0;
        for (float value : vector) {
            length += value * value;
        }
        float norm = (float) Math.sqrt(length);
        for (int i = 0; i < vector.length; i++) {
            vector[i] /= norm;
        }
        return vector;
    }

    private static List<String> examples(SafetyCategory category) {
        return examples(fileName(category));
    }

    /** The examples of a class: the curated ones that sit near the border, then the many written as children type. */
    private static List<String> examples(String name) {
        List<String> examples = new ArrayList<>(WordList.read("/safety/meaning/" + name + ".txt"));
        examples.addAll(WordList.read(TRAINING + name + ".txt"));
        return examples;
    }
}
