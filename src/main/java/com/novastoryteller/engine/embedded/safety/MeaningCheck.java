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
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.novastoryteller.engine.SafetyCategory;
import com.novastoryteller.engine.embedded.WordList;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;

/**
 * The safety filter's second layer, which reads what a sentence means rather than which words it uses: a small
 * sentence encoder (all-MiniLM-L6-v2, quantised, run in-process by ONNX Runtime) turns the sentence into a vector,
 * and a {@link MeaningClassifier classifier} learnt from examples of each unsafe category and of the innocent
 * requests that sit near them ({@code safety/meaning/*.txt}, {@code safety/training/*.txt}) says how likely it is to
 * be unsafe. "The girl wants to die and end her life" is read as self-harm though no word of it is on a list;
 * "a knight slays a dragon" as a fairy tale.
 *
 * <p>The encoder and the classifier (learnt ahead, {@code bench/train-safety}) load once per process, on first use
 * or at start-up.
 */
public final class MeaningCheck {

    /** How likely, by the classifier, a sentence must be to belong to an unsafe category to be refused by meaning alone. */
    public static final double LIKELY = 0.85;
    /** How likely it must be to confirm a word that is only sometimes unsafe. */
    static final double LEANING = 0.5;

    private static final Pattern WORD_BREAK = Pattern.compile("[^\\p{L}\\p{N}]+");

    private static final String INNOCENT = "innocent";
    private static final long NOISE_SEED = 11;
    static final String CLASSIFIER = "/safety/meaning/classifier.bin";
    private static final Logger log = LoggerFactory.getLogger(MeaningCheck.class);

    private static volatile MeaningCheck loaded;

    private final EmbeddingModel encoder;
    private final List<MeaningClassifier> networks;

    private MeaningCheck(EmbeddingModel encoder, List<MeaningClassifier> networks) {
        this.encoder = encoder;
        this.networks = networks;
    }

    private static MeaningCheck load() {
        EmbeddingModel encoder = new AllMiniLmL6V2QuantizedEmbeddingModel();
        return new MeaningCheck(encoder, shippedClassifier().orElseGet(() -> {
            log.warn("The safety classifier does not match its examples; learning it now (write it with bench/train-safety)");
            return train(encoder);
        }));
    }

    /**
     * Learns the classifier from every example, each as written and as a child may type it (about thirty-six thousand
     * sentences; several minutes).
     */
    private static List<MeaningClassifier> train(EmbeddingModel encoder) {
        Random noise = new Random(NOISE_SEED);
        List<List<MeaningClassifier.Features>> classes = new ArrayList<>();
        for (String name : classNames()) {
            List<String> examples = new ArrayList<>(examples(name));
            for (String example : List.copyOf(examples)) {
                String typed = TypingNoise.misspelt(example, noise);
                if (!typed.equals(example) && typed.chars().filter(Character::isLetter).count() >= 3) {
                    examples.add(typed);
                }
            }
            classes.add(examples.parallelStream().map(sentence -> features(sentence, vector(encoder, sentence))).toList());
        }
        return MeaningClassifier.train(classes);
    }

    /** Learns the classifier again and writes it where {@link #shippedClassifier} reads it from. */
    public static void writeClassifier(Path file) throws IOException {
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(new GZIPOutputStream(Files.newOutputStream(file))))) {
            MeaningClassifier.write(train(new AllMiniLmL6V2QuantizedEmbeddingModel()), out, fingerprint());
        }
    }

    /** The classifier in the jar, if it was learnt from the examples in the jar. */
    static Optional<List<MeaningClassifier>> shippedClassifier() {
        try (InputStream in = MeaningCheck.class.getResourceAsStream(CLASSIFIER)) {
            return in == null ? Optional.empty()
                    : MeaningClassifier.read(new DataInputStream(new BufferedInputStream(new GZIPInputStream(in))), fingerprint());
        }
        catch (ZipException ex) {
            return Optional.empty(); // written in an older form, before it was compressed
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
            names.add(category.name().toLowerCase(Locale.ROOT).replace('_', '-'));
        }
        names.add(INNOCENT);
        return names;
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
                    check = load();
                    loaded = check;
                }
            }
        }
        return check;
    }

    /** Where one sentence stands: its most likely unsafe category, and how likely the classifier finds it to be unsafe at all. */
    public record Closeness(SafetyCategory category, double likelihood) {

        /** Unsafe by meaning alone. */
        public boolean isUnsafe() {
            return isUnsafe(LIKELY);
        }

        /** Unsafe by meaning alone, when the classifier must be as sure as {@code likely} to say so. */
        public boolean isUnsafe(double likely) {
            return likelihood >= likely;
        }

        /** Enough to confirm a word that is only sometimes unsafe. */
        public boolean leansUnsafe() {
            return likelihood >= LEANING;
        }
    }

    public Closeness closeness(String sentence) {
        double[] probabilities = MeaningClassifier.probabilities(networks, features(sentence, vector(encoder, sentence)));
        SafetyCategory[] categories = SafetyCategory.values();
        SafetyCategory likeliest = categories[0];
        for (SafetyCategory category : categories) {
            if (probabilities[category.ordinal()] > probabilities[likeliest.ordinal()]) {
                likeliest = category;
            }
        }
        return new Closeness(likeliest, 1 - probabilities[categories.length]);
    }

    /** The sentence's meaning as a unit vector. */
    private static float[] vector(EmbeddingModel encoder, String sentence) {
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

    /** The examples of a class: the curated ones that sit near the border, then the many written as children type. */
    private static List<String> examples(String name) {
        List<String> examples = new ArrayList<>(WordList.read("/safety/meaning/" + name + ".txt"));
        examples.addAll(WordList.read("/safety/training/" + name + ".txt"));
        return examples;
    }
}
