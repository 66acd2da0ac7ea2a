package com.novastoryteller.interaction;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

import com.novastoryteller.support.Api;
import com.novastoryteller.support.Api.Registered;
import com.novastoryteller.support.ApplicationTest;

import tools.jackson.databind.JsonNode;

@ApplicationTest
@TestPropertySource(properties = "storyteller.providers.narrator=embedded")
class StoryInteractionApiTests {

    private static final Duration WRITING = Duration.ofMinutes(2);

    @LocalServerPort
    int port;

    Api api;
    Registered mia;

    @BeforeEach
    void signUp() {
        api = new Api(port);
        mia = api.register("listener");
    }

    @Test
    void anInterruptionKeepsWhatWasHeardAndTheRestMakesItHappenAndAnEarlierVersionComesBackWithItsAudio() {
        String id = story(Map.of("prompt", "a boy named Tomasz who finds a lost kite", "age_band", "5-7", "length", "short"));
        List<String> before = texts(id);
        List<String> beforeAudio = audio(id);

        assertThat(api.post("/api/stories/" + id + "/interrupt", mia.token(), Map.of("after_segment", 999,
                "instruction", "it rains jelly beans")).json().get("errors").has("after_segment")).isTrue();
        assertThat(api.post("/api/stories/" + id + "/interrupt", mia.token(), Map.of("after_segment", 2)).status())
                .isEqualTo(400);
        Registered stranger = api.register("stranger");
        assertThat(api.post("/api/stories/" + id + "/interrupt", stranger.token(), Map.of("after_segment", 2,
                "instruction", "it rains jelly beans")).status()).isEqualTo(404);
        assertThat(revisions(id)).as("refused changes leave no version behind").hasSize(1);

        Api.Reply changed = api.post("/api/stories/" + id + "/interrupt", mia.token(),
                Map.of("after_segment", 3, "instruction", "suddenly it starts raining jelly beans"));
        assertThat(changed.status()).isEqualTo(202);
        assertThat(changed.json().get("story").get("revision").asInt()).isEqualTo(2);
        api.awaitReady(id, mia.token(), WRITING);

        List<String> after = texts(id);
        assertThat(after.subList(0, 4)).as("what was heard stays as it was").isEqualTo(before.subList(0, 4));
        assertThat(audio(id).subList(0, 4)).as("and keeps its audio").isEqualTo(beforeAudio.subList(0, 4));
        String rest = String.join(" ", after.subList(4, after.size()));
        assertThat(rest).contains("jelly beans").contains("Tomasz");
        assertThat(after).isNotEqualTo(before);

        List<JsonNode> versions = revisions(id);
        assertThat(versions).extracting(version -> version.get("reason").asString()).containsExactly("created", "interrupted");
        assertThat(versions.get(1).get("instruction").asString()).isEqualTo("suddenly it starts raining jelly beans");
        assertThat(versions.get(1).get("current").asBoolean()).isTrue();

        Api.Reply restored = api.post("/api/stories/" + id + "/revisions/1/restore", mia.token(), null);
        assertThat(restored.status()).isEqualTo(200);
        assertThat(restored.json().get("revision").asInt()).isEqualTo(3);
        assertThat(restored.json().get("status").asString()).isEqualTo("ready");
        assertThat(texts(id)).isEqualTo(before);
        assertThat(audio(id)).as("every sentence can be heard at once, with the audio it had: nothing was spoken again")
                .isEqualTo(beforeAudio);
        assertThat(api.post("/api/stories/" + id + "/revisions/9/restore", mia.token(), null).status()).isEqualTo(404);
    }

    @Test
    void textSavedAsItWasMakesNoNewVersionAndBlankWordsAreRefused() {
        String id = story(Map.of("prompt", "a girl named Ines who builds a raft", "age_band", "5-7", "length", "short"));
        String text = api.get("/api/stories/" + id, mia.token()).json().get("story_text").asString();

        assertThat(api.patch("/api/stories/" + id, mia.token(), Map.of("story_text", "  " + text + "\n")).status())
                .isEqualTo(200);
        assertThat(revisions(id)).as("saved as it was").hasSize(1);
        Api.Reply blank = api.patch("/api/stories/" + id, mia.token(), Map.of("title", "   "));
        assertThat(blank.status()).isEqualTo(400);
        assertThat(blank.json().get("errors").get("title").asString()).isEqualTo("A title needs some words.");
        assertThat(api.patch("/api/stories/" + id, mia.token(), Map.of("story_text", text + " The end.")).status())
                .isEqualTo(200);
        assertThat(revisions(id)).as("a real change").hasSize(2);
    }

    @Test
    void theNextPartFollowsTheEndingAndBringsTheWishAlong() {
        String id = story(Map.of("prompt", "a girl named Nell and her cat Pepper", "age_band", "8-10", "length", "short"));
        List<String> before = texts(id);
        int parts = api.get("/api/stories/" + id, mia.token()).json().get("parts").size();

        assertThat(api.post("/api/stories/" + id + "/continue", mia.token(), Map.of("instruction", "a dragon comes to visit"))
                .status()).isEqualTo(202);
        assertThat(api.post("/api/stories/" + id + "/continue", mia.token(), Map.of()).status())
                .as("one next part at a time").isEqualTo(409);
        JsonNode continued = api.awaitReady(id, mia.token(), WRITING);

        List<String> after = texts(id);
        assertThat(after.subList(0, before.size())).isEqualTo(before);
        assertThat(String.join(" ", after.subList(before.size(), after.size()))).contains("dragon").contains("Nell");
        assertThat(continued.get("parts").size()).isGreaterThan(parts);
    }

    @Test
    void anInteractiveStoryStopsWithChoicesAndGoesOnDownTheChosenBranch() {
        String id = story(Map.of("prompt", "a fox named Rufus who finds a golden key", "age_band", "8-10",
                "length", "medium", "interactive", true));
        JsonNode offered = api.get("/api/stories/" + id, mia.token()).json();
        List<String> choices = new ArrayList<>();
        offered.get("choices").forEach(choice -> choices.add(choice.asString()));
        assertThat(choices).hasSizeBetween(2, 3);
        assertThat(texts(id).get(texts(id).size() - 1)).as("the question is read aloud").contains("You choose");
        assertThat(api.get("/api/stories/" + id + "/narration", mia.token()).json().get("choices").size())
                .isEqualTo(choices.size());

        assertThat(api.post("/api/stories/" + id + "/continue", mia.token(), Map.of()).status()).isEqualTo(409);
        assertThat(api.post("/api/stories/" + id + "/choose", mia.token(), Map.of("choice", "9")).status()).isEqualTo(400);

        assertThat(api.post("/api/stories/" + id + "/choose", mia.token(), Map.of("choice", "1")).status()).isEqualTo(202);
        JsonNode chosen = api.awaitReady(id, mia.token(), WRITING);
        String picked = choices.get(1);
        assertThat(chosen.get("story_text").asString().toLowerCase()).contains(picked.toLowerCase().replaceAll("[.!?]$", ""));
        assertThat(chosen.get("path").get(0).asString()).isEqualTo(picked);
        assertThat(chosen.get("choices").size()).as("the choice is made").isZero();
        assertThat(revisions(id).get(1).get("reason").asString()).isEqualTo("chose");
    }

    @Test
    void aShareLinkOpensTheStoryForAnyoneWithoutTheOwnerAndDiesWhenRevoked() {
        String id = story(Map.of("prompt", "a robot named Bolt who learns to dance", "age_band", "5-7", "length", "short"));
        Registered stranger = api.register("stranger");
        assertThat(api.post("/api/stories/" + id + "/share", stranger.token(), null).status()).isEqualTo(404);

        Api.Reply shared = api.post("/api/stories/" + id + "/share", mia.token(), null);
        assertThat(shared.status()).isEqualTo(201);
        String url = shared.json().get("share_url").asString();
        String token = shared.json().get("token").asString();
        assertThat(token).hasSizeGreaterThanOrEqualTo(43);
        assertThat(url).endsWith("/shared/" + token);
        assertThat(api.post("/api/stories/" + id + "/share", mia.token(), null).json().get("share_url").asString())
                .as("one link per story").isEqualTo(url);

        Api.Reply opened = api.get("/api/shared/" + token, null);
        assertThat(opened.status()).isEqualTo(200);
        assertThat(opened.header("X-Robots-Tag")).contains("noindex");
        assertThat(opened.json().get("parts").size()).isPositive();
        assertThat(opened.body()).doesNotContain(mia.username()).doesNotContain(mia.email()).doesNotContain(mia.id())
                .doesNotContain("Moon").doesNotContain("learns to dance");
        Api.Reply page = api.send(api.request("/shared/" + token, null).header("Accept", "text/html").GET());
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("noindex").doesNotContain(mia.username()).doesNotContain(mia.email());

        JsonNode narration = api.get("/api/shared/" + token + "/narration", null).json();
        String clip = narration.get("segments").get(0).get("audio").asString();
        assertThat(clip).startsWith("/api/shared/" + token + "/audio/");
        assertThat(api.get(clip, null).status()).isEqualTo(200);
        String whole = narration.get("full_audio").asString();
        assertThat(whole).startsWith("/api/shared/" + token + "/audio/");
        assertThat(api.get(whole, null).status()).as("the whole story can be downloaded through the link").isEqualTo(200);
        String ownersClip = audio(id).get(0);
        assertThat(api.get("/api/shared/" + token + "/audio/" + "0".repeat(64) + ".mp3", null).status()).isEqualTo(404);

        assertThat(api.delete("/api/stories/" + id + "/share", mia.token()).status()).isEqualTo(204);
        assertThat(api.get("/api/shared/" + token, null).status()).isEqualTo(404);
        assertThat(api.get(clip, null).status()).isEqualTo(404);
        assertThat(api.send(api.request("/shared/" + token, null).header("Accept", "text/html").GET()).status()).isEqualTo(404);
        assertThat(api.get(ownersClip, null).status()).as("the owner's own audio URLs still need the owner").isEqualTo(401);
    }

    private String story(Map<String, Object> request) {
        String id = api.post("/api/stories/", mia.token(), request).json().get("id").asString();
        api.awaitReady(id, mia.token(), WRITING);
        return id;
    }

    private List<String> texts(String id) {
        List<String> texts = new ArrayList<>();
        api.get("/api/stories/" + id + "/narration", mia.token()).json().get("segments")
                .forEach(segment -> texts.add(segment.get("speaker").asString() + ": " + segment.get("text").asString()));
        return texts;
    }

    private List<String> audio(String id) {
        List<String> audio = new ArrayList<>();
        api.get("/api/stories/" + id + "/narration", mia.token()).json().get("segments")
                .forEach(segment -> audio.add(segment.path("audio").asString("")));
        return audio;
    }

    private List<JsonNode> revisions(String id) {
        List<JsonNode> versions = new ArrayList<>();
        api.get("/api/stories/" + id + "/revisions", mia.token()).json().forEach(versions::add);
        return versions;
    }
}
