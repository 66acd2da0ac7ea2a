package com.novastoryteller.engine.embedded;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

import com.novastoryteller.engine.Narrator;
import com.novastoryteller.engine.NarratorVoice;
import com.novastoryteller.engine.NarratorVoices;
import com.novastoryteller.engine.Speech;

/**
 * The offline narrator: two in-process synthesisers, MaryTTS's female {@code cmu-slt-hsmm} and
 * FreeTTS's male {@code kevin16}, each made into several character voices by prosody.
 */
@Component
@ConditionalOnProperty(name = "storyteller.providers.narrator", havingValue = "embedded", matchIfMissing = true)
public class EmbeddedNarrator implements Narrator {

    private record Voice(NarratorVoice voice, SpeechEngine engine, Prosody prosody) {
    }

    private static final List<String> WARM_UP = List.of(
            "Once upon a time, in a little house by the sea, there lived a girl who loved to build boats.",
            "One morning the wind began to blow, and her boat sailed far away over the waves.",
            "\"Do not worry,\" said the old turtle, \"I know the way home.\"",
            "They swam past the rocks and the sleepy whales until the lighthouse shone again.");

    private final SpeechEngine mary = new MarySpeech();
    private final SpeechEngine kevin = new FreeTtsSpeech();

    /** The storyteller first, then the character voices in the order characters are cast. */
    private final Map<String, Voice> voices = NarratorVoices.byId(Voice::voice,
            new Voice(NarratorVoices.of("storyteller"), mary, new Prosody(0.95, 1.0, 1.0)),
            new Voice(NarratorVoices.of("child"), mary, new Prosody(1.12, 1.38, 1.2)),
            new Voice(NarratorVoices.of("friend"), kevin, new Prosody(1.0, 1.1, 1.3)),
            new Voice(NarratorVoices.of("sage"), mary, new Prosody(0.62, 0.78, 0.7)),
            new Voice(NarratorVoices.of("mouse"), mary, new Prosody(1.35, 1.75, 1.3)),
            new Voice(NarratorVoices.of("villain"), kevin, new Prosody(0.85, 0.85, 2.2)),
            new Voice(NarratorVoices.of("giant"), kevin, new Prosody(0.7, 0.6, 0.7)),
            new Voice(NarratorVoices.of("cheerful"), mary, new Prosody(1.08, 1.15, 1.6)),
            new Voice(NarratorVoices.of("gentle"), mary, new Prosody(0.88, 1.08, 0.6)));

    @Override
    public List<NarratorVoice> voices() {
        return voices.values().stream().map(Voice::voice).toList();
    }

    @Override
    public boolean speaks(String language) {
        return language.toLowerCase(Locale.ROOT).startsWith("en");
    }

    /**
     * Loads both synthesisers on the calling thread and speaks a few sentences with each, enough for the
     * JIT to compile the synthesis loops, so that the first story after a start is spoken as fast as any.
     */
    @Override
    public void warmUp() {
        for (String sentence : WARM_UP) {
            speak(sentence, "storyteller");
        }
        speak(WARM_UP.get(0), "giant");
    }

    @Override
    public String edition() {
        return "marytts-5.2.1+freetts-1.2.2/3";
    }

    @Override
    public Speech speak(String text, String voice) {
        Voice chosen = voices.getOrDefault(voice, voices.get("storyteller"));
        return chosen.engine().speak(text, chosen.prosody());
    }
}
