package com.novastoryteller.engine.embedded.safety;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

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
    static final double LIKELY = 0.97;
    /** How likely it must be to confirm a word that is only sometimes unsafe. */
    static final double LEANING_LIKELY = 0.9;

    private static volatile MeaningCheck loaded;

    private final EmbeddingModel encoder;
    private final Map<SafetyCategory, List<float[]>> unsafe = new EnumMap<>(SafetyCategory.class);
    private final List<float[]> innocent;
    private final MeaningClassifier classifier;

    private MeaningCheck() {
        encoder = new AllMiniLmL6V2QuantizedEmbeddingModel();
        List<List<float[]>> classes = new ArrayList<>();
        for (SafetyCategory category : SafetyCategory.values()) {
            unsafe.put(category, vectors(examples(category.name().toLowerCase(Locale.ROOT).replace('_', '-'))));
            classes.add(unsafe.get(category));
        }
        innocent = vectors(examples("innocent"));
        classes.add(innocent);
        classifier = MeaningClassifier.train(classes);
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

        /** Unsafe by meaning alone. */
        public boolean isUnsafe() {
            return likelihood >= LIKELY || unsafe >= CLOSE && unsafe - innocent >= MARGIN;
        }

        /** Nearer the unsafe examples than the innocent ones: enough to confirm a word that is only sometimes unsafe. */
        public boolean leansUnsafe() {
            return likelihood >= LEANING_LIKELY || unsafe >= LEANING && unsafe - innocent >= LEANING_MARGIN;
        }
    }

    public Closeness closeness(String sentence) {
        float[] vector = vector(sentence);
        double[] probabilities = classifier.probabilities(vector);
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

    private static List<String> examples(String name) {
        return WordList.read("/safety/meaning/" + name + ".txt");
    }
}
