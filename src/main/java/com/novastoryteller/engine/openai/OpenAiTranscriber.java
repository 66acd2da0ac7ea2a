package com.novastoryteller.engine.openai;

import java.util.Locale;

import org.springframework.ai.audio.transcription.AudioTranscriptionPrompt;
import org.springframework.ai.openai.OpenAiAudioTranscriptionModel;
import org.springframework.ai.openai.OpenAiAudioTranscriptionOptions;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.stereotype.Component;

import com.novastoryteller.engine.Transcriber;
import com.novastoryteller.engine.provider.ProviderFailure;
import com.novastoryteller.engine.provider.ProviderGuard;
import com.novastoryteller.engine.provider.WavFile;
import com.novastoryteller.usage.Usage;

/** Hears a child's recording with OpenAI's transcription API; there is no offline stand-in, so a failure says so. */
@Component
@ConditionalOnProperty(name = "storyteller.providers.transcriber", havingValue = "openai")
class OpenAiTranscriber implements Transcriber {

    private final OpenAiAudioTranscriptionModel model;
    private final String modelName;
    private final ProviderGuard guard;

    OpenAiTranscriber(OpenAiConnection connection, OpenAiSettings openai) {
        this.modelName = openai.transcriptionModel();
        this.model = OpenAiAudioTranscriptionModel.builder()
                .options(connection.connect(OpenAiAudioTranscriptionOptions.builder()).model(modelName).build())
                .build();
        this.guard = connection.guard("transcriber", "hear the recording");
    }

    @Override
    public String transcribe(byte[] audio, String format, String language) {
        return guard.call(() -> {
            ByteArrayResource recording = new ByteArrayResource(audio) {
                @Override
                public String getFilename() {
                    return "recording." + format; // the API tells the format by the file's name
                }
            };
            String text = model.call(new AudioTranscriptionPrompt(recording, OpenAiAudioTranscriptionOptions.builder()
                    .model(modelName).language(Locale.forLanguageTag(language).getLanguage()).build()))
                    .getResult().getOutput();
            return new ProviderGuard.Used<>(text.strip(), Usage.audio(WavFile.durationMs(audio, format)));
        }, () -> {
            throw new ProviderFailure("OpenAI could not hear the recording");
        });
    }
}
