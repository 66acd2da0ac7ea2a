package com.novastoryteller.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
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

/**
 * The admin's moderation: every story with filters; a hidden story leaves its family's shelf and its share link
 * answers 404 until it is brought back; a deleted one is gone for the family for good and kept for the admin.
 */
@ApplicationTest
@DatabaseTest
class AdminStoriesApiTests {

    @LocalServerPort
    int port;

    @Autowired
    Accounts accounts;

    @Test
    void theAdminFindsHidesBringsBackAndDeletesStories() {
        Api api = new Api(port);
        String admin = api.admin(accounts);
        Registered mia = api.register("moderated");
        Registered leo = api.register("moderated");
        String fox = story(api, mia, "a fox who finds a kite");
        String moon = story(api, mia, "a moon made of cheese");
        String snail = story(api, leo, "a very brave snail");

        JsonNode mias = api.get("/api/admin/stories/?user_id=" + mia.id(), admin).json();
        assertThat(mias.get("count").asInt()).isEqualTo(2);
        assertThat(mias.get("results").findValuesAsString("id")).containsExactly(moon, fox);
        assertThat(api.get("/api/admin/stories/?user_id=" + leo.id() + "&status=ready", admin).json().get("count").asInt())
                .isEqualTo(1);
        String today = LocalDate.now(ZoneOffset.UTC).toString();
        assertThat(api.get("/api/admin/stories/?user_id=" + mia.id() + "&created_from=" + today + "&created_to=" + today,
                admin).json().get("count").asInt()).isEqualTo(2);
        assertThat(api.get("/api/admin/stories/?user_id=" + mia.id() + "&created_to=2020-01-01", admin).json()
                .get("count").asInt()).isZero();
        assertThat(api.get("/api/admin/stories/?created_from=yesterday", admin).status()).isEqualTo(400);

        String share = api.post("/api/stories/" + fox + "/share", mia.token(), Map.of()).json().get("token").asString();
        assertThat(api.get("/api/shared/" + share, null).status()).isEqualTo(200);

        JsonNode hidden = api.patch("/api/admin/stories/" + fox + "/hide", admin, Map.of("is_hidden", true)).json();
        assertThat(hidden.get("is_hidden").asBoolean()).isTrue();
        assertThat(ids(api, mia)).as("gone from Mia's shelf").containsExactly(moon);
        assertThat(api.get("/api/stories/" + fox, mia.token()).status()).isEqualTo(404);
        assertThat(api.get("/api/shared/" + share, null).status()).as("its share link").isEqualTo(404);
        assertThat(api.get("/api/admin/stories/?user_id=" + mia.id(), admin).json().get("count").asInt())
                .as("hidden ones only when asked").isEqualTo(1);
        assertThat(api.get("/api/admin/stories/?user_id=" + mia.id() + "&include_hidden=true", admin).json().get("count")
                .asInt()).isEqualTo(2);

        api.patch("/api/admin/stories/" + fox + "/hide", admin, Map.of("is_hidden", false));
        assertThat(ids(api, mia)).as("back on the shelf").containsExactly(moon, fox);
        assertThat(api.get("/api/shared/" + share, null).status()).isEqualTo(200);

        assertThat(api.delete("/api/admin/stories/" + snail, admin).status()).isEqualTo(204);
        assertThat(ids(api, leo)).isEmpty();
        assertThat(api.get("/api/stories/" + snail, leo.token()).status()).isEqualTo(404);
        JsonNode kept = api.get("/api/admin/stories/" + snail, admin).json();
        assertThat(kept.get("deleted_at").isNull()).as("kept for audit").isFalse();
        assertThat(api.get("/api/admin/stories/?user_id=" + leo.id() + "&include_deleted=true", admin).json().get("count")
                .asInt()).isEqualTo(1);

        assertThat(api.patch("/api/admin/stories/" + moon + "/hide", admin, Map.of()).status()).isEqualTo(400);
        assertThat(api.patch("/api/admin/stories/" + moon + "/hide", mia.token(), Map.of("is_hidden", true)).status())
                .isEqualTo(403);
        assertThat(api.delete("/api/admin/stories/" + moon, mia.token()).status()).isEqualTo(403);
        assertThat(api.get("/api/admin/stories/", null).status()).isEqualTo(401);
        assertThat(ids(api, mia)).as("nothing changed by the refused calls").containsExactly(moon, fox);
    }

    private static String story(Api api, Registered family, String prompt) {
        String id = api.post("/api/stories/", family.token(), Map.of("prompt", prompt)).json().get("id").asString();
        api.awaitReady(id, family.token(), Duration.ofSeconds(60));
        return id;
    }

    private static java.util.List<String> ids(Api api, Registered family) {
        return api.get("/api/stories/", family.token()).json().get("results").findValuesAsString("id");
    }
}
