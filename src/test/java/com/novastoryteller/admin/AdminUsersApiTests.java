package com.novastoryteller.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.novastoryteller.account.Accounts;
import com.novastoryteller.account.NewAccount;
import com.novastoryteller.account.Role;
import com.novastoryteller.support.Api;
import com.novastoryteller.support.Api.Registered;
import com.novastoryteller.support.Api.Reply;
import com.novastoryteller.support.ApplicationTest;
import com.novastoryteller.support.DatabaseTest;
import com.novastoryteller.support.PageSession;

import tools.jackson.databind.JsonNode;

@ApplicationTest
@DatabaseTest
class AdminUsersApiTests {

    @LocalServerPort
    int port;

    @Autowired
    Accounts accounts;

    Api api;
    String adminToken;
    String adminId;

    @BeforeEach
    void signInAsAdmin() {
        api = new Api(port);
        String name = "admin-" + UUID.randomUUID().toString().substring(0, 8);
        adminId = accounts.open(new NewAccount(name + "@example.com", name, "admin password", "Ada", "Admin"), Role.ADMIN)
                .id().toString();
        adminToken = api.post("/api/login", null, Map.of("username", name, "password", "admin password"))
                .json().get("token").asString();
    }

    @Test
    void adminPathsAreClosedToAnonymousCallersAndToNonAdmins() {
        Registered user = api.register("user");

        for (String path : new String[] { "/api/admin/users/", "/actuator/prometheus", "/actuator/metrics" }) {
            assertThat(getAnything(path, null).status()).as(path).isEqualTo(401);
            assertThat(getAnything(path, user.token()).status()).as(path).isEqualTo(403);
            assertThat(getAnything(path, adminToken).status()).as(path).isEqualTo(200);
        }
        assertThat(api.get("/actuator/health", null).status()).isEqualTo(200);
        assertThat(api.get("/api/health", null).json().get("status").asString()).isEqualTo("ok");
    }

    @Test
    void everyAdminRouteTheApiDocumentsRefusesAnonymousCallersAndFamilies() {
        Registered user = api.register("user");
        JsonNode paths = api.get("/v3/api-docs", null).json().get("paths");
        List<String> tried = new ArrayList<>();

        for (String path : paths.propertyNames()) {
            if (!path.startsWith("/api/admin")) {
                continue;
            }
            String concrete = path.replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
            for (String method : paths.get(path).propertyNames()) {
                String verb = method.toUpperCase(java.util.Locale.ROOT);
                var body = java.net.http.HttpRequest.BodyPublishers.ofString("{}");
                Reply anonymous = api.send(api.request(concrete, null).setHeader("Accept", "*/*")
                        .header("Content-Type", "application/json").method(verb, body));
                Reply family = api.send(api.request(concrete, user.token()).setHeader("Accept", "*/*")
                        .header("Content-Type", "application/json").method(verb, body));
                assertThat(anonymous.status()).as(verb + " " + path).isEqualTo(401);
                assertThat(family.status()).as(verb + " " + path).isEqualTo(403);
                tried.add(verb + " " + path);
            }
        }
        assertThat(tried).as("users, stories, stats, logs, config and usage").hasSizeGreaterThanOrEqualTo(14);
    }

    private Reply getAnything(String path, @org.jspecify.annotations.Nullable String token) {
        return api.send(api.request(path, token).setHeader("Accept", "*/*").GET());
    }

    @Test
    void searchesAccountsByNameOrEmailWithPages() {
        Registered mia = api.register("searchable");
        api.register("searchable");
        api.register("searchable");

        Reply firstPage = api.get("/api/admin/users/?q=SEARCHABLE&page_size=2", adminToken);
        Reply byEmail = api.get("/api/admin/users?q=" + mia.email(), adminToken);

        assertThat(firstPage.status()).isEqualTo(200);
        assertThat(firstPage.json().get("count").asInt()).isGreaterThanOrEqualTo(3);
        assertThat(firstPage.json().get("results").size()).isEqualTo(2);
        assertThat(firstPage.json().get("next").asString()).contains("page=2");
        assertThat(firstPage.json().get("previous").isNull()).isTrue();
        assertThat(byEmail.json().get("count").asInt()).isEqualTo(1);
        assertThat(byEmail.json().get("results").get(0).get("username").asString()).isEqualTo(mia.username());
        assertThat(api.get("/api/admin/users?page=0", adminToken).status()).isEqualTo(400);
    }

    @Test
    void aDeactivatedOrDeletedAccountCannotSignInAnyMore() {
        Registered leo = api.register("leo");
        Registered zara = api.register("zara");

        Reply deactivated = api.patch("/api/admin/users/" + leo.id(), adminToken, Map.of("is_active", false));
        Reply deleted = api.delete("/api/admin/users/" + zara.id() + "/", adminToken);

        assertThat(deactivated.status()).isEqualTo(200);
        assertThat(deactivated.json().get("is_active").asBoolean()).isFalse();
        assertThat(deleted.status()).isEqualTo(204);
        assertThat(api.get("/api/current-user", leo.token()).status()).isEqualTo(401);
        assertThat(api.get("/api/current-user", zara.token()).status()).isEqualTo(401);
        assertThat(api.post("/api/login", null, Map.of("username", leo.username(), "password", "good password")).status())
                .isEqualTo(401);
        assertThat(api.get("/api/admin/users?q=" + zara.username(), adminToken).json().get("count").asInt()).isZero();
        assertThat(api.get("/api/admin/users?include_deleted=true&q=" + zara.username(), adminToken)
                .json().get("count").asInt()).isEqualTo(1);
    }

    @Test
    void aDeactivatedAccountIsSignedOutOfItsBrowserAtOnceAndAChangedRoleCountsFromTheNextClick() {
        Registered leo = api.register("leo");
        PageSession browser = PageSession.signIn(port, leo.username(), "good password");
        assertThat(browser.get("/stories").statusCode()).isEqualTo(200);
        assertThat(browser.get("/admin").statusCode()).isEqualTo(403);

        api.patch("/api/admin/users/" + leo.id(), adminToken, Map.of("role", "admin"));
        assertThat(browser.get("/admin").statusCode()).isEqualTo(200);

        api.patch("/api/admin/users/" + leo.id(), adminToken, Map.of("is_active", false));
        var afterwards = browser.get("/stories");
        assertThat(afterwards.statusCode()).isEqualTo(302);
        assertThat(afterwards.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to).endsWith("/signin"));
    }

    @Test
    void theAdminSetsAFamilysDailyStoryLimitAndOverItAStoryIsRefusedWithWhenItResets() {
        Registered leo = api.register("leo");
        Reply limited = api.patch("/api/admin/users/" + leo.id(), adminToken, Map.of("daily_story_limit", 2));
        assertThat(limited.json().get("daily_story_limit").asInt()).isEqualTo(2);
        assertThat(api.patch("/api/admin/users/" + leo.id(), adminToken, Map.of("daily_story_limit", -1)).status())
                .isEqualTo(400);
        assertThat(api.patch("/api/admin/users/" + leo.id(), leo.token(), Map.of("daily_story_limit", 99)).status())
                .as("only the admin sets it").isEqualTo(403);

        for (String prompt : List.of("a snail who races", "a cloud who sneezes")) {
            assertThat(api.post("/api/stories/", leo.token(), Map.of("prompt", prompt)).status()).isEqualTo(202);
        }
        Reply third = api.post("/api/stories/", leo.token(), Map.of("prompt", "a moon who hums"));

        assertThat(third.status()).isEqualTo(429);
        assertThat(third.json().get("type").asString()).endsWith("/problems/daily-limit");
        Instant resets = Instant.parse(third.json().get("resets_at").asString());
        Instant midnight = LocalDate.now(ZoneOffset.UTC).plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        assertThat(resets).isEqualTo(midnight);
        assertThat(third.json().get("detail").asString()).contains("2 stories", resets.toString());
        assertThat(Long.parseLong(third.header("Retry-After"))).isBetween(1L, 86_400L);
        assertThat(api.get("/api/stories/", leo.token()).json().get("count").asInt()).as("nothing was stored").isEqualTo(2);

        api.patch("/api/admin/users/" + leo.id(), adminToken, Map.of("daily_story_limit", 0));
        assertThat(api.get("/api/admin/users/" + leo.id(), adminToken).json().get("daily_story_limit").isNull())
                .as("back to the installation's limit").isTrue();
        assertThat(api.post("/api/stories/", leo.token(), Map.of("prompt", "a moon who hums")).status()).isEqualTo(202);
    }

    @Test
    void theAdminChangesRolesButNeverLocksThemselvesOut() {
        Registered sam = api.register("sam");

        Reply promoted = api.put("/api/admin/users/" + sam.id(), adminToken, Map.of("email", sam.email(),
                "first_name", "Sam", "last_name", "Staff", "role", "staff", "is_active", true));
        Reply incompletePut = api.put("/api/admin/users/" + sam.id(), adminToken, Map.of("role", "user"));
        Reply badRole = api.patch("/api/admin/users/" + sam.id(), adminToken, Map.of("role", "emperor"));

        assertThat(promoted.status()).isEqualTo(200);
        assertThat(promoted.json().get("role").asString()).isEqualTo("staff");
        assertThat(incompletePut.status()).isEqualTo(400);
        assertThat(incompletePut.json().get("errors").propertyNames()).contains("email", "first_name", "is_active");
        assertThat(badRole.status()).isEqualTo(400);
        assertThat(api.delete("/api/admin/users/" + adminId, adminToken).status()).isEqualTo(409);
        assertThat(api.patch("/api/admin/users/" + adminId, adminToken, Map.of("role", "user")).status()).isEqualTo(409);
        assertThat(api.get("/api/admin/users/" + UUID.randomUUID(), adminToken).status()).isEqualTo(404);
        assertThat(api.get("/api/current-user", adminToken).json().get("role").asString()).isEqualTo("admin");
    }
}
