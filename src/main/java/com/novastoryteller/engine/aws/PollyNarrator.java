package com.novastoryteller.engine.aws;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.retry.RetryException;
import org.springframework.core.retry.RetryTemplate;
import org.springframework.stereotype.Component;
import org.springframework.util.function.SingletonSupplier;

import com.novastoryteller.engine.Narrator;
import com.novastoryteller.engine.NarratorVoice;
import com.novastoryteller.engine.NarratorVoices;
import com.novastoryteller.engine.Speech;
import com.novastoryteller.engine.embedded.EmbeddedNarrator;
import com.novastoryteller.engine.provider.ProviderGuard;
import com.novastoryteller.usage.Provider;
import com.novastoryteller.usage.Usage;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads stories aloud with Amazon Polly: the audio as 16 kHz PCM, and when each word is heard from Polly's word
 * speech marks for the same text and voice. A throttled or failing call is tried again with backoff; when Polly
 * fails for good, the embedded narrator (loaded only then) reads the sentence.
 */
@Component
@ConditionalOnProperty(name = "storyteller.providers.narrator", havingValue = "polly")
class PollyNarrator implements Narrator {

    static final int SAMPLE_RATE = 16_000;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** The same voice ids as the embedded narrator, each with a Polly voice that has the neural engine. */
    private static final Map<String, String> DEFAULT_VOICES = defaults();

    private final AwsConnection connection;
    private final AwsSettings.Polly settings;
    private final ProviderGuard guard;
    private final RetryTemplate retries;
    /** Loaded only if the provider ever fails: MaryTTS takes a second and some memory to start. */
    private final SingletonSupplier<Narrator> embedded = SingletonSupplier.of(EmbeddedNarrator::new);

    PollyNarrator(AwsConnection connection) {
        this.connection = connection;
        this.settings = connection.aws().polly();
        this.guard = connection.guard(Provider.POLLY, "narrator", "read the story aloud");
        this.retries = connection.settings().retryTemplate(failure -> failure instanceof PollySpeech.PollyFailure polly
                && polly.worthRetrying());
    }

    private static Map<String, String> defaults() {
        return Map.of("storyteller", "Joanna", "child", "Ivy", "friend", "Matthew", "sage", "Gregory", "mouse", "Kevin",
                "villain", "Stephen", "giant", "Joey", "cheerful", "Salli", "gentle", "Danielle");
    }

    @Override
    public List<NarratorVoice> voices() {
        return NarratorVoices.CAST;
    }

    @Override
    public boolean speaks(String language) {
        return language.toLowerCase(Locale.ROOT).startsWith("en");
    }

    @Override
    public String edition() {
        return "polly-" + settings.engine() + "-" + pollyVoice("storyteller") + "/1";
    }

    @Override
    public Speech speak(String text, String voice) {
        String pollyVoice = pollyVoice(DEFAULT_VOICES.containsKey(voice) ? voice : "storyteller");
        return guard.call(() -> {
            byte[] pcm = retried(() -> connection.polly().audio(text, pollyVoice, settings.engine(), SAMPLE_RATE));
            String marks = retried(() -> connection.polly().wordMarks(text, pollyVoice, settings.engine()));
            Speech speech = new Speech(pcm, SAMPLE_RATE, words(marks, pcm.length / 2 * 1000L / SAMPLE_RATE));
            // Polly charges the speech marks by their characters as well as the audio
            return new ProviderGuard.Used<>(speech, Usage.characters(text.length() * 2L));
        }, () -> embedded.obtain().speak(text, voice));
    }

    private String pollyVoice(String voice) {
        return settings.voices().getOrDefault(voice, DEFAULT_VOICES.get(voice));
    }

    /** Polly's word marks as timings: each word lasts until the next begins, the last until the audio ends. */
    static List<Speech.WordTiming> words(String marks, long durationMs) {
        List<JsonNode> words = marks.lines().filter(line -> !line.isBlank()).map(JSON::readTree)
                .filter(mark -> mark.path("type").asString().equals("word")).toList();
        List<Speech.WordTiming> timings = new ArrayList<>();
        for (int n = 0; n < words.size(); n++) {
            long start = words.get(n).path("time").asLong();
            long end = n + 1 < words.size() ? words.get(n + 1).path("time").asLong() : durationMs;
            timings.add(new Speech.WordTiming(words.get(n).path("value").asString(), start, Math.max(end, start + 1)));
        }
        return timings;
    }

    private <T> T retried(Supplier<T> call) {
        try {
            return retries.execute(call::get);
        }
        catch (RetryException failed) {
            throw failed.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(failed);
        }
    }
}
