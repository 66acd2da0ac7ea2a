package com.novastoryteller.engine.openai;

import java.util.function.Consumer;

import org.springframework.ai.openai.OpenAiChatModel;
import org.springframework.ai.openai.OpenAiChatOptions;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

import com.novastoryteller.engine.StoryRequest;
import com.novastoryteller.engine.StoryWriter;
import com.novastoryteller.engine.provider.ChatModels;
import com.novastoryteller.engine.provider.WritingFallback;

/**
 * Writes stories with an OpenAI chat model (or any server with the same API, by {@code spring.ai.openai.base-url}),
 * streamed: each line is handed on the moment its newline arrives, so the first sentence is read aloud while the
 * model is still writing. When the provider fails, the embedded writer finishes the story (see
 * {@link WritingFallback}).
 */
@Component
@ConditionalOnProperty(name = "storyteller.providers.writer", havingValue = "openai")
class OpenAiStoryWriter implements StoryWriter {

    private final OpenAiChatModel model;
    private final OpenAiConnection connection;
    private final WritingFallback fallback;

    OpenAiStoryWriter(OpenAiConnection connection, OpenAiSettings openai) {
        this.connection = connection;
        this.model = OpenAiChatModel.builder()
                .options(connection.connect(OpenAiChatOptions.builder()).model(openai.chatModel()).temperature(0.9)
                        .streamUsage(true).build())
                .build();
        this.fallback = connection.writingFallback();
    }

    @Override
    public void write(StoryRequest request, Consumer<String> lines) {
        fallback.write(request, lines, told -> ChatModels.write(model, request, told, connection.settings().timeout()));
    }
}
