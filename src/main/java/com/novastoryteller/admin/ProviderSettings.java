package com.novastoryteller.admin;

import java.util.Collection;

import org.springframework.core.env.Environment;

/** Each provider's settings as the diagnostics show them, with the defaults its starter would use; no secret in full. */
final class ProviderSettings {

    private ProviderSettings() {
    }

    record OpenAi(boolean inUse, String baseUrl, String apiKey, String chatModel, String moderationModel,
            String imageModel, String speechModel, String transcriptionModel) {

        static OpenAi from(Environment environment, Collection<String> chosen) {
            return new OpenAi(chosen.contains("openai"),
                    environment.getProperty("spring.ai.openai.base-url", "https://api.openai.com/v1"),
                    Secrets.mask(environment.getProperty("spring.ai.openai.api-key")),
                    environment.getProperty("spring.ai.openai.chat.options.model", "gpt-4o-mini"),
                    environment.getProperty("spring.ai.openai.moderation.options.model", "omni-moderation-latest"),
                    environment.getProperty("spring.ai.openai.image.options.model", "gpt-image-1"),
                    environment.getProperty("spring.ai.openai.audio.speech.options.model", "gpt-4o-mini-tts"),
                    environment.getProperty("spring.ai.openai.audio.transcription.options.model", "whisper-1"));
        }
    }

    record Ollama(boolean inUse, String baseUrl, String chatModel, String visionModel) {

        static Ollama from(Environment environment, Collection<String> chosen) {
            return new Ollama(chosen.contains("ollama"),
                    Secrets.maskUrl(environment.getProperty("spring.ai.ollama.base-url", "http://localhost:11434")),
                    environment.getProperty("spring.ai.ollama.chat.options.model", "llama3.2"),
                    environment.getProperty("storyteller.ollama.vision-model", "llava"));
        }
    }

    record Aws(boolean inUse, String region, String endpoint, String accessKeyId, String secretAccessKey,
            String textModel, String imageModel, String sonicModel) {

        private static final String DEFAULT_CHAIN = "from the AWS SDK's default chain";

        static Aws from(Environment environment, Collection<String> chosen) {
            String accessKeyId = environment.getProperty("storyteller.aws.access-key-id");
            return new Aws(chosen.contains("bedrock") || chosen.contains("polly"),
                    environment.getProperty("storyteller.aws.region", DEFAULT_CHAIN),
                    Secrets.maskUrl(environment.getProperty("storyteller.aws.endpoint")),
                    accessKeyId == null ? DEFAULT_CHAIN : Secrets.mask(accessKeyId),
                    Secrets.mask(environment.getProperty("storyteller.aws.secret-access-key")),
                    environment.getProperty("storyteller.aws.bedrock.text-model", "us.amazon.nova-2-lite-v1:0"),
                    environment.getProperty("storyteller.aws.bedrock.image-model", "amazon.nova-canvas-v1:0"),
                    environment.getProperty("storyteller.aws.bedrock.sonic-model", "amazon.nova-2-sonic-v1:0"));
        }
    }
}
