package com.novastoryteller.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import com.novastoryteller.support.Api;
import com.novastoryteller.support.Api.Registered;
import com.novastoryteller.support.ApplicationTest;

import tools.jackson.databind.JsonNode;

@ApplicationTest
class PlainTextApiTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    Api api;
    Registered mia;

    @BeforeEach
    void signUp() {
        api = new Api(port);
        mia = api.register("typist");
    }

    @Test
    void aNulInAnInterruptionOrModificationIsRefusedAndTheStoryStaysAsItWas() {
        String id = readyStory();
        JsonNode before = api.get("/api/stories/" + id, mia.token()).json();

        Api.Reply interrupted = api.post("/api/stories/" + id + "/interrupt", mia.token(),
                Map.of("after_segment", 1, "instruction", "it rains\u0000 jelly beans"));
        assertThat(interrupted.status()).isEqualTo(400);
        assertThat(interrupted.json().get("errors").has("instruction")).as(interrupted.body()).isTrue();

        Api.Reply regenerated = api.post("/api/stories/" + id + "/regenerate", mia.token(),
                Map.of("modifications", "\u0000\u0001make it sunny"));
        assertThat(regenerated.status()).isEqualTo(400);
        assertThat(regenerated.json().get("errors").has("modifications")).as(regenerated.body()).isTrue();

        JsonNode after = api.get("/api/stories/" + id, mia.token()).json();
        assertThat(after.get("status").asString()).isEqualTo("ready");
        assertThat(after.get("revision").asInt()).isEqualTo(before.get("revision").asInt());
        assertThat(after.get("story_text").asString()).isEqualTo(before.get("story_text").asString());
    }

    @Test
    void aTitleWithARightToLeftOverrideIsRefused() {
        String id = readyStory();
        String title = api.get("/api/stories/" + id, mia.token()).json().get("title").asString();

        Api.Reply renamed = api.patch("/api/stories/" + id, mia.token(), Map.of("title", "Bedtime\u202Efdp.exe"));

        assertThat(renamed.status()).isEqualTo(400);
        assertThat(renamed.json().get("type").asString()).isEqualTo("/problems/validation");
        assertThat(renamed.json().get("errors").has("title")).as(renamed.body()).isTrue();
        assertThat(api.get("/api/stories/" + id, mia.token()).json().get("title").asString()).isEqualTo(title);
    }

    @Test
    void aCharacterNameWithALoneSurrogateIsRefusedAndNotStored() {
        Api.Reply created = api.post("/api/characters", mia.token(), "{\"name\": \"Ann\\ud800\"}");

        assertThat(created.status()).isEqualTo(400);
        assertThat(created.json().get("errors").has("name")).as(created.body()).isTrue();
        assertThat(api.get("/api/characters", mia.token()).json().get("count").asInt()).isZero();
    }

    @Test
    void aControlCharacterInAQueryParameterOrFormFieldIsRefused() {
        Api.Reply searched = api.get("/api/characters?q=" + URLEncoder.encode("Ann\u0007", StandardCharsets.UTF_8), mia.token());
        assertThat(searched.status()).isEqualTo(400);
        assertThat(searched.json().get("errors").has("q")).as(searched.body()).isTrue();

        Api.Reply created = api.multipart("/api/stories/", mia.token(), Map.of("prompt", "a cat\u0000 who sings"),
                "image", "cat.png", "image/png", new byte[0]);
        assertThat(created.status()).isEqualTo(400);
        assertThat(created.json().get("errors").has("prompt")).as(created.body()).isTrue();
        assertThat(api.get("/api/stories/", mia.token()).json().get("count").asInt()).isZero();
    }

    @Test
    void aDownloadIsNamedWithoutTheControlCharactersOfATitleStoredBeforeTheCheck() {
        String id = readyStory();
        jdbc.update("UPDATE story SET title = ? WHERE id = ?", "Bed\u0007time\u202Efdp.exe", id);

        HttpResponse<byte[]> pdf = api.bytes("/api/stories/" + id + "/export.pdf", mia.token());

        assertThat(pdf.statusCode()).isEqualTo(200);
        String disposition = pdf.headers().firstValue("Content-Disposition").orElseThrow();
        assertThat(disposition).contains("Bedtimefdp.exe.pdf").doesNotContain("%E2%80%AE").doesNotContain("%07");
    }

    private String readyStory() {
        Api.Reply created = api.post("/api/stories/", mia.token(), Map.of("prompt", "a fox who loves kites", "length", "short"));
        assertThat(created.status()).as(created.body()).isEqualTo(202);
        String id = created.json().get("id").asString();
        api.awaitReady(id, mia.token(), Duration.ofMinutes(1));
        return id;
    }
}
