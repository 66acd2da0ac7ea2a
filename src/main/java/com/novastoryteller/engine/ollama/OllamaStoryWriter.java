package com.novastoryteller.engine.ollama;

import java.util.function.Consumer;

import org.springframework.ai.ollama.OllamaChatModel;
import org.springframework.ai.ollama.api.OllamaChatOptions;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

import com.novastoryteller.engine.StoryRequest;
import com.novastoryteller.engine.StoryWriter;
import com.novastoryteller.engine.provider.ChatModels;
import com.novastoryteller.engine.provider.WritingFallback;

/**
 * Writes stories with a model on a local Ollama server, streamed line by line like every provider's, with the
 * embedded writer to finish the story if the server fails (see {@link WritingFallback}).
 */
@Component
@ConditionalOnProperty(name = "storyteller.providers.writer", havingValue = "ollama")
class OllamaStoryWriter implements StoryWriter {

    private final OllamaChatModel model;
    private final OllamaConnection connection;
    private final WritingFallback fallback;

    OllamaStoryWriter(OllamaConnection connection, OllamaSettings ollama) {
        this.connection = connection;
        this.model = connection.chat(OllamaChatOptions.builder().model(ollama.chatModel()).temperature(0.9).build());
        this.fallback = connection.writingFallback();
    }

    @Override
    public void write(StoryRequest request, Consumer<String> lines) {
        fallback.write(request, lines, told -> ChatModels.write(model, request, told, connection.settings().timeout()));
    }
}
