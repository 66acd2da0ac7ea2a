package com.novastoryteller.engine.openai;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.ai.audio.tts.TextToSpeechPrompt;
import org.springframework.ai.openai.OpenAiAudioSpeechModel;
import org.springframework.ai.openai.OpenAiAudioSpeechOptions;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import org.springframework.util.function.SingletonSupplier;

import com.novastoryteller.engine.Narrator;
import com.novastoryteller.engine.NarratorVoice;
import com.novastoryteller.engine.NarratorVoices;
import com.novastoryteller.engine.Speech;
import com.novastoryteller.engine.embedded.EmbeddedNarrator;
import com.novastoryteller.engine.provider.ProviderGuard;
import com.novastoryteller.engine.provider.WavFile;
import com.novastoryteller.usage.Usage;
import com.openai.client.OpenAIClient;
import com.openai.core.MultipartField;
import com.openai.models.audio.AudioResponseFormat;
import com.openai.models.audio.transcriptions.TranscriptionCreateParams;
import com.openai.models.audio.transcriptions.TranscriptionVerbose;

/**
 * Reads stories aloud with OpenAI's speech API (raw 24 kHz PCM), and learns when each word is heard by sending
 * that audio to the transcription API with word timestamps. If the timestamps cannot be had, the words are spread
 * over the audio by their length, so the words still light up. When the speech API fails, the embedded narrator
 * (loaded only then) reads the sentence.
 */
@Component
@ConditionalOnProperty(name = "storyteller.providers.narrator", havingValue = "openai")
class OpenAiNarrator implements Narrator {

    /** OpenAI's speech API answers {@code pcm} as 16-bit little-endian mono at 24 kHz. */
    static final int SAMPLE_RATE = 24_000;

    private record Voice(NarratorVoice voice, String openAiVoice, double speed) {
    }

    /** The same voice ids as the embedded narrator, so a story's casting means the same with either. */
    private static final Map<String, Voice> VOICES = NarratorVoices.byId(Voice::voice,
            new Voice(NarratorVoices.of("storyteller"), "fable", 1.0),
            new Voice(NarratorVoices.of("child"), "shimmer", 1.1),
            new Voice(NarratorVoices.of("friend"), "echo", 1.0),
            new Voice(NarratorVoices.of("sage"), "onyx", 0.9),
            new Voice(NarratorVoices.of("mouse"), "coral", 1.2),
            new Voice(NarratorVoices.of("villain"), "ash", 0.95),
            new Voice(NarratorVoices.of("giant"), "onyx", 0.8),
            new Voice(NarratorVoices.of("cheerful"), "nova", 1.05),
            new Voice(NarratorVoices.of("gentle"), "sage", 0.95));

    private final OpenAiAudioSpeechModel speech;
    private final OpenAIClient client;
    private final String speechModel;
    private final String transcriptionModel;
    private final ProviderGuard guard;
    /** Loaded only if the provider ever fails: MaryTTS takes a second and some memory to start. */
    private final SingletonSupplier<Narrator> embedded = SingletonSupplier.of(EmbeddedNarrator::new);

    OpenAiNarrator(OpenAiConnection connection, OpenAiSettings openai) {
        this.speechModel = openai.speechModel();
        this.transcriptionModel = openai.transcriptionModel();
        this.speech = OpenAiAudioSpeechModel.builder()
                .options(connection.connect(OpenAiAudioSpeechOptions.builder()).model(speechModel)
                        .responseFormat(OpenAiAudioSpeechOptions.AudioResponseFormat.PCM).build())
                .build();
        this.client = connection.client(transcriptionModel);
        this.guard = connection.guard("narrator", "read the story aloud");
    }

    @Override
    public List<NarratorVoice> voices() {
        return VOICES.values().stream().map(Voice::voice).toList();
    }

    @Override
    public boolean speaks(String language) {
        return true; // OpenAI's voices read every language the story writer writes
    }

    @Override
    public String edition() {
        return "openai-" + speechModel + "+" + transcriptionModel + "/1";
    }

    @Override
    public Speech speak(String text, String voice) {
        Voice chosen = VOICES.getOrDefault(voice, VOICES.get("storyteller"));
        return guard.call(() -> {
            byte[] pcm = speech.call(new TextToSpeechPrompt(text, OpenAiAudioSpeechOptions.builder()
                    .model(speechModel).responseFormat(OpenAiAudioSpeechOptions.AudioResponseFormat.PCM)
                    .voice(chosen.openAiVoice()).speed(chosen.speed()).build())).getResult().getOutput();
            if (pcm.length < 2) {
                throw new IllegalStateException("No audio came back");
            }
            Speech spoken = new Speech(pcm, SAMPLE_RATE, timings(text, pcm));
            return new ProviderGuard.Used<>(spoken, new Usage(0, 0, text.length(), spoken.durationMs(), 0));
        }, () -> embedded.obtain().speak(text, voice));
    }

    /** When each word is heard, from a transcription with word timestamps; by the words' lengths if there is none. */
    private List<Speech.WordTiming> timings(String text, byte[] pcm) {
        long durationMs = pcm.length / 2 * 1000L / SAMPLE_RATE;
        try {
            TranscriptionVerbose heard = client.audio().transcriptions().create(TranscriptionCreateParams.builder()
                    .file(MultipartField.<InputStream>builder()
                            .value(new ByteArrayInputStream(WavFile.of(pcm, SAMPLE_RATE))).filename("speech.wav").build()).model(transcriptionModel)
                    .responseFormat(AudioResponseFormat.VERBOSE_JSON)
                    .timestampGranularities(List.of(TranscriptionCreateParams.TimestampGranularity.WORD))
                    .prompt(text).build()).asVerbose();
            List<Speech.WordTiming> words = new ArrayList<>();
            heard.words().orElse(List.of()).forEach(word -> words.add(new Speech.WordTiming(word.word(),
                    Math.round(word.start() * 1000), Math.max(Math.round(word.end() * 1000), Math.round(word.start() * 1000) + 1))));
            if (!words.isEmpty()) {
                return words;
            }
        }
        catch (RuntimeException noTimestamps) {
            // the audio is good; the words are placed by their length instead
        }
        return spreadByLength(text, durationMs);
    }

    /** Word timings for audio that came without them: each word gets a share of the time by its length. */
    static List<Speech.WordTiming> spreadByLength(String text, long durationMs) {
        String[] words = text.strip().split("\\s+");
        long letters = 0;
        for (String word : words) {
            letters += word.length() + 1;
        }
        List<Speech.WordTiming> timings = new ArrayList<>();
        long at = 0;
        for (String word : words) {
            if (word.isEmpty()) {
                continue;
            }
            long length = Math.max(1, durationMs * (word.length() + 1) / Math.max(1, letters));
            timings.add(new Speech.WordTiming(word, at, Math.min(durationMs, at + length)));
            at += length;
        }
        return timings;
    }
}
