package com.novastoryteller.engine.openai;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

import com.novastoryteller.engine.provider.ProviderChoices;

class OpenAiSettingsTests {

    @Test
    void withNothingSetItIsNotUsedAndNamesTheModelsItWouldAsk() {
        OpenAiSettings openai = settings(new MockEnvironment());

        assertThat(openai.inUse()).isFalse();
        assertThat(openai.settings()).containsEntry("api_key", "not set")
                .containsEntry("base_url", "https://api.openai.com/v1").containsEntry("chat_model", "gpt-4o-mini")
                .containsEntry("transcription_model", "whisper-1");
        assertThat(openai.settings().keySet()).containsExactly("base_url", "api_key", "chat_model", "moderation_model",
                "image_model", "speech_model", "transcription_model");
    }

    @Test
    void aCapabilitySwitchedToItPutsItInUseAndItsKeyIsMasked() {
        OpenAiSettings openai = settings(new MockEnvironment().withProperty("storyteller.providers.writer", "openai")
                .withProperty("spring.ai.openai.api-key", "sk-proj-abcdefghijklmnop1234")
                .withProperty("spring.ai.openai.chat.options.model", "gpt-4.1-mini"));

        assertThat(openai.inUse()).isTrue();
        assertThat(openai.settings()).containsEntry("api_key", "****1234").containsEntry("chat_model", "gpt-4.1-mini");
        assertThat(openai.chatModel()).as("what the writer asks").isEqualTo("gpt-4.1-mini");
    }

    private static OpenAiSettings settings(MockEnvironment environment) {
        return new OpenAiSettings(environment, new ProviderChoices(environment));
    }
}
