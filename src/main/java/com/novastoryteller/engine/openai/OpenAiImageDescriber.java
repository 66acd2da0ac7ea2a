package com.novastoryteller.engine.openai;

import org.jspecify.annotations.Nullable;
import org.springframework.ai.openai.OpenAiChatModel;
import org.springframework.ai.openai.OpenAiChatOptions;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

import com.novastoryteller.engine.ImageDescriber;
import com.novastoryteller.engine.embedded.EmbeddedImageDescriber;
import com.novastoryteller.engine.provider.ChatModels;
import com.novastoryteller.engine.provider.ProviderGuard;

/** Reads a child's drawing with an OpenAI vision model; the offline describer answers when OpenAI cannot. */
@Component
@ConditionalOnProperty(name = "storyteller.providers.describer", havingValue = "openai")
class OpenAiImageDescriber implements ImageDescriber {

    private final OpenAiChatModel model;
    private final ProviderGuard guard;
    private final ImageDescriber embedded = new EmbeddedImageDescriber();

    OpenAiImageDescriber(OpenAiConnection connection, OpenAiSettings openai) {
        this.model = OpenAiChatModel.builder()
                .options(connection.connect(OpenAiChatOptions.builder()).model(openai.chatModel()).temperature(0.2)
                        .maxTokens(80).build())
                .build();
        this.guard = connection.guard("describer", "read the drawing");
    }

    @Override
    public String describe(byte[] image, @Nullable String caption) {
        return guard.call(() -> ChatModels.describe(model, image, caption), () -> embedded.describe(image, caption));
    }
}
