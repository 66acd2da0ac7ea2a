package com.novastoryteller.engine.ollama;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

import com.novastoryteller.engine.provider.ProviderChoices;
import com.novastoryteller.engine.provider.ProviderDescription;
import com.novastoryteller.engine.provider.Secrets;
import com.novastoryteller.usage.Provider;

/**
 * Where the Ollama server is ({@code spring.ai.ollama.base-url}) and which models write and look at drawings, with the
 * models used when none is set.
 */
@Component
class OllamaSettings implements ProviderDescription {

    private final Environment environment;
    private final ProviderChoices choices;

    OllamaSettings(Environment environment, ProviderChoices choices) {
        this.environment = environment;
        this.choices = choices;
    }

    String baseUrl() {
        return environment.getProperty("spring.ai.ollama.base-url", "http://localhost:11434");
    }

    String chatModel() {
        return environment.getProperty("spring.ai.ollama.chat.options.model", "llama3.2");
    }

    String visionModel() {
        return environment.getProperty("storyteller.ollama.vision-model", "llava");
    }

    @Override
    public String name() {
        return "ollama";
    }

    @Override
    public String title() {
        return Provider.OLLAMA.displayName();
    }

    @Override
    public boolean inUse() {
        return choices.uses(Provider.OLLAMA);
    }

    @Override
    public Map<String, String> settings() {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("base_url", Secrets.maskUrl(baseUrl()));
        settings.put("chat_model", chatModel());
        settings.put("vision_model", visionModel());
        return settings;
    }
}
