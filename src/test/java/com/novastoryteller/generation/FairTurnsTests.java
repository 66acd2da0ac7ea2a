package com.novastoryteller.generation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

import com.novastoryteller.support.Api;
import com.novastoryteller.support.Api.Registered;
import com.novastoryteller.support.ApplicationTest;

import tools.jackson.databind.JsonNode;

/**
 * Families take turns at the writer. One story is written at a time here, on a database of this test's own (so
 * that no other test's job runner takes part), and each line takes a while, as a provider's would.
 */
@ApplicationTest
@TestPropertySource(properties = {"spring.datasource.url=jdbc:h2:mem:fair-turns;DB_CLOSE_DELAY=-1",
        "storyteller.generation.threads=1", "storyteller.generation.line-delay=30ms"})
class FairTurnsTests {

    private static final Duration WRITING = Duration.ofSeconds(120);

    @LocalServerPort
    int port;

    @Test
    void oneFamilysLongQueueHoldsAnotherFamilysStoryBackByOneStoryAtMost() {
        Api api = new Api(port);
        Registered busy = api.register("busy");
        Registered other = api.register("other");

        List<JsonNode> busyStories = new ArrayList<>();
        for (String hero : List.of("a fox", "a hen", "a pig", "a cow", "a yak", "a bee", "an eel", "an owl")) {
            busyStories.add(api.post("/api/stories/", busy.token(), Map.of("prompt", hero + " who bakes bread")).json());
        }
        JsonNode otherStory = api.post("/api/stories/", other.token(), Map.of("prompt", "a mole who sings")).json();

        Instant otherStarted = started(api, other.token(), otherStory);
        List<Instant> busyStarted = busyStories.stream().map(story -> started(api, busy.token(), story)).toList();
        assertThat(busyStarted.stream().filter(started -> started.isBefore(otherStarted)))
                .as("the busy family's stories started before the other family's one").hasSizeLessThanOrEqualTo(1);
    }

    private static Instant started(Api api, String token, JsonNode story) {
        api.awaitReady(story.get("id").asString(), token, WRITING);
        JsonNode task = api.get("/api/stories/generation-status/" + story.get("task_id").asString(), token).json();
        return Instant.parse(task.get("started_at").asString());
    }
}
