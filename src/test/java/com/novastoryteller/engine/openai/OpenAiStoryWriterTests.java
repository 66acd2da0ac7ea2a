package com.novastoryteller.engine.openai;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
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
import com.novastoryteller.support.PageSession;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Stories written by an OpenAI chat model: the product's real Spring AI client talks to a loopback server that
 * speaks the chat completions API with streaming, so what is sent and how the stream is read are both real.
 */
@ApplicationTest
class OpenAiStoryWriterTests {

    static final FakeOpenAi openAi = FakeOpenAi.start();

    @DynamicPropertySource
    static void provider(DynamicPropertyRegistry registry) {
        openAi.configure(registry);
        registry.add("spring.ai.openai.chat.options.model", () -> "gpt-story-test");
        registry.add("storyteller.providers.retries", () -> "1");
        registry.add("storyteller.providers.safety", () -> "openai");
        // These tests fail the provider on purpose; the breaker is tried in OpenAiWithoutFallbackTests.
        registry.add("storyteller.providers.breaker.minimum-calls", () -> "100");
    }

    @LocalServerPort
    int port;

    @Autowired
    Accounts accounts;

    Api api;
    Registered mia;

    @BeforeEach
    void signUp() {
        api = new Api(port);
        mia = api.register("openai");
        openAi.requests.clear();
        openAi.fail(0, 500);
        openAi.moderated.clear();
        openAi.moderationDown = false;
        openAi.breakAfter = -1;
    }

    @AfterAll
    static void stop() {
        openAi.close();
    }

    @Test
    void aFamilyOverItsDailyProviderSpendIsToldWhenItCanGoOnAndTheCostIsTheStorysTokens() {
        openAi.answer(List.of("TITLE: The Kite\nPART: Up\nNARRATOR: Pip flew a kite.\n",
                "NARRATOR: It rose over the hill.\n"));
        String admin = api.admin(accounts);
        Api.Reply limited = api.patch("/api/admin/users/" + mia.id(), admin, Map.of("daily_spend_limit_usd", "0.0001"));
        assertThat(limited.json().get("daily_spend_limit_usd").decimalValue()).isEqualByComparingTo("0.0001");

        String id = api.post("/api/stories/", mia.token(), Map.of("prompt", "a mouse called Pip who flies a kite"))
                .json().get("id").asString();
        api.awaitReady(id, mia.token(), Duration.ofSeconds(30));
        // The stream's usage chunk: 420 tokens in and 180 out, at OpenAI's list prices of $0.15 and $0.60 a million.
        assertThat(accounts.spentTodayMicros(UUID.fromString(mia.id()))).isEqualTo(171);
        JsonNode account = api.get("/api/account", mia.token()).json();
        assertThat(account.get("spent_today_usd").decimalValue()).isEqualByComparingTo("0.000171");
        assertThat(account.get("daily_spend_limit_usd").decimalValue()).isEqualByComparingTo("0.0001");
        assertThat(Api.find(account.get("providers"), "capability", "writer").get("provider").asString()).isEqualTo("OpenAI");
        String page = PageSession.signIn(port, mia.username(), "good password").get("/account").body();
        assertThat(page).contains("writing stories: OpenAI", "have cost about", "<strong>$0.000171</strong>", "<span>$0.0001</span> a day")
                .doesNotContain("No outside AI service");

        Api.Reply another = api.post("/api/stories/", mia.token(), Map.of("prompt", "a frog who sings"));
        Api.Reply change = api.post("/api/stories/" + id + "/interrupt", mia.token(), Map.of("after_segment", 0,
                "instruction", "it starts to snow"));
        assertThat(another.status()).isEqualTo(429);
        assertThat(another.json().get("type").asString()).endsWith("/problems/daily-limit");
        assertThat(another.json().get("detail").asString()).contains("AI services", "$0.0001", "You can make more from");
        assertThat(another.json().has("resets_at")).isTrue();
        assertThat(change.status()).as("a change uses the provider too").isEqualTo(429);
        assertThat(accounts.spentTodayMicros(UUID.fromString(api.register("neighbour").id())))
                .as("another family's spend is its own").isZero();
    }

    @Test
    void theStoryIsAskedForWithEverythingTheFamilyGaveAndIsToldWhileItStreams() {
        openAi.answer(List.of("TITLE: Pip and the ", "Moon Kite\nPART: A Windy Night\nNARRATOR: Pip the mouse found a ",
                "silver kite.\nPIP: \"Look, it glows!\"\n", "NARRATOR: They flew it all the way to the moon.\n"));
        CountDownLatch last = openAi.holdLastPiece();

        String id = api.post("/api/stories/", mia.token(), Map.of("prompt", "a mouse called Pip who finds a kite",
                "age_band", "8-10", "length", "short")).json().get("id").asString();
        JsonNode whileStreaming = api.awaitText(id, mia.token(), "Pip the mouse found a silver kite.");
        assertThat(whileStreaming.get("status").asString()).as("told before the stream has ended").isEqualTo("generating");
        assertThat(whileStreaming.get("story_text").asString()).doesNotContain("moon");
        last.countDown();

        JsonNode story = api.awaitReady(id, mia.token(), Duration.ofSeconds(30));
        assertThat(story.get("title").asString()).isEqualTo("Pip and the Moon Kite");
        assertThat(story.get("notice").isNull()).as("nothing to say when the provider wrote it all").isTrue();
        assertThat(story.get("parts").get(0).get("title").asString()).isEqualTo("A Windy Night");
        assertThat(story.get("story_text").asString()).isEqualTo("Pip the mouse found a silver kite.\n\n\"Look, it glows!\""
                + "\n\nThey flew it all the way to the moon.");

        assertThat(openAi.requests).hasSize(1);
        FakeOpenAi.Request sent = openAi.requests.get(0);
        assertThat(sent.authorization()).isEqualTo("Bearer " + FakeOpenAi.KEY);
        JsonNode body = JsonMapper.builder().build().readTree(sent.body());
        assertThat(body.get("model").asString()).isEqualTo("gpt-story-test");
        assertThat(body.get("stream").asBoolean()).isTrue();
        String asked = body.get("messages").toString();
        assertThat(asked).contains("a mouse called Pip who finds a kite").contains("NARRATOR:").contains("8 to 10")
                .contains("3 parts");
    }

    @Test
    void aProviderThatFailsIsRetriedAndThenTheEmbeddedWriterTellsTheStory() {
        openAi.answer(List.of("TITLE: Never Heard\n"));
        openAi.fail(10, 503);
        String id = api.post("/api/stories/", mia.token(), Map.of("prompt", "a fox named Rufus who finds a lost kite"))
                .json().get("id").asString();
        JsonNode story = api.awaitReady(id, mia.token(), Duration.ofSeconds(60));
        assertThat(story.get("story_text").asString()).as("told by the embedded writer").contains("Rufus")
                .doesNotContain("NOTICE");
        assertThat(story.get("notice").asString()).isEqualTo("OpenAI could not be reached, so the offline storyteller"
                + " told this story.");
        JsonNode status = api.get("/api/stories/generation-status/" + story.get("task_id").asString(), mia.token()).json();
        assertThat(status.get("status").asString()).isEqualTo("completed");
        assertThat(status.get("notice").asString()).isEqualTo(story.get("notice").asString());
        assertThat(openAi.requests).as("the first try and one retry").hasSize(2);
        String logs = api.get("/api/stories/" + id, mia.token()).body();
        assertThat(logs).doesNotContain(FakeOpenAi.KEY);
    }

    @Test
    void aStreamThatBreaksOffIsFinishedByTheEmbeddedWriterAfterWhatWasAlreadyTold() {
        openAi.answer(List.of("TITLE: Bo and the Brave Boat\nPART: Setting Sail\n",
                "NARRATOR: Bo the otter built a little boat.\nNARRATOR: The boat was painted bright blue.\n",
                "NARRATOR: This line never arrives.\n"));
        openAi.breakAfter = 2;
        String id = api.post("/api/stories/", mia.token(), Map.of("prompt", "an otter named Bo who builds a boat"))
                .json().get("id").asString();
        JsonNode story = api.awaitReady(id, mia.token(), Duration.ofSeconds(60));
        String text = story.get("story_text").asString();
        assertThat(text).startsWith("Bo the otter built a little boat. The boat was painted bright blue.")
                .doesNotContain("never arrives");
        assertThat(text.length()).as("the rest was told offline").isGreaterThan(200);
        assertThat(story.get("title").asString()).isEqualTo("Bo and the Brave Boat");
        assertThat(story.get("notice").asString()).contains("stopped part-way");
    }

    @Test
    void whatTheModerationModelFlagsIsRefusedAndWhatTheWordListsRefuseNeedsNoCall() {
        Api.Reply flagged = api.post("/api/stories/", mia.token(), Map.of("prompt", "a knight who learns the thunderpunch"));
        assertThat(flagged.status()).as(flagged.body()).isEqualTo(422);
        assertThat(flagged.json().get("errors").has("prompt")).isTrue();
        assertThat(openAi.moderated).anyMatch(input -> input.contains("a knight who learns the thunderpunch"));
        assertThat(api.get("/api/stories/", mia.token()).json().get("count").asInt()).isZero();

        openAi.moderated.clear();
        assertThat(api.post("/api/stories/", mia.token(), Map.of("prompt", "how to make a b0mb")).status()).isEqualTo(422);
        assertThat(openAi.moderated).as("the offline lists answered alone").isEmpty();

        openAi.moderationDown = true;
        openAi.answer(List.of("TITLE: A Calm Day\nPART: Morning\nNARRATOR: The sun rose over the sleepy town.\n"));
        Api.Reply stillWorks = api.post("/api/stories/", mia.token(), Map.of("prompt", "a calm day in a sleepy town"));
        assertThat(stillWorks.status()).as("the word lists' verdict stands while moderation is down").isEqualTo(202);
        JsonNode calm = api.awaitReady(stillWorks.json().get("id").asString(), mia.token(), Duration.ofSeconds(30));
        assertThat(calm.get("story_text").asString()).isEqualTo("The sun rose over the sleepy town.");
    }

    @Test
    void theAdminSeesWhichProviderServesEachCapabilityWithTheKeyMasked() {
        String admin = api.admin(accounts);

        Api.Reply config = api.get("/api/admin/config", admin);
        assertThat(config.status()).isEqualTo(200);
        JsonNode providers = config.json().get("providers");
        assertThat(providers.get("writer").asString()).isEqualTo("openai");
        assertThat(providers.get("safety").asString()).isEqualTo("openai");
        assertThat(providers.get("illustrator").asString()).isEqualTo("embedded");
        assertThat(providers.get("transcriber").asString()).isEqualTo("browser");
        JsonNode openAiConfig = config.json().get("openai");
        assertThat(openAiConfig.get("chat_model").asString()).isEqualTo("gpt-story-test");
        assertThat(openAiConfig.get("base_url").asString()).isEqualTo(openAi.baseUrl());
        assertThat(openAiConfig.get("api_key").asString()).isEqualTo("****-key");
        assertThat(config.body()).doesNotContain(FakeOpenAi.KEY);
        assertThat(config.json().get("database").get("kind").asString()).isNotBlank();

        assertThat(api.get("/api/admin/config", mia.token()).status()).isEqualTo(403);
        assertThat(api.get("/api/admin/config", null).status()).isEqualTo(401);
    }
}
