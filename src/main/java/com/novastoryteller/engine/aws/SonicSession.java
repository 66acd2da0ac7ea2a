package com.novastoryteller.engine.aws;

import java.util.Base64;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import com.novastoryteller.engine.Conversation;
import com.novastoryteller.usage.Usage;

import reactor.core.publisher.Sinks;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.bedrockruntime.BedrockRuntimeAsyncClient;
import software.amazon.awssdk.services.bedrockruntime.model.BidirectionalOutputPayloadPart;
import software.amazon.awssdk.services.bedrockruntime.model.InvokeModelWithBidirectionalStreamInput;
import software.amazon.awssdk.services.bedrockruntime.model.InvokeModelWithBidirectionalStreamResponseHandler;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * One conversation with Nova 2 Sonic over Bedrock's bidirectional stream (InvokeModelWithBidirectionalStream, HTTP/2):
 * {@code sessionStart}, {@code promptStart} (24 kHz LPCM answers), the system prompt as a SYSTEM text content, then
 * the child's 16 kHz LPCM audio as one interactive USER audio content, and the end events. What Sonic sends back is
 * handed to the {@link Conversation.Listener}: its transcript of the child's words, its own words, its spoken answer, and when the
 * child interrupted it.
 */
final class SonicSession {

    static final int INPUT_RATE = 16_000;
    static final int OUTPUT_RATE = 24_000;
    /** Audio goes to Sonic in pieces of this many bytes (100 ms at 16 kHz). */
    private static final int PIECE = INPUT_RATE / 10 * 2;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final String prompt = UUID.randomUUID().toString();
    private final String audioContent = UUID.randomUUID().toString();
    private final Sinks.Many<InvokeModelWithBidirectionalStreamInput> events = Sinks.many().unicast().onBackpressureBuffer();
    private final Conversation.Listener listener;
    private final CompletableFuture<Void> done;
    private long audioMs;
    private String speaking = "";

    SonicSession(BedrockRuntimeAsyncClient client, String model, String systemPrompt, String voice,
            Conversation.Listener listener) {
        this.listener = listener;
        send(event("sessionStart", JSON.createObjectNode().set("inferenceConfiguration",
                JSON.createObjectNode().put("maxTokens", 1024).put("topP", 0.9).put("temperature", 0.7))));
        ObjectNode promptStart = JSON.createObjectNode().put("promptName", prompt);
        promptStart.putObject("textOutputConfiguration").put("mediaType", "text/plain");
        promptStart.putObject("audioOutputConfiguration").put("mediaType", "audio/lpcm")
                .put("sampleRateHertz", OUTPUT_RATE).put("sampleSizeBits", 16).put("channelCount", 1)
                .put("voiceId", voice).put("encoding", "base64").put("audioType", "SPEECH");
        send(event("promptStart", promptStart));
        String system = UUID.randomUUID().toString();
        ObjectNode systemStart = content(system).put("type", "TEXT").put("interactive", false).put("role", "SYSTEM");
        systemStart.putObject("textInputConfiguration").put("mediaType", "text/plain");
        send(event("contentStart", systemStart));
        send(event("textInput", content(system).put("content", systemPrompt)));
        send(event("contentEnd", content(system)));
        ObjectNode audioStart = content(audioContent).put("type", "AUDIO").put("interactive", true).put("role", "USER");
        audioStart.putObject("audioInputConfiguration").put("mediaType", "audio/lpcm").put("sampleRateHertz", INPUT_RATE)
                .put("sampleSizeBits", 16).put("channelCount", 1).put("audioType", "SPEECH").put("encoding", "base64");
        send(event("contentStart", audioStart));
        InvokeModelWithBidirectionalStreamResponseHandler handler = InvokeModelWithBidirectionalStreamResponseHandler
                .builder().subscriber(InvokeModelWithBidirectionalStreamResponseHandler.Visitor.builder()
                        .onChunk(this::received).build())
                .build();
        this.done = client.invokeModelWithBidirectionalStream(request -> request.modelId(model), events.asFlux(), handler);
    }

    /** The child's voice, 16-bit little-endian mono PCM at 16 kHz, sent on in 100 ms pieces. */
    synchronized void audio(byte[] pcm) {
        for (int at = 0; at < pcm.length; at += PIECE) {
            int length = Math.min(PIECE, pcm.length - at);
            byte[] piece = new byte[length];
            System.arraycopy(pcm, at, piece, 0, length);
            send(event("audioInput", content(audioContent).put("content", Base64.getEncoder().encodeToString(piece))));
        }
        audioMs += pcm.length / 2 * 1000L / INPUT_RATE;
    }

    /** The child has finished: the audio content, the prompt and the session end, and the stream closes. */
    synchronized void finish() {
        send(event("contentEnd", content(audioContent)));
        send(event("promptEnd", JSON.createObjectNode().put("promptName", prompt)));
        send(event("sessionEnd", JSON.createObjectNode()));
        events.tryEmitComplete();
    }

    /** Completes when Sonic has closed its side of the stream. */
    CompletableFuture<Void> done() {
        return done;
    }

    Usage usage() {
        return Usage.audio(audioMs);
    }

    private void received(BidirectionalOutputPayloadPart part) {
        JsonNode event = JSON.readTree(part.bytes().asByteArray()).path("event");
        if (event.has("contentStart")) {
            speaking = event.path("contentStart").path("role").asString("");
        }
        else if (event.has("textOutput")) {
            JsonNode text = event.path("textOutput");
            String content = text.path("content").asString("");
            if (content.contains("{ \"interrupted\" : true }") || content.contains("{\"interrupted\":true}")) {
                listener.interrupted();
            }
            else if ("USER".equals(text.path("role").asString(speaking))) {
                listener.heard(content);
            }
            else {
                listener.said(content);
            }
        }
        else if (event.has("audioOutput")) {
            listener.spoke(Base64.getDecoder().decode(event.path("audioOutput").path("content").asString("")));
        }
        else if (event.has("contentEnd") && "INTERRUPTED".equals(event.path("contentEnd").path("stopReason").asString())) {
            listener.interrupted();
        }
    }

    private ObjectNode content(String name) {
        return JSON.createObjectNode().put("promptName", prompt).put("contentName", name);
    }

    private static ObjectNode event(String type, ObjectNode body) {
        ObjectNode event = JSON.createObjectNode();
        event.putObject("event").set(type, body);
        return event;
    }

    private void send(ObjectNode event) {
        events.tryEmitNext(InvokeModelWithBidirectionalStreamInput.chunkBuilder()
                .bytes(SdkBytes.fromByteArray(JSON.writeValueAsBytes(event))).build());
    }
}
