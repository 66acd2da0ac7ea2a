package com.novastoryteller.engine.ollama;

import org.jspecify.annotations.Nullable;
import org.springframework.ai.ollama.OllamaChatModel;
import org.springframework.ai.ollama.api.OllamaChatOptions;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

import com.novastoryteller.engine.ImageDescriber;
import com.novastoryteller.engine.embedded.EmbeddedImageDescriber;
import com.novastoryteller.engine.provider.ChatModels;
import com.novastoryteller.engine.provider.ProviderGuard;

/** Reads a child's drawing with a vision model on a local Ollama server; the offline describer answers when it cannot. */
@Component
@ConditionalOnProperty(name = "storyteller.providers.describer", havingValue = "ollama")
class OllamaImageDescriber implements ImageDescriber {

    private final OllamaChatModel model;
    private final ProviderGuard guard;
    private final ImageDescriber embedded = new EmbeddedImageDescriber();

    OllamaImageDescriber(OllamaConnection connection, OllamaSettings ollama) {
        this.model = connection.chat(OllamaChatOptions.builder().model(ollama.visionModel()).temperature(0.2).numPredict(80).build());
        this.guard = connection.guard("describer", "read the drawing");
    }

    @Override
    public String describe(byte[] image, @Nullable String caption) {
        return guard.call(() -> ChatModels.describe(model, image, caption), () -> embedded.describe(image, caption));
    }
}
