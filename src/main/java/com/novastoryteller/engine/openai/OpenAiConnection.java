package com.novastoryteller.engine.openai;

import java.util.List;
import java.util.Map;

import org.springframework.ai.openai.OpenAiAudioSpeechOptions;
import org.springframework.ai.openai.OpenAiAudioTranscriptionOptions;
import org.springframework.ai.openai.OpenAiChatOptions;
import org.springframework.ai.openai.OpenAiImageOptions;
import org.springframework.ai.openai.OpenAiModerationOptions;
import org.springframework.ai.openai.setup.OpenAiSetup;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

import com.novastoryteller.engine.provider.ProviderGuard;
import com.novastoryteller.engine.provider.ProviderSettings;
import com.novastoryteller.engine.provider.WritingFallback;
import com.novastoryteller.usage.Provider;
import com.novastoryteller.usage.ProviderUsage;
import com.openai.client.OpenAIClient;

import io.micrometer.observation.ObservationRegistry;

/**
 * Where OpenAI (or a server with its API) is and how it is called: the address, key, timeout and retries every
 * OpenAI capability shares, by Spring AI's own property names. Nothing is sent anywhere until a capability is
 * switched to {@code openai}.
 */
@Component
@Lazy
class OpenAiConnection {

    private final String baseUrl;
    private final String apiKey;
    private final ProviderSettings settings;
    private final ProviderUsage usage;

    OpenAiConnection(OpenAiSettings openai, ProviderSettings settings, ProviderUsage usage) {
        this.baseUrl = openai.baseUrl();
        this.apiKey = openai.apiKey();
        this.settings = settings;
        this.usage = usage;
    }

    /** Chat options with the address, key, timeout and retries (the client backs off exponentially, with jitter). */
    OpenAiChatOptions.Builder connect(OpenAiChatOptions.Builder options) {
        options.baseUrl(baseUrl).apiKey(apiKey).timeout(settings.timeout()).maxRetries(settings.retries());
        return options;
    }

    OpenAiImageOptions.Builder connect(OpenAiImageOptions.Builder options) {
        options.baseUrl(baseUrl).apiKey(apiKey).timeout(settings.timeout()).maxRetries(settings.retries());
        return options;
    }

    OpenAiAudioSpeechOptions.Builder connect(OpenAiAudioSpeechOptions.Builder options) {
        options.baseUrl(baseUrl).apiKey(apiKey).timeout(settings.timeout()).maxRetries(settings.retries());
        return options;
    }

    OpenAiAudioTranscriptionOptions.Builder connect(OpenAiAudioTranscriptionOptions.Builder options) {
        options.baseUrl(baseUrl).apiKey(apiKey).timeout(settings.timeout()).maxRetries(settings.retries());
        return options;
    }

    OpenAiModerationOptions.Builder connect(OpenAiModerationOptions.Builder options) {
        options.baseUrl(baseUrl).apiKey(apiKey).timeout(settings.timeout()).maxRetries(settings.retries());
        return options;
    }

    /**
     * The OpenAI client itself, set up the way Spring AI sets up its own, for what Spring AI's models do not hand
     * back (the word timestamps of a transcription).
     */
    OpenAIClient client(String model) {
        return OpenAiSetup.setupSyncClient(baseUrl, apiKey, null, null, null, null, false, false, model,
                settings.timeout(), settings.retries(), null, Map.of(), ObservationRegistry.NOOP, null, List.of());
    }

    ProviderGuard guard(String capability, String doing) {
        return new ProviderGuard(Provider.OPENAI, capability, doing, settings, usage);
    }

    WritingFallback writingFallback() {
        return new WritingFallback(Provider.OPENAI, settings, usage);
    }

    ProviderSettings settings() {
        return settings;
    }
}
