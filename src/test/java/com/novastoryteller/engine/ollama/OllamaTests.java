package com.novastoryteller.engine.ollama;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.novastoryteller.account.Accounts;
import com.novastoryteller.support.Api;
import com.novastoryteller.support.Api.Registered;
import com.novastoryteller.support.ApplicationTest;
import com.novastoryteller.support.TestMedia;

import tools.jackson.databind.JsonNode;

/**
 * Stories written and drawings read by models on a local Ollama server, by configuration alone: the product's real
 * Spring AI Ollama client talks to a loopback fake of Ollama's chat API (streamed as newline-delimited JSON).
 */
@ApplicationTest
class OllamaTests {

    static final FakeOllama ollama = FakeOllama.start();

    @DynamicPropertySource
    static void provider(DynamicPropertyRegistry registry) {
        registry.add("storyteller.providers.writer", () -> "ollama");
        registry.add("storyteller.providers.describer", () -> "ollama");
        registry.add("spring.ai.ollama.base-url", ollama::baseUrl);
        registry.add("spring.ai.ollama.chat.options.model", () -> "llama-test");
        registry.add("storyteller.ollama.vision-model", () -> "llava-test");
        registry.add("storyteller.providers.retries", () -> "1");
        registry.add("storyteller.providers.breaker.minimum-calls", () -> "100");
    }

    @LocalServerPort
    int port;

    @Autowired
    Accounts accounts;

    Api api;
    Registered sam;

    @BeforeEach
    void signUp() {
        api = new Api(port);
        sam = api.register("ollama");
        ollama.requests.clear();
        ollama.down = false;
        ollama.pieces = List.of("TITLE: Fin the ", "Frog\nPART: The Lily Pad\nNARRATOR: Fin the frog sat on a ",
                "lily pad.\nFIN: \"What a lovely day!\"\n", "NARRATOR: Then he hopped all the way home.\n");
    }

    @AfterAll
    static void stop() {
        ollama.close();
    }

    @Test
    void theStoryIsWrittenByTheLocalModelAndToldWhileItStreams() {
        CountDownLatch last = ollama.holdLastPiece();
        String id = api.post("/api/stories/", sam.token(), Map.of("prompt", "a frog called Fin")).json().get("id")
                .asString();
        JsonNode whileStreaming = api.awaitText(id, sam.token(), "Fin the frog sat on a lily pad.");
        assertThat(whileStreaming.get("status").asString()).as("told before the stream has ended").isEqualTo("generating");
        last.countDown();

        JsonNode story = api.awaitReady(id, sam.token(), Duration.ofSeconds(30));
        assertThat(story.get("title").asString()).isEqualTo("Fin the Frog");
        assertThat(story.get("story_text").asString()).endsWith("Then he hopped all the way home.");
        assertThat(story.get("notice").isNull()).isTrue();

        JsonNode sent = ollama.requests.stream().filter(request -> request.path("stream").asBoolean(true)
                && request.get("messages").toString().contains("a frog called Fin")).findFirst()
                .orElseThrow(() -> new AssertionError("The model was never asked for the child's story"));
        assertThat(sent.get("model").asString()).isEqualTo("llama-test");
        assertThat(sent.get("stream").asBoolean()).isTrue();
        assertThat(sent.get("messages").toString()).contains("NARRATOR:");

        JsonNode usage = Api.find(api.get("/api/admin/usage", api.admin(accounts)).json().get("providers"), "provider",
                "ollama");
        assertThat(usage.get("usage").get("output_tokens").asLong()).isGreaterThanOrEqualTo(140);
        assertThat(usage.get("estimated_cost_usd").asDouble()).as("a local model costs nothing").isZero();
    }

    @Test
    void aDrawingIsReadByTheLocalVisionModel() {
        byte[] drawing = TestMedia.png(200, 200, 0xffffff, 0x2a9d8f);
        JsonNode created = api.multipart("/api/stories/", sam.token(), Map.of("prompt", "a frog"), "image", "frog.png",
                "image/png", drawing).json();
        assertThat(created.get("image_description").asString()).isEqualTo("a green frog on a lily pad");
        JsonNode asked = ollama.requests.stream().filter(request -> !request.path("stream").asBoolean(true)).findFirst()
                .orElseThrow();
        assertThat(asked.get("model").asString()).isEqualTo("llava-test");
        String image = asked.get("messages").get(0).get("images").get(0).asString();
        assertThat(Base64.getDecoder().decode(image)).as("the kept drawing, as it was uploaded").hasSizeGreaterThan(100);
    }

    @Test
    void whenTheServerIsDownTheEmbeddedWriterTellsTheStoryAndSaysSo() {
        ollama.down = true;
        String id = api.post("/api/stories/", sam.token(), Map.of("prompt", "a fox named Rufus who finds a lost kite"))
                .json().get("id").asString();
        JsonNode story = api.awaitReady(id, sam.token(), Duration.ofSeconds(60));
        assertThat(story.get("story_text").asString()).contains("Rufus");
        assertThat(story.get("notice").asString()).isEqualTo("Ollama could not be reached, so the offline storyteller"
                + " told this story.");
        assertThat(story.toString()).doesNotContain("model runner");
    }
}
