package com.novastoryteller.engine.openai;

import java.time.Duration;
import java.util.List;
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
import com.novastoryteller.engine.embedded.EmbeddedStoryWriter;

/**
 * Writes stories with an OpenAI chat model (or any server with the same API, by {@code spring.ai.openai.base-url}),
 * streamed: each line is handed on the moment its newline arrives, so the first sentence is read aloud while the
 * model is still writing. When the provider fails, the embedded writer finishes the story (unless
 * {@code storyteller.providers.fallback-to-embedded=false}): from the start if nothing had arrived, otherwise
 * carrying on after the lines already told.
 */
@Component
@ConditionalOnProperty(name = "storyteller.providers.writer", havingValue = "openai")
public class OpenAiStoryWriter implements StoryWriter {

    private final OpenAiChatModel model;
    private final Duration timeout;
    private final ProviderFallback fallback;

    OpenAiStoryWriter(@Value("${spring.ai.openai.base-url:https://api.openai.com/v1}") String baseUrl,
            @Value("${spring.ai.openai.api-key:}") String apiKey,
            @Value("${spring.ai.openai.chat.options.model:gpt-4o-mini}") String modelName,
            @Value("${storyteller.providers.timeout:60s}") Duration timeout,
            @Value("${storyteller.providers.retries:2}") int retries,
            @Value("${storyteller.providers.fallback-to-embedded:true}") boolean fallBack,
            @Value("${storyteller.providers.breaker.minimum-calls:5}") int minimumCalls,
            @Value("${storyteller.providers.breaker.open-for:30s}") Duration openFor) {
        this.timeout = timeout;
        this.model = OpenAiChatModel.builder()
                .options(OpenAiChatOptions.builder().baseUrl(baseUrl).apiKey(apiKey).model(modelName)
                        .timeout(timeout).maxRetries(retries).temperature(0.9).build())
                .build();
        this.fallback = new ProviderFallback("OpenAI", fallBack, new EmbeddedStoryWriter(),
                ProviderFallback.breaker("openai-writer", minimumCalls, openFor));
    }

    @Override
    public void write(StoryRequest request, Consumer<String> lines) {
        fallback.write(request, lines, told -> {
            Prompt prompt = new Prompt(List.of(new SystemMessage(StoryPrompt.system()),
                    new UserMessage(StoryPrompt.user(request))));
            StoryLines splitter = new StoryLines(told);
            model.stream(prompt).map(OpenAiStoryWriter::text).doOnNext(splitter::accept).blockLast(timeout);
            splitter.finish();
        });
    }

    private static String text(ChatResponse response) {
        if (response.getResult() == null || response.getResult().getOutput().getText() == null) {
            return "";
        }
        return response.getResult().getOutput().getText();
    }
}
