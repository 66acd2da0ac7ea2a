package com.novastoryteller.engine.openai;

import org.jspecify.annotations.Nullable;
import org.springframework.ai.chat.messages.UserMessage;
import org.springframework.ai.chat.model.ChatResponse;
import org.springframework.ai.chat.prompt.Prompt;
import org.springframework.ai.content.Media;
import org.springframework.ai.openai.OpenAiChatModel;
import org.springframework.ai.openai.OpenAiChatOptions;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.stereotype.Component;
import org.springframework.util.MimeType;

import com.novastoryteller.engine.ImageDescriber;
import com.novastoryteller.engine.ImageDescriptionPrompt;
import com.novastoryteller.engine.embedded.EmbeddedImageDescriber;
import com.novastoryteller.engine.provider.ChatUsage;
import com.novastoryteller.engine.provider.ProviderGuard;
import com.novastoryteller.engine.provider.Usage;

/** Reads a child's drawing with an OpenAI vision model; the offline describer answers when OpenAI cannot. */
@Component
@ConditionalOnProperty(name = "storyteller.providers.describer", havingValue = "openai")
public class OpenAiImageDescriber implements ImageDescriber {

    private final OpenAiChatModel model;
    private final ProviderGuard guard;
    private final ImageDescriber embedded = new EmbeddedImageDescriber();

    OpenAiImageDescriber(OpenAiConnection connection,
            @Value("${spring.ai.openai.chat.options.model:gpt-4o-mini}") String modelName) {
        this.model = OpenAiChatModel.builder()
                .options(connection.connect(OpenAiChatOptions.builder()).model(modelName).temperature(0.2)
                        .maxTokens(80).build())
                .build();
        this.guard = connection.guard("describer", "read the drawing");
    }

    @Override
    public String describe(byte[] image, @Nullable String caption) {
        return guard.call(() -> {
            UserMessage message = UserMessage.builder().text(ImageDescriptionPrompt.ask(caption))
                    .media(new Media(MimeType.valueOf(ImageDescriptionPrompt.mediaType(image)), new ByteArrayResource(image))).build();
            ChatResponse response = model.call(new Prompt(message));
            String phrase = ImageDescriptionPrompt.tidy(response.getResult().getOutput().getText());
            if (phrase.isEmpty()) {
                throw new IllegalStateException("An empty description");
            }
            return new ProviderGuard.Used<>(phrase, ChatUsage.of(response, Usage.tokens(0, 0)));
        }, () -> embedded.describe(image, caption));
    }
}
