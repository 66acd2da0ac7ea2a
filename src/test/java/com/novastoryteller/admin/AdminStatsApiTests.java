package com.novastoryteller.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.novastoryteller.account.Accounts;
import com.novastoryteller.support.Api;
import com.novastoryteller.support.Api.Registered;
import com.novastoryteller.support.ApplicationTest;
import com.novastoryteller.support.DatabaseTest;

import tools.jackson.databind.JsonNode;

/** The admin's figures agree with what was made: accounts, stories, characters and the last day's writing. */
@ApplicationTest
@DatabaseTest
class AdminStatsApiTests {

    @LocalServerPort
    int port;

    @Autowired
    Accounts accounts;

    @Test
    void theFiguresCountWhatFamiliesMade() {
        Api api = new Api(port);
        String admin = api.admin(accounts);
        JsonNode before = api.get("/api/admin/stats", admin).json();

        Registered mia = api.register("stats");
        Registered leo = api.register("stats");
        assertThat(api.patch("/api/admin/users/" + leo.id(), admin, Map.of("is_active", false)).status()).isEqualTo(200);
        assertThat(api.post("/api/characters/", mia.token(), Map.of("name", "Zuzu", "description", "a purple dragon"))
                .status()).isEqualTo(201);
        for (String prompt : new String[] { "a fox who finds a kite", "a moon made of cheese", "a very brave snail" }) {
            String id = api.post("/api/stories/", mia.token(), Map.of("prompt", prompt)).json().get("id").asString();
            api.awaitReady(id, mia.token(), Duration.ofSeconds(60));
        }

        JsonNode after = api.get("/api/admin/stats", admin).json();
        assertThat(delta(before, after, "users", "total")).as("two families signed up").isEqualTo(2);
        assertThat(delta(before, after, "users", "active")).as("one of them deactivated").isEqualTo(1);
        assertThat(delta(before, after, "characters", "total")).isEqualTo(1);
        assertThat(delta(before, after, "stories", "total")).isEqualTo(3);
        assertThat(delta(before, after, "stories", "ready")).as("other tests' stories may finish too")
                .isGreaterThanOrEqualTo(3);
        JsonNode stories = after.get("stories");
        assertThat(stories.get("ready").asLong() + stories.get("generating").asLong() + stories.get("failed").asLong())
                .isEqualTo(stories.get("total").asLong());
        assertThat(delta(before, after, "tasks_24h", "total")).isEqualTo(3);
        assertThat(delta(before, after, "tasks_24h", "completed")).isGreaterThanOrEqualTo(3);
        assertThat(after.get("avg_task_ms_24h").asLong()).isPositive();
        assertThat(after.get("success_rate_24h").asDouble()).isBetween(0.0, 1.0).isPositive();
        assertThat(after.get("avg_attempts_24h").asDouble()).isPositive();
        assertThat(after.get("providers").isArray()).isTrue();

        assertThat(api.get("/api/admin/stats", mia.token()).status()).isEqualTo(403);
        assertThat(api.get("/api/admin/stats", null).status()).isEqualTo(401);
    }

    private static long delta(JsonNode before, JsonNode after, String group, String figure) {
        return after.get(group).get(figure).asLong() - before.get(group).get(figure).asLong();
    }
}
