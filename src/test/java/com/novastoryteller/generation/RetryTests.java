package com.novastoryteller.generation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.TestPropertySource;

import com.novastoryteller.engine.StoryRequest;
import com.novastoryteller.engine.StoryWriter;
import com.novastoryteller.engine.embedded.EmbeddedStoryWriter;
import com.novastoryteller.support.Api;
import com.novastoryteller.support.ApplicationTest;
import com.novastoryteller.support.Eventually;

import tools.jackson.databind.JsonNode;

/** A writer that fails is tried again with a growing wait, and given up on after the last attempt. */
@ApplicationTest
@TestPropertySource(properties = "storyteller.generation.retry-backoff=100ms")
class RetryTests {

    @LocalServerPort
    int port;

    @Test
    void aWriterThatFailsOnceIsTriedAgainAndTheStoryFinishes() {
        Api api = new Api(port);
        String token = api.register("retry").token();

        JsonNode created = api.post("/api/stories/", token, Map.of("prompt", "a flaky owl called Hiccup")).json();
        JsonNode task = awaitTask(api, token, created.get("task_id").asString());

        assertThat(task.get("status").asString()).isEqualTo("completed");
        assertThat(task.get("attempts").asInt()).isEqualTo(2);
        assertThat(api.get("/api/stories/" + created.get("id").asString(), token).json().get("story_text").asString())
                .contains("Hiccup");
    }

    @Test
    void aWriterThatKeepsFailingIsGivenUpOnAndTheStorySaysSo() {
        Api api = new Api(port);
        String token = api.register("retry").token();

        JsonNode created = api.post("/api/stories/", token, Map.of("prompt", "a broken robot called Clank")).json();
        JsonNode task = awaitTask(api, token, created.get("task_id").asString());

        assertThat(task.get("status").asString()).isEqualTo("failed");
        assertThat(task.get("attempts").asInt()).isEqualTo(4);
        assertThat(task.get("error").asString()).contains("writer is down");
        JsonNode story = api.get("/api/stories/" + created.get("id").asString(), token).json();
        assertThat(story.get("status").asString()).isEqualTo("failed");
        assertThat(story.get("failure").asString()).contains("could not be written");
    }

    private static JsonNode awaitTask(Api api, String token, String taskId) {
        return Eventually.get("the task ending", () -> {
            JsonNode task = api.get("/api/stories/generation-status/" + taskId, token).json();
            String status = task.get("status").asString();
            return status.equals("completed") || status.equals("failed") ? task : null;
        });
    }

    /** Stands in for a provider that is down: fails once for "flaky" prompts, always for "broken" ones. */
    @TestConfiguration
    static class UnreliableWriter {

        @Bean
        @Primary
        StoryWriter unreliableWriter() {
            EmbeddedStoryWriter writer = new EmbeddedStoryWriter();
            AtomicInteger flakyCalls = new AtomicInteger();
            return (StoryRequest request, Consumer<String> lines) -> {
                boolean fail = request.prompt().contains("broken")
                        || request.prompt().contains("flaky") && flakyCalls.getAndIncrement() == 0;
                if (fail) {
                    throw new IllegalStateException("The writer is down");
                }
                writer.write(request, lines);
            };
        }
    }
}
