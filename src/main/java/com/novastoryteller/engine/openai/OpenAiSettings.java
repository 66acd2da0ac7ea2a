package com.novastoryteller.engine.openai;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

import com.novastoryteller.engine.provider.ProviderChoices;
import com.novastoryteller.engine.provider.ProviderDescription;
import com.novastoryteller.engine.provider.Secrets;
import com.novastoryteller.usage.Provider;

/**
 * Where OpenAI is and which of its models each capability asks, by Spring AI's own property names
 * ({@code spring.ai.openai.*}), with the models used when none is set.
 */
@Component
class OpenAiSettings implements ProviderDescription {

    private final Environment environment;
    private final ProviderChoices choices;

    OpenAiSettings(Environment environment, ProviderChoices choices) {
        this.environment = environment;
        this.choices = choices;
    }

    String baseUrl() {
        return setting("base-url", "https://api.openai.com/v1");
    }

    String apiKey() {
        return setting("api-key", "");
    }

    String chatModel() {
        return setting("chat.options.model", "gpt-4o-mini");
    }

    String moderationModel() {
        return setting("moderation.options.model", "omni-moderation-latest");
    }

    String imageModel() {
        return setting("image.options.model", "gpt-image-1");
    }

    String speechModel() {
        return setting("audio.speech.options.model", "gpt-4o-mini-tts");
    }

    String transcriptionModel() {
        return setting("audio.transcription.options.model", "whisper-1");
    }

    @Override
    public String name() {
        return "openai";
    }

    @Override
    public String title() {
        return Provider.OPENAI.displayName();
    }

    @Override
    public boolean inUse() {
        return choices.uses(Provider.OPENAI);
    }

    @Override
    public Map<String, String> settings() {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("base_url", baseUrl());
        settings.put("api_key", Secrets.mask(apiKey()));
        settings.put("chat_model", chatModel());
        settings.put("moderation_model", moderationModel());
        settings.put("image_model", imageModel());
        settings.put("speech_model", speechModel());
        settings.put("transcription_model", transcriptionModel());
        return settings;
    }

    private String setting(String name, String byDefault) {
        return environment.getProperty("spring.ai.openai." + name, byDefault);
    }
}
