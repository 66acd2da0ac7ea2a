package com.novastoryteller.character;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
import com.novastoryteller.support.DatabaseTest;
import com.novastoryteller.support.Eventually;

import tools.jackson.databind.JsonNode;

/** A family's character library: kept, found, changed, copied, redrawn, imported, and brought into stories. */
@ApplicationTest
@DatabaseTest
@TestPropertySource(properties = "storyteller.providers.narrator=embedded")
class CharacterApiTests {

    private static final Path PORTRAITS = Path.of("target", "test-data", "media", "portraits");

    @LocalServerPort
    int port;

    Api api;
    Registered mia;

    @BeforeEach
    void signUp() {
        api = new Api(port);
        mia = api.register("library");
    }

    @Test
    void aFamilyKeepsFindsChangesCopiesRedrawsAndDeletesItsCharacters() throws Exception {
        Api.Reply created = api.post("/api/characters/", mia.token(), Map.of("name", "Rufus",
                "description", "a little fox with a bushy tail", "age", 7, "clothing_style", "a red scarf",
                "key_traits", "brave and curious", "voice", "mouse"));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        JsonNode rufus = created.json();
        String id = rufus.get("id").asString();
        assertThat(created.header("Location")).isEqualTo("/api/characters/" + id + "/");
        assertThat(rufus.get("name").asString()).isEqualTo("Rufus");
        assertThat(rufus.get("age").asInt()).isEqualTo(7);
        assertThat(rufus.get("image_style").asString()).isEqualTo("storybook");
        assertThat(rufus.get("voice").asString()).isEqualTo("mouse");
        String portrait = portrait(rufus);
        assertThat(portrait).as("a fox in its red scarf").contains("<title>Rufus, fox</title>").contains("#e63946");

        Api.Reply sameName = api.post("/api/characters", mia.token(), Map.of("name", "  rUFUS ",
                "description", "a little fox with a bushy tail", "clothing_style", "a blue scarf"));
        assertThat(sameName.status()).as("the same name in another case updates the character").isEqualTo(200);
        assertThat(sameName.json().get("id").asString()).isEqualTo(id);
        assertThat(sameName.json().get("name").asString()).as("the library's spelling stays").isEqualTo("Rufus");
        assertThat(portrait(sameName.json())).as("the new scarf is drawn").contains("#457b9d").doesNotContain("#e63946");

        for (String name : List.of("Pip", "Bramble", "Ada")) {
            assertThat(api.post("/api/characters/", mia.token(), Map.of("name", name)).status()).isEqualTo(201);
        }
        JsonNode firstPage = api.get("/api/characters/?page=1&page_size=2", mia.token()).json();
        assertThat(firstPage.get("count").asInt()).isEqualTo(4);
        assertThat(names(firstPage)).containsExactly("Ada", "Bramble");
        assertThat(firstPage.get("next").asString()).contains("page=2");
        assertThat(names(api.get("/api/characters/?page=2&page_size=2", mia.token()).json())).containsExactly("Pip", "Rufus");
        assertThat(names(api.get("/api/characters/?q=BUSHY", mia.token()).json())).containsExactly("Rufus");

        JsonNode patched = api.patch("/api/characters/" + id + "/", mia.token(), Map.of("voice", "giant")).json();
        assertThat(patched.get("voice").asString()).isEqualTo("giant");
        assertThat(patched.get("description").asString()).as("a patch keeps what it leaves out")
                .isEqualTo("a little fox with a bushy tail");

        JsonNode replaced = api.put("/api/characters/" + id, mia.token(), Map.of("name", "Rufus")).json();
        assertThat(replaced.get("description").asString()).as("a replacement clears what it leaves out").isEmpty();
        assertThat(replaced.get("voice").isNull()).isTrue();

        Api.Reply copy = api.post("/api/characters/" + id + "/duplicate", mia.token(), null);
        assertThat(copy.status()).isEqualTo(201);
        assertThat(copy.json().get("name").asString()).isEqualTo("Rufus (copy)");
        assertThat(api.post("/api/characters/" + id + "/duplicate", mia.token(), null).json().get("name").asString())
                .isEqualTo("Rufus (copy 2)");

        String before = portrait(replaced);
        JsonNode redrawn = api.post("/api/characters/" + id + "/regenerate-image", mia.token(), null).json();
        assertThat(redrawn.get("image").asString()).isNotEqualTo(replaced.get("image").asString());
        assertThat(portrait(redrawn)).as("a new look").isNotEqualTo(before).contains("<title>Rufus, child</title>");
        assertThat(Files.list(PORTRAITS.resolve(id)).count()).as("the old portrait is removed").isEqualTo(1);

        Registered other = api.register("stranger");
        assertThat(api.get("/api/characters/" + id, other.token()).status()).isEqualTo(404);
        assertThat(api.bytes("/api/characters/" + id + "/image", other.token()).statusCode()).isEqualTo(404);
        assertThat(api.patch("/api/characters/" + id, other.token(), Map.of("name", "Mine")).status()).isEqualTo(404);
        assertThat(api.delete("/api/characters/" + id, other.token()).status()).isEqualTo(404);
        assertThat(api.get("/api/characters/", other.token()).json().get("count").asInt()).isZero();
        assertThat(api.get("/api/characters/", null).status()).isEqualTo(401);

        assertThat(api.delete("/api/characters/" + id + "/", mia.token()).status()).isEqualTo(204);
        assertThat(api.get("/api/characters/" + id, mia.token()).status()).isEqualTo(404);
        assertThat(PORTRAITS.resolve(id)).as("its portrait is gone too").doesNotExist();
    }

    @Test
    void theVoicesAndPictureStylesToChooseFromAreListed() {
        JsonNode options = api.get("/api/characters/options", mia.token()).json();
        List<String> voices = new ArrayList<>();
        options.get("voices").forEach(voice -> voices.add(voice.get("id").asString()));
        assertThat(voices).contains("storyteller", "mouse", "giant");
        assertThat(options.get("image_styles").size()).isEqualTo(4);
        assertThat(options.get("image_styles").get(0).get("description").asString()).contains("Storybook");
    }

    @Test
    void badCharactersAreRefusedWithTheFieldNamedAndChangeNothing() {
        String id = api.post("/api/characters/", mia.token(), Map.of("name", "Pip")).json().get("id").asString();
        api.post("/api/characters/", mia.token(), Map.of("name", "Ada"));

        assertRefused(api.post("/api/characters/", mia.token(), Map.of("description", "no name")), 400, "name");
        assertRefused(api.post("/api/characters/", mia.token(), Map.of("name", " ")), 400, "name");
        assertRefused(api.post("/api/characters/", mia.token(), Map.of("name", "Zed", "voice", "opera")), 400, "voice");
        assertRefused(api.post("/api/characters/", mia.token(), Map.of("name", "Zed", "image_style", "oil")), 400,
                "image_style");
        assertRefused(api.post("/api/characters/", mia.token(), Map.of("name", "Zed", "age", -3)), 400, "age");
        assertRefused(api.post("/api/characters/", mia.token(), Map.of("name", "x".repeat(81))), 400, "name");
        assertRefused(api.post("/api/characters/", mia.token(), Map.of("name", "Zed", "description", "how to make a b0mb")),
                400, "description");
        assertThat(api.post("/api/characters/", mia.token(), "{\"name\": \"Zed\", \"powers\": \"flying\"}").status())
                .as("an unknown field").isEqualTo(400);
        assertThat(api.post("/api/characters/", mia.token(), "{\"name\": ").status()).as("broken JSON").isEqualTo(400);
        assertRefused(api.patch("/api/characters/" + id, mia.token(), Map.of("name", "ADA")), 409, "name");
        assertRefused(api.patch("/api/characters/" + id, mia.token(), Map.of("voice", "opera")), 400, "voice");
        assertThat(api.get("/api/characters/not-an-id", mia.token()).status()).isEqualTo(400);

        JsonNode library = api.get("/api/characters/", mia.token()).json();
        assertThat(names(library)).containsExactly("Ada", "Pip");
        assertThat(library.get("results").get(1).get("voice").isNull()).isTrue();
    }

    @Test
    void anImportAddsAndUpdatesByNameReadsTheOldFieldNamesSkipsNamelessItemsAndSaysWhatFailed() {
        String rufus = api.post("/api/characters/", mia.token(), Map.of("name", "Rufus", "description", "a fox"))
                .json().get("id").asString();
        String file = """
                [
                  {"name": "Pip", "physical_appearance": "a tiny grey mouse", "traits": ["shy", "clever"],
                   "age": "7 years", "gender": "girl", "image_style": "night", "id": 12, "created_at": "2024-01-01"},
                  {"name": "rufus", "description": "a fox in a green coat", "generate_image": true},
                  {"description": "a character nobody named"},
                  {"name": "Blob", "voice": "opera"},
                  "not a character",
                  {"name": "PIP", "clothing_style": "yellow wellies"}
                ]
                """;
        Api.Reply imported = api.post("/api/characters/import", mia.token(), file);
        assertThat(imported.status()).as(imported.body()).isEqualTo(200);
        JsonNode result = imported.json();
        assertThat(result.get("saved").asInt()).isEqualTo(3);
        assertThat(result.get("failed").asInt()).isEqualTo(2);
        assertThat(result.get("skipped").asInt()).isEqualTo(1);
        assertThat(result.get("errors").get(0).get("index").asInt()).isEqualTo(3);
        assertThat(result.get("errors").get(0).get("name").asString()).isEqualTo("Blob");
        assertThat(result.get("errors").get(0).get("errors").has("voice")).isTrue();
        assertThat(result.get("errors").get(1).get("index").asInt()).isEqualTo(4);

        JsonNode library = api.get("/api/characters/", mia.token()).json();
        assertThat(names(library)).as("a known name keeps the library's spelling").containsExactly("Pip", "Rufus");
        JsonNode pip = library.get("results").get(0);
        assertThat(pip.get("description").asString()).isEqualTo("a tiny grey mouse");
        assertThat(pip.get("key_traits").asString()).isEqualTo("shy, clever");
        assertThat(pip.get("age").asInt()).isEqualTo(7);
        assertThat(pip.get("clothing_style").asString()).isEqualTo("yellow wellies");
        assertThat(pip.get("image_style").asString()).isEqualTo("night");
        assertThat(portrait(pip)).contains("<title>Pip, mouse</title>");
        JsonNode fox = library.get("results").get(1);
        assertThat(fox.get("id").asString()).as("updated, not added").isEqualTo(rufus);
        assertThat(fox.get("description").asString()).isEqualTo("a fox in a green coat");

        JsonNode one = api.post("/api/characters/import", mia.token(), "{\"name\": \"Ada\", \"age\": 9}").json();
        assertThat(one.get("saved").asInt()).isEqualTo(1);
        assertThat(api.post("/api/characters/import", mia.token(), "42").status()).isEqualTo(400);
        assertThat(api.get("/api/characters/", mia.token()).json().get("count").asInt()).isEqualTo(3);
    }

    @Test
    void anImportOrSaveThatFindsANameInAnotherCaseKeepsTheLibrarysSpellingAndOnlyAnEditRenames() {
        String mirelle = api.post("/api/characters/", mia.token(), Map.of("name", "Captain Mirelle",
                "description", "an astronaut with a silver helmet")).json().get("id").asString();

        JsonNode imported = api.post("/api/characters/import", mia.token(),
                "[{\"name\": \"captain mirelle\", \"key_traits\": \"brave and kind\"}]").json();
        Api.Reply saved = api.post("/api/characters/", mia.token(), Map.of("name", "CAPTAIN MIRELLE", "voice", "giant"));

        assertThat(imported.get("saved").asInt()).isEqualTo(1);
        assertThat(saved.status()).isEqualTo(200);
        JsonNode library = api.get("/api/characters/", mia.token()).json();
        assertThat(library.get("count").asInt()).isEqualTo(1);
        JsonNode captain = library.get("results").get(0);
        assertThat(captain.get("id").asString()).isEqualTo(mirelle);
        assertThat(captain.get("name").asString()).isEqualTo("Captain Mirelle");
        assertThat(captain.get("key_traits").asString()).isEqualTo("brave and kind");
        assertThat(captain.get("voice").asString()).isEqualTo("giant");
        assertThat(captain.get("description").asString()).isEqualTo("an astronaut with a silver helmet");

        JsonNode renamed = api.patch("/api/characters/" + mirelle, mia.token(), Map.of("name", "CAPTAIN Mirelle")).json();
        assertThat(renamed.get("name").asString()).as("editing the character itself renames it").isEqualTo("CAPTAIN Mirelle");
    }

    @Test
    void anImportedAgePastAnyNumberIsReportedAndTheGoodItemsAreStillImported() {
        String file = """
                [{"name": "Bea", "age": 8}, {"name": "Cy", "age": 2147483648}, {"name": "Di", "age": 99999999999999999999},
                 {"name": "Ed", "age": -1e400}, 1, {}]
                """;
        Api.Reply imported = api.post("/api/characters/import", mia.token(), file);

        assertThat(imported.status()).as(imported.body()).isEqualTo(200);
        JsonNode result = imported.json();
        assertThat(result.get("saved").asInt()).isEqualTo(1);
        assertThat(result.get("failed").asInt()).isEqualTo(4);
        assertThat(result.get("skipped").asInt()).isEqualTo(1);
        assertThat(result.get("errors").get(0).get("name").asString()).isEqualTo("Cy");
        assertThat(result.get("errors").get(0).get("errors").get("age").asString()).isEqualTo("An age is at most 1000.");
        assertThat(result.get("errors").get(1).get("errors").get("age").asString()).isEqualTo("An age is at most 1000.");
        assertThat(result.get("errors").get(2).get("errors").get("age").asString()).isEqualTo("An age is 0 or more.");
        assertThat(result.get("errors").get(3).get("index").asInt()).isEqualTo(4);
        assertThat(names(api.get("/api/characters/", mia.token()).json())).containsExactly("Bea");

        for (String alone : new String[] { "[1]", "{}", "{\"name\": \"Cy\", \"age\": 2147483648}" }) {
            assertThat(api.post("/api/characters/import", mia.token(), alone).status()).as(alone).isEqualTo(200);
        }
        assertThat(names(api.get("/api/characters/", mia.token()).json())).containsExactly("Bea");
    }

    @Test
    void charactersChosenForAStoryAreInItWithTheirVoiceAndLookAndTheStoryKeepsThem() throws InterruptedException {
        JsonNode zuzu = api.post("/api/characters/", mia.token(), Map.of("name", "Zuzu",
                "description", "a purple dragon who loves cupcakes", "voice", "giant")).json();
        String zuzuId = zuzu.get("id").asString();
        Registered other = api.register("neighbour");
        String theirs = api.post("/api/characters/", other.token(), Map.of("name", "Nosy")).json().get("id").asString();

        assertRefused(api.post("/api/stories/", mia.token(), Map.of("prompt", "a picnic", "character_ids",
                List.of(theirs))), 400, "character_ids");
        assertRefused(api.post("/api/stories/", mia.token(), Map.of("prompt", "a picnic", "character_ids",
                List.of("nope"))), 400, "character_ids");
        assertThat(api.get("/api/stories/", mia.token()).json().get("count").asInt()).as("no story was made").isZero();

        Api.Reply created = api.post("/api/stories/", mia.token(), Map.of("prompt", "a girl named Lina who has a picnic",
                "character_ids", List.of(zuzuId)));
        assertThat(created.status()).as(created.body()).isEqualTo(202);
        String storyId = created.json().get("id").asString();
        JsonNode story = api.awaitReady(storyId, mia.token(), Duration.ofSeconds(60));
        assertThat(story.get("story_text").asString()).contains("Zuzu came along too. Zuzu was a purple dragon");
        assertThat(story.get("characters").get(0).get("name").asString()).isEqualTo("Zuzu");
        assertThat(story.get("characters").get(0).get("id").asString()).isEqualTo(zuzuId);

        JsonNode narration = Eventually.get("a voice chosen for Zuzu", () -> {
            JsonNode now = api.get("/api/stories/" + storyId + "/narration", mia.token()).json();
            return now.get("voices").has("ZUZU") ? now : null;
        });
        assertThat(narration.get("voices").get("ZUZU").asString()).as("Zuzu speaks with the voice chosen for her")
                .isEqualTo("giant");
        String firstPicture = new String(api.bytes(story.get("parts").get(0).get("illustration").asString(), mia.token())
                .body(), StandardCharsets.UTF_8);
        assertThat(firstPicture).as("Zuzu is drawn as her portrait shows her")
                .contains("<title>Zuzu, dragon</title>").contains("#9b5de5");

        api.patch("/api/characters/" + zuzuId, mia.token(), Map.of("description", "a green dragon", "voice", "mouse"));
        JsonNode kept = api.get("/api/stories/" + storyId, mia.token()).json();
        assertThat(kept.get("characters").get(0).get("description").asString()).as("the story keeps its own Zuzu")
                .contains("purple").doesNotContain("green");
        assertThat(kept.get("characters").get(0).get("voice").asString()).isEqualTo("giant");
    }

    private String portrait(JsonNode character) {
        HttpResponse<byte[]> image = api.bytes(character.get("image").asString(), mia.token());
        assertThat(image.statusCode()).isEqualTo(200);
        assertThat(image.headers().firstValue("Content-Type")).hasValue("image/svg+xml");
        return new String(image.body(), StandardCharsets.UTF_8);
    }

    private static List<String> names(JsonNode page) {
        List<String> names = new ArrayList<>();
        page.get("results").forEach(character -> names.add(character.get("name").asString()));
        return names;
    }

    private static void assertRefused(Api.Reply reply, int status, String field) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(status);
        assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
        assertThat(reply.json().get("errors").has(field)).as(reply.body()).isTrue();
    }
}
