package com.novastoryteller.engine.ollama;

import org.springframework.ai.ollama.OllamaChatModel;
import org.springframework.ai.ollama.api.OllamaApi;
import org.springframework.ai.ollama.api.OllamaChatOptions;
import org.springframework.context.annotation.Lazy;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

import com.novastoryteller.engine.provider.ProviderGuard;
import com.novastoryteller.engine.provider.ProviderSettings;
import com.novastoryteller.engine.provider.WritingFallback;
import com.novastoryteller.usage.Provider;
import com.novastoryteller.usage.ProviderUsage;

/** Where the Ollama server is ({@code spring.ai.ollama.base-url}) and how it is called, for every Ollama capability. */
@Component
@Lazy
class OllamaConnection {

    private final OllamaApi api;
    private final ProviderSettings settings;
    private final ProviderUsage usage;

    OllamaConnection(OllamaSettings ollama, ProviderSettings settings, ProviderUsage usage) {
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory();
        requests.setReadTimeout(settings.timeout());
        this.api = OllamaApi.builder().baseUrl(ollama.baseUrl()).restClientBuilder(RestClient.builder().requestFactory(requests))
                .build();
        this.settings = settings;
        this.usage = usage;
    }

    OllamaChatModel chat(OllamaChatOptions options) {
        return OllamaChatModel.builder().ollamaApi(api).options(options).retryTemplate(settings.retryTemplate())
                .build();
    }

    ProviderSettings settings() {
        return settings;
    }

    ProviderGuard guard(String capability, String doing) {
        return new ProviderGuard(Provider.OLLAMA, capability, doing, settings, usage);
    }

    WritingFallback writingFallback() {
        return new WritingFallback(Provider.OLLAMA, settings, usage);
    }
}
