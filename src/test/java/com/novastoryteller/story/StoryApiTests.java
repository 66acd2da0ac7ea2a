package com.novastoryteller.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.novastoryteller.support.Api;
import com.novastoryteller.support.Api.Registered;
import com.novastoryteller.support.Api.Reply;
import com.novastoryteller.support.ApplicationTest;
import com.novastoryteller.support.DatabaseTest;

import tools.jackson.databind.JsonNode;

@ApplicationTest
@DatabaseTest
class StoryApiTests {

    @LocalServerPort
    int port;

    Api api;
    Registered mia;

    @BeforeEach
    void signUp() {
        api = new Api(port);
        mia = api.register("mia");
    }

    @Test
    void listsTheTemplatesAChildCanPick() {
        Reply templates = api.get("/api/templates/", mia.token());

        assertThat(templates.status()).isEqualTo(200);
        assertThat(templates.json().findValuesAsString("id"))
                .contains("adventure", "fantasy", "sci-fi", "mystery", "educational");
        templates.json().forEach(template -> assertThat(template.get("description").asString()).isNotBlank());
    }

    @Test
    void aPromptBecomesAStoryWrittenInTheBackground() {
        Reply created = create(Map.of("prompt", "tell me a story about a brave astronaut named Captain Mirelle",
                "template", "sci-fi", "age_band", "8-10", "length", "short"));

        assertThat(created.status()).isEqualTo(202);
        assertThat(created.json().get("status").asString()).isEqualTo("generating");
        assertThat(created.header("Location")).contains(created.json().get("id").asString());
        String taskId = created.json().get("task_id").asString();

        JsonNode story = awaitReady(created.json().get("id").asString());
        assertThat(story.get("title").asString()).isNotBlank();
        assertThat(story.get("parts").size()).isEqualTo(3);
        assertThat(story.get("story_text").asString()).contains("Captain Mirelle");
        assertThat(story.get("template").asString()).isEqualTo("sci-fi");
        assertThat(story.get("age_band").asString()).isEqualTo("8-10");
        assertThat(story.get("user_name").asString()).isEqualTo(mia.username());

        JsonNode task = api.get("/api/stories/generation-status/" + taskId, mia.token()).json();
        assertThat(task.get("status").asString()).isEqualTo("completed");
        assertThat(task.get("progress").asInt()).isEqualTo(100);
        assertThat(task.get("attempts").asInt()).isGreaterThanOrEqualTo(1);
        assertThat(task.get("finished_at").isNull()).isFalse();
    }

    @Test
    void storiesAreListedNewestFirstAndCanBeSearchedAndFiltered() {
        String first = create(Map.of("prompt", "a hamster called Quibbleton who sails a teacup", "template", "adventure"))
                .json().get("id").asString();
        String second = create(Map.of("prompt", "a dragon who loves the Whispering Woods", "template", "fantasy"))
                .json().get("id").asString();
        awaitReady(first);
        awaitReady(second);

        JsonNode all = api.get("/api/stories/?page_size=1", mia.token()).json();
        JsonNode quibbleton = api.get("/api/stories?q=quibbleton", mia.token()).json();
        JsonNode fantasy = api.get("/api/stories?template=fantasy&status=ready", mia.token()).json();

        assertThat(all.get("count").asInt()).isEqualTo(2);
        assertThat(all.get("results").get(0).get("id").asString()).isEqualTo(second);
        assertThat(all.get("next").asString()).contains("page=2");
        assertThat(quibbleton.get("results").findValuesAsString("id")).containsExactly(first);
        assertThat(fantasy.get("results").findValuesAsString("id")).containsExactly(second);
        assertThat(api.get("/api/stories?template=horror", mia.token()).status()).isEqualTo(400);
    }

    @Test
    void nobodyElseCanSeeOrTouchAStory() {
        Reply created = create(Map.of("prompt", "a kind giant who bakes bread"));
        String id = created.json().get("id").asString();
        Registered leo = api.register("leo");

        assertThat(api.get("/api/stories/" + id + "/", leo.token()).status()).isEqualTo(404);
        assertThat(api.patch("/api/stories/" + id, leo.token(), Map.of("title", "Mine now")).status()).isEqualTo(404);
        assertThat(api.delete("/api/stories/" + id, leo.token()).status()).isEqualTo(404);
        assertThat(api.post("/api/stories/" + id + "/regenerate", leo.token(), Map.of("modifications", "x")).status())
                .isEqualTo(404);
        assertThat(api.send(api.request("/api/stories/" + id + "/events", leo.token())
                .setHeader("Accept", "text/event-stream").GET()).status()).isEqualTo(404);
        assertThat(api.get("/api/stories/generation-status/" + created.json().get("task_id").asString(), leo.token())
                .status()).isEqualTo(404);
        assertThat(api.get("/api/stories/", leo.token()).json().get("count").asInt()).isZero();
        assertThat(api.get("/api/stories/" + id, null).status()).isEqualTo(401);
    }

    @Test
    void regeneratingMakesANewRevisionThatHonoursTheChange() {
        String id = create(Map.of("prompt", "a little robot named Bolt who wants to dance")).json().get("id").asString();
        awaitReady(id);

        Reply regenerated = api.post("/api/stories/" + id + "/regenerate/", mia.token(),
                Map.of("modifications", "make the moon made of cheese"));

        assertThat(regenerated.status()).isEqualTo(202);
        assertThat(regenerated.json().get("story").get("status").asString()).isEqualTo("generating");
        assertThat(api.get("/api/stories/" + id, mia.token()).json().get("status").asString()).isEqualTo("generating");
        JsonNode story = awaitReady(id);
        assertThat(story.get("revision").asInt()).isEqualTo(2);
        assertThat(story.get("story_text").asString()).contains("Bolt").containsIgnoringCase("cheese");
    }

    @Test
    void editingTheTextKeepsThePreviousRevision() {
        String id = create(Map.of("prompt", "a mystery about a missing birthday cake")).json().get("id").asString();
        JsonNode before = awaitReady(id);

        Reply edited = api.put("/api/stories/" + id, mia.token(),
                Map.of("title", "The Cake Case", "story_text", "The cake was in the fridge all along. Everyone laughed."));

        assertThat(edited.status()).isEqualTo(200);
        assertThat(edited.json().get("title").asString()).isEqualTo("The Cake Case");
        assertThat(edited.json().get("story_text").asString()).isEqualTo("The cake was in the fridge all along. Everyone laughed.");
        assertThat(edited.json().get("revision").asInt()).isEqualTo(before.get("revision").asInt() + 1);
        assertThat(edited.json().get("status").asString()).isEqualTo("ready");
        assertThat(api.patch("/api/stories/" + id, mia.token(), Map.of("is_published", true)).json()
                .get("is_published").asBoolean()).isTrue();
    }

    @Test
    void anEditIsJudgedByTheWordsTheFamilyAddsAndNotByTheLinesTheWriterWrote() {
        String id = create(Map.of("prompt", "a hedgehog named Bramble who finds a lost kite")).json().get("id").asString();
        JsonNode before = awaitReady(id);
        String written = before.get("story_text").asString();

        Reply kept = api.put("/api/stories/" + id, mia.token(), Map.of("story_text", written + " Bramble waved goodbye."));
        assertThat(kept.status()).as(kept.body()).isEqualTo(200);

        Reply unsafe = api.put("/api/stories/" + id, mia.token(),
                Map.of("story_text", written + " Then Bramble wanted to kill himself."));
        assertThat(unsafe.status()).as(unsafe.body()).isEqualTo(422);
        assertThat(api.get("/api/stories/" + id, mia.token()).json().get("story_text").asString())
                .as("the refused edit changed nothing").endsWith("Bramble waved goodbye.");
    }

    @Test
    void deletingAStoryRemovesIt() {
        String id = create(Map.of("prompt", "a penguin who learns to fly")).json().get("id").asString();
        awaitReady(id);

        assertThat(api.delete("/api/stories/" + id, mia.token()).status()).isEqualTo(204);
        assertThat(api.get("/api/stories/" + id, mia.token()).status()).isEqualTo(404);
    }

    @Test
    void badRequestsAreExplainedAndStoreNothing() {
        Reply empty = create(Map.of("prompt", "  "));
        Reply badBand = create(Map.of("prompt", "a cat", "age_band", "99"));
        Map<String, Object> tooLong = new HashMap<>(Map.of("prompt", "a".repeat(2001)));

        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.json().get("errors").has("prompt")).isTrue();
        assertThat(badBand.status()).isEqualTo(400);
        assertThat(badBand.json().get("errors").has("age_band")).isTrue();
        assertThat(create(tooLong).status()).isEqualTo(400);
        assertThat(api.get("/api/stories", mia.token()).json().get("count").asInt()).isZero();
    }

    @Test
    void anUnsafeRequestGetsAKindAnswerAndStoresNothing() {
        Reply unsafe = create(Map.of("prompt", "a story about how to make a b0mb"));

        assertThat(unsafe.status()).isEqualTo(422);
        assertThat(unsafe.header("Content-Type")).isEqualTo("application/problem+json");
        assertThat(unsafe.json().get("detail").asString()).contains("How about");
        assertThat(unsafe.json().get("suggestions").size()).isPositive();
        assertThat(unsafe.json().has("support")).as("no talk of hurting oneself where there was none").isFalse();
        assertThat(api.get("/api/stories", mia.token()).json().get("count").asInt()).isZero();
    }

    @Test
    void aChildWhoWritesAboutHurtingThemselvesIsToldToTalkToAGrownUp() {
        for (String prompt : List.of("the girl wants to die and end her life", "a boy who st4rves himself to be skinny",
                "a story where the rabbit no longer wants to be alive")) {
            Reply refused = create(Map.of("prompt", prompt));

            assertThat(refused.status()).as(prompt).isEqualTo(422);
            assertThat(refused.json().get("support").asString()).contains("grown-up you trust");
            assertThat(refused.json().get("detail").asString()).contains("grown-up you trust");
        }
        Reply title = create(Map.of("prompt", "a fox who finds a map", "title", "how to make a noose"));
        assertThat(title.status()).as("a title is read as carefully as a prompt").isEqualTo(422);
        assertThat(api.get("/api/stories", mia.token()).json().get("count").asInt()).isZero();
    }

    @Test
    void tenStoriesAskedForAtOnceAllFinish() {
        List<String> ids = java.util.stream.IntStream.range(0, 10)
                .mapToObj(n -> create(Map.of("prompt", "story number " + n + " about a fox named Rusty")))
                .map(reply -> reply.json().get("id").asString()).toList();

        ids.forEach(this::awaitReady);
        assertThat(api.get("/api/stories?status=ready&page_size=20", mia.token()).json().get("count").asInt()).isEqualTo(10);
    }

    @Test
    void theEventStreamAnnouncesEachPartAndSegmentThenDone() throws Exception {
        String id = create(Map.of("prompt", "an owl named Hoot who counts the stars", "length", "medium"))
                .json().get("id").asString();
        var request = api.request("/api/stories/" + id + "/events", mia.token())
                .setHeader("Accept", "text/event-stream").timeout(Duration.ofSeconds(60)).GET().build();

        List<String> events;
        try (var lines = java.net.http.HttpClient.newHttpClient()
                .send(request, java.net.http.HttpResponse.BodyHandlers.ofLines()).body()) {
            events = lines.filter(line -> line.startsWith("event:") || line.startsWith("data:"))
                    .takeWhile(line -> !line.equals("event:done")).toList();
        }
        List<String> names = events.stream().filter(line -> line.startsWith("event:")).map(line -> line.substring(6)).toList();
        long distinctParts = events.stream().filter(line -> line.startsWith("data:") && line.contains("\"title\"")).distinct().count();
        long distinctSegments = events.stream().filter(line -> line.startsWith("data:") && line.contains("\"seq\"")).distinct().count();

        assertThat(names.get(0)).isEqualTo("status");
        assertThat(names.get(1)).isEqualTo("part");
        assertThat(distinctParts).isEqualTo(4);
        assertThat(distinctSegments).isGreaterThan(distinctParts);
        assertThat(awaitReady(id).get("parts").size()).isEqualTo(4);
    }

    private Reply create(Map<String, ?> body) {
        return api.post("/api/stories/", mia.token(), body);
    }

    private JsonNode awaitReady(String id) {
        return api.awaitReady(id, mia.token(), Duration.ofSeconds(60));
    }
}
