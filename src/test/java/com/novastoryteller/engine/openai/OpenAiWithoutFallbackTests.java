package com.novastoryteller.engine.openai;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.novastoryteller.support.Api;
import com.novastoryteller.support.ApplicationTest;
import com.novastoryteller.support.Eventually;

import tools.jackson.databind.JsonNode;

/**
 * With {@code fallback-to-embedded=false}, a story the provider cannot write fails, and says clearly why; and a
 * provider that keeps failing is rested by the circuit breaker instead of being called on every attempt.
 */
@ApplicationTest
class OpenAiWithoutFallbackTests {

    static final FakeOpenAi openAi = FakeOpenAi.start();

    @DynamicPropertySource
    static void provider(DynamicPropertyRegistry registry) {
        openAi.configure(registry);
        registry.add("storyteller.providers.retries", () -> "0");
        registry.add("storyteller.providers.fallback-to-embedded", () -> "false");
        registry.add("storyteller.generation.retry-backoff", () -> "100ms");
        registry.add("storyteller.providers.breaker.minimum-calls", () -> "2");
    }

    @LocalServerPort
    int port;

    @AfterAll
    static void stop() {
        openAi.close();
    }

    @Test
    void aProviderThatStaysDownIsRestedAndTheStoryFailsWithAClearErrorAndNoSecret() throws InterruptedException {
        Api api = new Api(port);
        String token = api.register("nofallback").token();
        openAi.answer(List.of("TITLE: Never Heard\n"));
        openAi.fail(100, 500);

        JsonNode created = api.post("/api/stories/", token, Map.of("prompt", "a whale who sings")).json();
        JsonNode task = Eventually.get("the story's task failing", () -> {
            JsonNode now = api.get("/api/stories/generation-status/" + created.get("task_id").asString(), token).json();
            return now.get("status").asString().equals("failed") ? now : null;
        });
        assertThat(task.get("attempts").asInt()).isEqualTo(4);
        assertThat(task.get("error").asString()).as("the last attempts found the breaker open")
                .isEqualTo("OpenAI could not write the story (resting after repeated failures)");
        JsonNode story = api.get("/api/stories/" + created.get("id").asString(), token).json();
        assertThat(story.get("status").asString()).isEqualTo("failed");
        assertThat(story.get("story_text").asString()).as("nothing was made up offline").isEmpty();
        assertThat(openAi.requests).as("two failed calls open the breaker; the provider is then left alone").hasSize(2);
        assertThat(task.toString() + story).doesNotContain(FakeOpenAi.KEY);
    }
}
