package com.novastoryteller.engine.aws;

import java.net.URI;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where and as whom the AWS services are called ({@code storyteller.aws.*}). Each may be left out: the region and
 * credentials then come from the AWS SDK's default chain (environment, profile, instance role), and the endpoints
 * from the SDK's own rules, which honour {@code AWS_ENDPOINT_URL_BEDROCK_RUNTIME} and the like.
 *
 * @param endpoint  one address for every AWS service (a proxy, or a local fake in the tests)
 */
@ConfigurationProperties("storyteller.aws")
record AwsSettings(@Nullable String region, @Nullable String accessKeyId, @Nullable String secretAccessKey,
        @Nullable URI endpoint, @DefaultValue Bedrock bedrock, @DefaultValue Polly polly) {

    /**
     * @param textModel   writing and reading drawings (a model id or an inference profile such as
     *                    {@code us.amazon.nova-2-lite-v1:0})
     * @param imageModel  illustrations (Nova Canvas)
     * @param sonicModel  the live voice session and transcription (Nova 2 Sonic)
     * @param sonicVoice  the voice Sonic answers in
     * @param guardrailId  the Bedrock guardrail that judges texts when the safety provider is {@code bedrock}
     * @param guardrailVersion  its version ({@code DRAFT} or a number)
     */
    public record Bedrock(@DefaultValue("us.amazon.nova-2-lite-v1:0") String textModel,
            @DefaultValue("amazon.nova-canvas-v1:0") String imageModel,
            @DefaultValue("amazon.nova-2-sonic-v1:0") String sonicModel, @DefaultValue("matthew") String sonicVoice,
            @Nullable String guardrailId,
            @DefaultValue("DRAFT") String guardrailVersion) {
    }

    /**
     * @param engine  Polly's engine ({@code neural}, {@code standard}, {@code generative})
     * @param voices  Polly's voice for each of the narrator's voices ({@code storyteller}, {@code child}, …), where the
     *                installation wants another than the default
     */
    public record Polly(@DefaultValue("neural") String engine, @DefaultValue Map<String, String> voices) {
    }
}
