package com.novastoryteller.engine.ollama;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

import com.novastoryteller.engine.provider.ProviderChoices;

class OllamaSettingsTests {

    @Test
    void aPasswordInTheServersAddressIsNeverShown() {
        MockEnvironment environment = new MockEnvironment().withProperty("storyteller.providers.describer", "ollama")
                .withProperty("spring.ai.ollama.base-url", "http://user:hunter2@ollama:11434");

        OllamaSettings ollama = new OllamaSettings(environment, new ProviderChoices(environment));

        assertThat(ollama.inUse()).isTrue();
        assertThat(ollama.settings()).containsEntry("base_url", "http://****@ollama:11434")
                .containsEntry("chat_model", "llama3.2").containsEntry("vision_model", "llava");
        assertThat(ollama.baseUrl()).as("what the client calls").isEqualTo("http://user:hunter2@ollama:11434");
    }
}
