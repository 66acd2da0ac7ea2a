package com.novastoryteller.engine.aws;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Base64;
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
import com.novastoryteller.support.Eventually;
import com.novastoryteller.support.TestMedia;

import tools.jackson.databind.JsonNode;

/**
 * Stories written by Nova 2 Lite through Bedrock's ConverseStream, and drawings read through Converse, by
 * configuration alone: the product's real AWS SDK client (SigV4-signed, with an endpoint override) talks to a
 * loopback fake that answers in the AWS event-stream binary framing.
 */
@ApplicationTest
class BedrockTests {

    static final FakeAws bedrock = FakeAws.start();

    @DynamicPropertySource
    static void provider(DynamicPropertyRegistry registry) {
        bedrock.configure(registry);
        registry.add("storyteller.providers.writer", () -> "bedrock");
        registry.add("storyteller.providers.describer", () -> "bedrock");
        registry.add("storyteller.providers.illustrator", () -> "bedrock");
        registry.add("storyteller.providers.narrator", () -> "polly");
        registry.add("storyteller.providers.safety", () -> "bedrock");
        registry.add("storyteller.aws.bedrock.guardrail-id", () -> "gr-family");
        registry.add("storyteller.providers.retries", () -> "1");
        registry.add("storyteller.providers.breaker.minimum-calls", () -> "100");
    }

    @LocalServerPort
    int port;

    @Autowired
    Accounts accounts;

    Api api;
    Registered ana;

    @BeforeEach
    void signUp() {
        api = new Api(port);
        ana = api.register("bedrock");
        bedrock.requests.clear();
        bedrock.fail(0, 503, "ServiceUnavailableException", "");
        bedrock.pieces = List.of("TITLE: Wally ", "and the Moon\nPART: A Quiet Sea\nNARRATOR: Wally the whale ",
                "sang to the moon.\nWALLY: \"Can you hear me?\"\n", "NARRATOR: The moon sang softly back.\n");
    }

    @AfterAll
    static void stop() {
        bedrock.close();
    }

    @Test
    void theStoryIsWrittenByNovaAndToldWhileTheEventStreamIsStillComing() {
        CountDownLatch last = bedrock.holdLastPiece();
        String id = api.post("/api/stories/", ana.token(), Map.of("prompt", "a whale called Wally", "age_band", "5-7"))
                .json().get("id").asString();
        JsonNode whileStreaming = api.awaitText(id, ana.token(), "Wally the whale sang to the moon.");
        assertThat(whileStreaming.get("status").asString()).as("told before the stream has ended").isEqualTo("generating");
        JsonNode firstHeard = Eventually.get("the first sentence read aloud", () -> {
            JsonNode segments = api.get("/api/stories/" + id + "/narration", ana.token()).json().get("segments");
            return segments.size() > 0 && !segments.get(0).get("audio").isNull() ? segments.get(0) : null;
        });
        assertThat(firstHeard.get("words").size()).as("Polly's word marks").isGreaterThan(3);
        assertThat(api.get("/api/stories/" + id, ana.token()).json().get("status").asString())
                .as("read aloud before the stream has ended").isEqualTo("generating");
        last.countDown();

        JsonNode story = api.awaitReady(id, ana.token(), Duration.ofSeconds(30));
        assertThat(story.get("title").asString()).isEqualTo("Wally and the Moon");
        assertThat(story.get("story_text").asString()).endsWith("The moon sang softly back.");
        assertThat(story.get("notice").isNull()).isTrue();

        FakeAws.Request sent = bedrock.requests.stream().filter(request -> request.path().endsWith("/converse-stream")
                && request.body().get("messages").toString().contains("a whale called Wally")).findFirst()
                .orElseThrow(() -> new AssertionError("Nova was never asked for the child's story"));
        assertThat(sent.path()).as("the inference profile id, as the model").isEqualTo(
                "/model/us.amazon.nova-2-lite-v1%3A0/converse-stream");
        assertThat(sent.authorization()).as("signed with the configured key, for Bedrock in the configured region")
                .startsWith("AWS4-HMAC-SHA256 Credential=" + FakeAws.ACCESS_KEY + "/")
                .contains("/us-east-1/bedrock/aws4_request");
        assertThat(sent.body().get("system").toString()).contains("NARRATOR:");
        assertThat(sent.body().get("messages").toString()).contains("5 to 7");

        String admin = api.admin(accounts);
        JsonNode config = api.get("/api/admin/config", admin).json();
        assertThat(config.get("providers").get("writer").asString()).isEqualTo("bedrock");
        assertThat(config.get("aws").get("text_model").asString()).isEqualTo("us.amazon.nova-2-lite-v1:0");
        assertThat(config.get("aws").get("region").asString()).isEqualTo("us-east-1");
        assertThat(config.toString()).doesNotContain(FakeAws.SECRET_KEY).doesNotContain(FakeAws.ACCESS_KEY);
        JsonNode usage = Api.find(api.get("/api/admin/usage", admin).json().get("providers"), "provider", "bedrock");
        assertThat(usage.get("usage").get("input_tokens").asLong()).isGreaterThanOrEqualTo(512);
        assertThat(usage.get("usage").get("output_tokens").asLong()).isGreaterThanOrEqualTo(230);
    }

    @Test
    void aThrottledCallIsRetriedAndADrawingIsReadByConverse() {
        bedrock.fail(1, 429, "ThrottlingException", "/converse");
        JsonNode created = api.multipart("/api/stories/", ana.token(), Map.of("prompt", "a whale"), "image",
                "whale.png", "image/png", TestMedia.png(200, 200, 0x1d3557, 0xffd23f)).json();
        assertThat(created.get("image_description").asString()).isEqualTo("a blue whale under a yellow moon");
        List<FakeAws.Request> described = bedrock.requests.stream()
                .filter(request -> request.path().endsWith("/converse")).toList();
        assertThat(described).as("throttled once, then answered").hasSize(2);
        JsonNode image = described.get(1).body().get("messages").get(0).get("content").get(0).get("image");
        assertThat(image.get("format").asString()).isEqualTo("png");
        assertThat(Base64.getDecoder().decode(image.get("source").get("bytes").asString())).hasSizeGreaterThan(100);
        api.awaitReady(created.get("id").asString(), ana.token(), Duration.ofSeconds(30));
    }

    @Test
    void whenBedrockStaysDownTheEmbeddedWriterTellsTheStoryAndSaysSo() {
        bedrock.fail(100, 503, "ServiceUnavailableException", "/converse-stream");
        String id = api.post("/api/stories/", ana.token(), Map.of("prompt", "a fox named Rufus who finds a lost kite"))
                .json().get("id").asString();
        JsonNode story = api.awaitReady(id, ana.token(), Duration.ofSeconds(60));
        assertThat(story.get("story_text").asString()).contains("Rufus");
        assertThat(story.get("notice").asString()).isEqualTo("Amazon Bedrock could not be reached, so the offline"
                + " storyteller told this story.");
        assertThat(bedrock.requests.stream().filter(request -> request.path().endsWith("/converse-stream")))
                .as("the first try and one retry").hasSize(2);
        assertThat(story.toString()).doesNotContain(FakeAws.SECRET_KEY).doesNotContain("unavailable");
    }

    @Test
    void novaCanvasPaintsEveryPartWithTheStorysSeedAndPollyReadsItWithSpeechMarks() {
        bedrock.pieces = List.of("TITLE: Wally Sails\nPART: Off We Go\nNARRATOR: Wally the whale swam out to sea.\n",
                "PART: Home Again\nNARRATOR: Wally the whale swam home at night.\n");
        String id = api.post("/api/stories/", ana.token(), Map.of("prompt", "a whale called Wally")).json().get("id")
                .asString();
        api.awaitReady(id, ana.token(), Duration.ofSeconds(30));
        JsonNode story = Eventually.get("both pictures", () -> {
            JsonNode now = api.get("/api/stories/" + id, ana.token()).json();
            return now.get("parts").get(1).get("illustration").isNull() ? null : now;
        });
        assertThat(story.get("parts").get(0).get("illustration").asString()).endsWith(".png");
        assertThat(api.bytes(story.get("parts").get(1).get("illustration").asString(), ana.token()).headers()
                .firstValue("Content-Type")).hasValue("image/png");
        long storySeed = Math.floorMod(UUID.fromString(id).getMostSignificantBits(), 858_993_460L);
        List<FakeAws.Request> painted = bedrock.requests.stream().filter(request -> request.path().endsWith("/invoke")
                && request.body().get("imageGenerationConfig").get("seed").asLong() == storySeed).toList();
        assertThat(painted).as("both parts, with the story's seed").hasSize(2);
        assertThat(painted.get(0).path()).isEqualTo("/model/amazon.nova-canvas-v1%3A0/invoke");
        JsonNode first = painted.get(0).body();
        assertThat(first.get("taskType").asString()).isEqualTo("TEXT_IMAGE");
        assertThat(first.get("textToImageParams").get("text").asString()).contains("picture-book illustration");

        JsonNode narration = Eventually.get("the narration", () -> {
            JsonNode now = api.get("/api/stories/" + id + "/narration", ana.token()).json();
            return now.get("status").asString().equals("ready") ? now : null;
        });
        JsonNode words = narration.get("segments").get(0).get("words");
        assertThat(words.size()).isEqualTo(7);
        assertThat(words.get(2).get("text").asString()).isEqualTo("whale");
        assertThat(words.get(2).get("start_ms").asLong()).as("from Polly's speech marks").isEqualTo(500);
        List<FakeAws.Request> spoken = bedrock.requests.stream().filter(request -> request.path().equals("/v1/speech"))
                .toList();
        assertThat(spoken.get(0).authorization()).contains("/us-east-1/polly/aws4_request");
        assertThat(spoken).anyMatch(request -> request.body().get("OutputFormat").asString().equals("pcm")
                && request.body().get("VoiceId").asString().equals("Joanna")
                && request.body().get("Engine").asString().equals("neural"));
        assertThat(spoken).anyMatch(request -> request.body().path("SpeechMarkTypes").toString().contains("word"));
    }

    @Test
    void whatTheGuardrailBlocksIsRefused() {
        Api.Reply flagged = api.post("/api/stories/", ana.token(), Map.of("prompt", "a knight who learns the thunderpunch"));
        assertThat(flagged.status()).as(flagged.body()).isEqualTo(422);
        assertThat(flagged.json().get("errors").has("prompt")).isTrue();
        FakeAws.Request judged = bedrock.requests.stream().filter(request -> request.path().startsWith("/guardrail/"))
                .findFirst().orElseThrow();
        assertThat(judged.path()).isEqualTo("/guardrail/gr-family/version/DRAFT/apply");
        assertThat(judged.body().get("source").asString()).isEqualTo("OUTPUT");
        assertThat(judged.body().get("content").toString()).contains("a knight who learns the thunderpunch");
        assertThat(api.get("/api/stories/", ana.token()).json().get("count").asInt()).isZero();
    }
}
