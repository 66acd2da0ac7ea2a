package com.novastoryteller.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.novastoryteller.account.Accounts;
import com.novastoryteller.support.Api;
import com.novastoryteller.support.Api.Registered;
import com.novastoryteller.support.Api.Reply;
import com.novastoryteller.support.ApplicationTest;
import com.novastoryteller.support.DatabaseTest;

import tools.jackson.databind.JsonNode;

/** Every story written for a family counts against its daily limit, however many ask at once. */
@ApplicationTest
@DatabaseTest
class DailyLimitTests {

    private static final Duration WRITING = Duration.ofSeconds(60);

    @LocalServerPort
    int port;

    @Autowired
    Accounts accounts;

    Api api;
    Registered mia;
    String adminToken;

    @BeforeEach
    void signUp() {
        api = new Api(port);
        mia = api.register("limited");
        adminToken = api.admin(accounts);
    }

    @Test
    void manyStoriesAskedForAtOnceMakeExactlyTheLimit() throws Exception {
        int limit = 6;
        int asked = 30;
        limitTo(limit);

        ExecutorService children = Executors.newFixedThreadPool(asked);
        List<Future<Reply>> pending = new ArrayList<>();
        for (int n = 0; n < asked; n++) {
            String prompt = "a turtle called Number " + n + " who races the wind";
            pending.add(children.submit(() -> api.post("/api/stories/", mia.token(), Map.of("prompt", prompt))));
        }
        List<Reply> replies = new ArrayList<>();
        for (Future<Reply> reply : pending) {
            replies.add(reply.get());
        }
        children.shutdown();

        assertThat(replies).extracting(Reply::status).containsOnly(202, 429);
        assertThat(replies).filteredOn(reply -> reply.status() == 202).hasSize(limit);
        replies.stream().filter(reply -> reply.status() == 429).forEach(refused -> {
            assertThat(refused.json().get("type").asString()).endsWith("/problems/daily-limit");
            assertThat(refused.json().get("limit").asInt()).isEqualTo(limit);
        });
        assertThat(api.get("/api/stories/", mia.token()).json().get("count").asInt()).as("stories stored")
                .isEqualTo(limit);
    }

    @Test
    void storiesWrittenAgainCountAndAfterTheLimitAreRefusedWithAProblem() {
        limitTo(2);
        String id = api.post("/api/stories/", mia.token(), Map.of("prompt", "a kite who is scared of heights"))
                .json().get("id").asString();
        api.awaitReady(id, mia.token(), WRITING);
        assertThat(api.post("/api/stories/" + id + "/regenerate", mia.token(), Map.of("modifications", "add a bird"))
                .status()).isEqualTo(202);
        int revision = api.awaitReady(id, mia.token(), WRITING).get("revision").asInt();

        Reply regenerated = api.post("/api/stories/" + id + "/regenerate", mia.token(), Map.of("modifications", "at night"));
        Reply continued = api.post("/api/stories/" + id + "/continue", mia.token(), Map.of("instruction", "it rains"));
        Reply interrupted = api.post("/api/stories/" + id + "/interrupt", mia.token(),
                Map.of("after_segment", 1, "instruction", "a cloud says hello"));
        Reply another = api.post("/api/stories/", mia.token(), Map.of("prompt", "a moon who hums"));

        for (Reply refused : List.of(regenerated, continued, interrupted, another)) {
            assertThat(refused.status()).as(refused.body()).isEqualTo(429);
            assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
            assertThat(refused.json().get("type").asString()).endsWith("/problems/daily-limit");
            assertThat(refused.json().get("detail").asString()).contains("2 stories");
            assertThat(refused.header("Retry-After")).isNotBlank();
        }
        JsonNode story = api.get("/api/stories/" + id, mia.token()).json();
        assertThat(story.get("revision").asInt()).as("nothing was written again").isEqualTo(revision);
        assertThat(story.get("status").asString()).isEqualTo("ready");
        assertThat(api.get("/api/stories/" + id + "/revisions", mia.token()).json().size()).isEqualTo(2);
        assertThat(api.patch("/api/stories/" + id, mia.token(), Map.of("title", "The Brave Kite")).status())
                .as("an edit writes nothing, so it is not counted").isEqualTo(200);
    }

    private void limitTo(int stories) {
        assertThat(api.patch("/api/admin/users/" + mia.id(), adminToken, Map.of("daily_story_limit", stories)).status())
                .isEqualTo(200);
    }
}
