package com.novastoryteller.engine.embedded.reading;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import opennlp.tools.chunker.ChunkerME;
import opennlp.tools.chunker.ChunkerModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;

/**
 * The language models, loaded once per process: OpenNLP's English tokenizer, Penn Treebank tagger and
 * chunker, and the {@link Lexicon}. The models are shared; each thread has its own tagger and chunker,
 * which are not safe to share.
 */
public final class Language {

    private static volatile Language loaded;

    private final Lexicon lexicon;
    private final ThreadLocal<TokenizerME> tokenizer;
    private final ThreadLocal<POSTaggerME> tagger;
    private final ThreadLocal<ChunkerME> chunker;

    private Language() {
        TokenizerModel tokens;
        POSModel tags;
        ChunkerModel chunks;
        try (InputStream tokenizerModel = model("en-token.bin");
                InputStream taggerModel = model("en-pos-maxent.bin");
                InputStream chunkerModel = model("en-chunker.bin")) {
            tokens = new TokenizerModel(tokenizerModel);
            tags = new POSModel(taggerModel);
            chunks = new ChunkerModel(chunkerModel);
        }
        catch (IOException ex) {
            throw new UncheckedIOException("The language models could not be read", ex);
        }
        this.tokenizer = ThreadLocal.withInitial(() -> new TokenizerME(tokens));
        this.tagger = ThreadLocal.withInitial(() -> new POSTaggerME(tags));
        this.chunker = ThreadLocal.withInitial(() -> new ChunkerME(chunks));
        this.lexicon = new Lexicon();
    }

    /** The models, loading them the first time (about three seconds); see {@link #warmUp()}. */
    public static Language get() {
        Language language = loaded;
        if (language == null) {
            synchronized (Language.class) {
                language = loaded;
                if (language == null) {
                    language = new Language();
                    loaded = language;
                }
            }
        }
        return language;
    }

    /** Loads the models and reads one request, so that the first story after a start does not wait for them. */
    public static void warmUp() {
        RequestReader.read("a penguin called Pebble who wants to learn to fly a kite at the seaside");
    }

    public Lexicon lexicon() {
        return lexicon;
    }

    /**
     * The request's words, tagged but not yet chunked, with "Theo's" split into "Theo" and "'s" as the models
     * expect: the chunks come from {@link #chunk} once the tags are repaired.
     */
    List<Token> tag(String text) {
        List<String> words = new ArrayList<>();
        for (String token : tokenizer.get().tokenize(text)) {
            words.addAll(splitClitics(token));
        }
        String[] array = words.toArray(String[]::new);
        String[] tags = tagger.get().tag(array);
        List<Token> tokens = new ArrayList<>();
        for (int n = 0; n < array.length; n++) {
            tokens.add(new Token(array[n], tags[n], "O"));
        }
        return tokens;
    }

    /** The tokens chunked by their (repaired) tags. */
    List<Token> chunk(List<Token> tokens) {
        String[] words = tokens.stream().map(Token::text).toArray(String[]::new);
        String[] tags = tokens.stream().map(Token::tag).toArray(String[]::new);
        String[] chunks = chunker.get().chunk(words, tags);
        List<Token> chunked = new ArrayList<>();
        for (int n = 0; n < words.length; n++) {
            chunked.add(tokens.get(n).chunked(chunks[n]));
        }
        return chunked;
    }

    private static List<String> splitClitics(String token) {
        String lower = token.toLowerCase(java.util.Locale.ROOT);
        if (lower.length() > 2 && (lower.endsWith("'s") || lower.endsWith("\u2019s"))) {
            return List.of(token.substring(0, token.length() - 2), "'s");
        }
        if (lower.length() > 3 && lower.endsWith("n't")) {
            String stem = lower.equals("can't") ? "ca" : lower.equals("won't") ? "wo" : token.substring(0, token.length() - 3);
            return List.of(stem, "n't");
        }
        if (lower.length() > 1 && lower.endsWith("s'")) {
            return List.of(token.substring(0, token.length() - 1), "'");
        }
        return List.of(token);
    }

    private static InputStream model(String name) {
        InputStream in = Language.class.getResourceAsStream("/" + name);
        if (in == null) {
            throw new UncheckedIOException(new IOException("The language model " + name + " is missing from the classpath"));
        }
        return in;
    }
}
