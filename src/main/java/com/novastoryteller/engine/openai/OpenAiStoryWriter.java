package com.novastoryteller.engine.openai;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

import org.springframework.ai.chat.messages.SystemMessage;
import org.springframework.ai.chat.messages.UserMessage;
import org.springframework.ai.chat.model.ChatResponse;
import org.springframework.ai.chat.prompt.Prompt;
import org.springframework.ai.openai.OpenAiChatModel;
import org.springframework.ai.openai.OpenAiChatOptions;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

import com.novastoryteller.engine.StoryPrompt;
import com.novastoryteller.engine.StoryRequest;
import com.novastoryteller.engine.StoryWriter;
import com.novastoryteller.engine.provider.ChatUsage;
import com.novastoryteller.engine.provider.StoryLines;
import com.novastoryteller.engine.provider.Usage;
import com.novastoryteller.engine.provider.WritingFallback;

/**
 * Writes stories with an OpenAI chat model (or any server with the same API, by {@code spring.ai.openai.base-url}),
 * streamed: each line is handed on the moment its newline arrives, so the first sentence is read aloud while the
 * model is still writing. When the provider fails, the embedded writer finishes the story (see
 * {@link WritingFallback}).
 */
@Component
@ConditionalOnProperty(name = "storyteller.providers.writer", havingValue = "openai")
public class OpenAiStoryWriter implements StoryWriter {

    private final OpenAiChatModel model;
    private final OpenAiConnection connection;
    private final WritingFallback fallback;

    OpenAiStoryWriter(OpenAiConnection connection,
            @Value("${spring.ai.openai.chat.options.model:gpt-4o-mini}") String modelName) {
        this.connection = connection;
        this.model = OpenAiChatModel.builder()
                .options(connection.connect(OpenAiChatOptions.builder()).model(modelName).temperature(0.9)
                        .streamUsage(true).build())
                .build();
        this.fallback = connection.writingFallback();
    }

    @Override
    public void write(StoryRequest request, Consumer<String> lines) {
        fallback.write(request, lines, told -> {
            Prompt prompt = new Prompt(List.of(new SystemMessage(StoryPrompt.system()),
                    new UserMessage(StoryPrompt.user(request))));
            StoryLines splitter = new StoryLines(told);
            AtomicReference<Usage> used = new AtomicReference<>(Usage.tokens(0, 0));
            model.stream(prompt).doOnNext(response -> used.set(ChatUsage.of(response, used.get())))
                    .map(OpenAiStoryWriter::text).doOnNext(splitter::accept)
                    .blockLast(connection.settings().timeout());
            splitter.finish();
            return used.get();
        });
    }

    private static String text(ChatResponse response) {
        if (response.getResult() == null || response.getResult().getOutput().getText() == null) {
            return "";
        }
        return response.getResult().getOutput().getText();
    }
}
