package com.novastoryteller.engine.aws;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

import com.novastoryteller.engine.ImageDescriber;
import com.novastoryteller.engine.ImageDescriptionPrompt;
import com.novastoryteller.engine.embedded.EmbeddedImageDescriber;
import com.novastoryteller.engine.provider.ProviderGuard;
import com.novastoryteller.usage.Usage;

import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.bedrockruntime.model.ContentBlock;
import software.amazon.awssdk.services.bedrockruntime.model.ConversationRole;
import software.amazon.awssdk.services.bedrockruntime.model.ConverseRequest;
import software.amazon.awssdk.services.bedrockruntime.model.ConverseResponse;
import software.amazon.awssdk.services.bedrockruntime.model.ImageBlock;
import software.amazon.awssdk.services.bedrockruntime.model.ImageFormat;
import software.amazon.awssdk.services.bedrockruntime.model.ImageSource;
import software.amazon.awssdk.services.bedrockruntime.model.Message;

/** Reads a child's drawing with Nova 2 Lite by Bedrock's Converse; the offline describer answers when Bedrock cannot. */
@Component
@ConditionalOnProperty(name = "storyteller.providers.describer", havingValue = "bedrock")
class BedrockImageDescriber implements ImageDescriber {

    private final AwsConnection connection;
    private final ProviderGuard guard;
    private final ImageDescriber embedded = new EmbeddedImageDescriber();

    BedrockImageDescriber(AwsConnection connection) {
        this.connection = connection;
        this.guard = connection.guard("describer", "read the drawing");
    }

    @Override
    public String describe(byte[] image, @Nullable String caption) {
        return guard.call(() -> {
            ImageFormat format = ImageDescriptionPrompt.mediaType(image).equals("image/png") ? ImageFormat.PNG
                    : ImageFormat.JPEG;
            ConverseResponse response = connection.client().converse(ConverseRequest.builder()
                    .modelId(connection.models().textModel())
                    .messages(Message.builder().role(ConversationRole.USER).content(
                            ContentBlock.fromImage(ImageBlock.builder().format(format)
                                    .source(ImageSource.fromBytes(SdkBytes.fromByteArray(image))).build()),
                            ContentBlock.fromText(ImageDescriptionPrompt.ask(caption))).build())
                    .inferenceConfig(config -> config.temperature(0.2f).maxTokens(80))
                    .build());
            String phrase = ImageDescriptionPrompt.tidy(response.output().message().content().stream()
                    .map(ContentBlock::text).filter(text -> text != null).findFirst().orElse(""));
            if (phrase.isEmpty()) {
                throw new IllegalStateException("An empty description");
            }
            return new ProviderGuard.Used<>(phrase, Usage.tokens(response.usage().inputTokens(),
                    response.usage().outputTokens()));
        }, () -> embedded.describe(image, caption));
    }
}
