package com.novastoryteller.engine.aws;

import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

import com.novastoryteller.engine.StoryPrompt;
import com.novastoryteller.engine.StoryRequest;
import com.novastoryteller.engine.StoryWriter;
import com.novastoryteller.engine.provider.StoryLines;
import com.novastoryteller.engine.provider.Waiting;
import com.novastoryteller.engine.provider.WritingFallback;
import com.novastoryteller.usage.Usage;

import software.amazon.awssdk.services.bedrockruntime.model.ContentBlock;
import software.amazon.awssdk.services.bedrockruntime.model.ConversationRole;
import software.amazon.awssdk.services.bedrockruntime.model.ConverseStreamRequest;
import software.amazon.awssdk.services.bedrockruntime.model.ConverseStreamResponseHandler;
import software.amazon.awssdk.services.bedrockruntime.model.Message;
import software.amazon.awssdk.services.bedrockruntime.model.SystemContentBlock;

/**
 * Writes stories with Nova 2 Lite (or the configured model) by Bedrock's ConverseStream: each text delta is cut into
 * lines as it arrives, so the first sentence is read aloud while the model is still writing. When Bedrock fails,
 * the embedded writer finishes the story (see {@link WritingFallback}).
 */
@Component
@ConditionalOnProperty(name = "storyteller.providers.writer", havingValue = "bedrock")
class BedrockStoryWriter implements StoryWriter {

    private final AwsConnection connection;
    private final WritingFallback fallback;

    BedrockStoryWriter(AwsConnection connection) {
        this.connection = connection;
        this.fallback = connection.writingFallback();
    }

    @Override
    public void write(StoryRequest request, Consumer<String> lines) {
        fallback.write(request, lines, told -> stream(request, told));
    }

    private Usage stream(StoryRequest request, Consumer<String> lines) {
        ConverseStreamRequest converse = ConverseStreamRequest.builder()
                .modelId(connection.models().textModel())
                .system(SystemContentBlock.fromText(StoryPrompt.system()))
                .messages(Message.builder().role(ConversationRole.USER)
                        .content(ContentBlock.fromText(StoryPrompt.user(request))).build())
                .inferenceConfig(config -> config.temperature(0.9f).maxTokens(4000))
                .build();
        StoryLines splitter = new StoryLines(lines);
        AtomicReference<Usage> used = new AtomicReference<>(Usage.tokens(0, 0));
        ConverseStreamResponseHandler handler = ConverseStreamResponseHandler.builder()
                .subscriber(ConverseStreamResponseHandler.Visitor.builder()
                        .onContentBlockDelta(event -> {
                            if (event.delta().text() != null) {
                                splitter.accept(event.delta().text());
                            }
                        })
                        .onMetadata(event -> used.set(Usage.tokens(event.usage().inputTokens(),
                                event.usage().outputTokens())))
                        .build())
                .build();
        Waiting.forAnswer(connection.asyncClient().converseStream(converse, handler), connection.settings().timeout());
        splitter.finish();
        return used.get();
    }
}
