package com.novastoryteller.engine.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.novastoryteller.browser.Browser;
import com.novastoryteller.engine.provider.WavFile;
import com.novastoryteller.support.Api;
import com.novastoryteller.support.ApplicationTest;
import com.novastoryteller.support.Eventually;
import com.novastoryteller.support.TestMedia;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Nova 2 Sonic hears a child's recording over Bedrock's bidirectional stream: the product's real AWS SDK client
 * speaks HTTP/2 to a loopback fake that reads the SigV4-signed event-stream frames and answers in them.
 */
@ApplicationTest
class SonicTests {

    static final FakeSonic sonic = new FakeSonic();

    @DynamicPropertySource
    static void provider(DynamicPropertyRegistry registry) {
        registry.add("storyteller.providers.transcriber", () -> "bedrock");
        registry.add("storyteller.providers.conversation", () -> "bedrock");
        registry.add("storyteller.aws.endpoint", () -> "http://127.0.0.1:" + sonic.port());
        registry.add("storyteller.aws.region", () -> "us-east-1");
        registry.add("storyteller.aws.access-key-id", () -> FakeAws.ACCESS_KEY);
        registry.add("storyteller.aws.secret-access-key", () -> FakeAws.SECRET_KEY);
    }

    @LocalServerPort
    int port;

    @AfterAll
    static void stop() {
        sonic.close();
    }

    @Test
    void aChildsRecordingIsHeardBySonicOverTheBidirectionalStream() {
        sonic.events.clear();
        Api api = new Api(port);
        Api.Registered lea = api.register("sonic");
        byte[] speech = TestMedia.tone(44_100, 44_100, 200, 8000); // one second at 44.1 kHz: the product makes it 16 kHz
        Api.Reply heard = api.multipart("/api/transcriptions", lea.token(), Map.of(), "audio", "recording.wav",
                "audio/wav", WavFile.of(speech, 44_100));
        assertThat(heard.status()).as(heard.body()).isEqualTo(200);
        assertThat(heard.json().get("text").asString()).isEqualTo("a dragon who is scared of the dark");

        assertThat(sonic.paths).contains("/model/amazon.nova-2-sonic-v1%3A0/invoke-with-bidirectional-stream");
        assertThat(sonic.authorizations.get(0)).startsWith("AWS4-HMAC-SHA256 Credential=" + FakeAws.ACCESS_KEY + "/")
                .contains("/us-east-1/bedrock/aws4_request");
        List<String> order = sonic.events.stream().map(event -> event.propertyNames().iterator().next()).toList();
        assertThat(order).startsWith("sessionStart", "promptStart", "contentStart", "textInput", "contentEnd",
                "contentStart", "audioInput").endsWith("contentEnd", "promptEnd", "sessionEnd");
        JsonNode audioStart = sonic.events.get(5).path("contentStart");
        assertThat(audioStart.path("type").asString()).isEqualTo("AUDIO");
        assertThat(audioStart.path("audioInputConfiguration").path("sampleRateHertz").asInt()).isEqualTo(16_000);
        assertThat(sonic.events.get(1).path("promptStart").path("audioOutputConfiguration").path("sampleRateHertz")
                .asInt()).isEqualTo(24_000);
        assertThat(sonic.audio()).as("one second of 16 kHz, 16-bit audio").hasSize(32_000);

        Api.Reply compressed = api.multipart("/api/transcriptions", lea.token(), Map.of(), "audio", "r.webm",
                "audio/webm", new byte[] {1, 2, 3});
        assertThat(compressed.status()).isEqualTo(415);
        assertThat(compressed.json().get("detail").asString()).contains("wav");
    }

    @Test
    void aChildTalksToTheStorytellerAndTheStoryGoesTheirWay() throws Exception {
        Api api = new Api(port);
        Api.Registered leo = api.register("voice");
        String id = api.post("/api/stories/", leo.token(), Map.of("prompt", "a dragon called Ember")).json().get("id")
                .asString();
        JsonNode story = api.awaitReady(id, leo.token(), Duration.ofSeconds(60));
        sonic.events.clear();

        Voice voice = Voice.open(port, id, leo.token());
        voice.nextOf("ready");
        byte[] half = new byte[8_000 * 2];
        voice.socket.sendBinary(ByteBuffer.wrap(half), true).join();
        voice.socket.sendBinary(ByteBuffer.wrap(half), true).join();
        voice.socket.sendText("{\"type\":\"done\"}", true).join();

        assertThat(voice.nextOf("heard").path("text").asString()).isEqualTo("a dragon who is scared of the dark");
        assertThat(voice.nextOf("said").path("text").asString()).isEqualTo("Ooh, a dragon! Let's see what happens.");
        JsonNode changed = voice.nextOf("changed");
        assertThat(changed.path("action").asString()).as("the story was told: its next part").isEqualTo("continue");
        assertThat(changed.path("revision").asInt()).isEqualTo(story.get("revision").asInt() + 1);
        assertThat(voice.spoken.get()).as("Sonic's half second of 24 kHz voice").isEqualTo(24_000);
        assertThat(sonic.audio()).as("the child's second of voice, as it was sent").hasSize(32_000);
        String instructions = sonic.events.stream().filter(event -> event.has("textInput")).findFirst().orElseThrow()
                .path("textInput").path("content").asString();
        assertThat(instructions).contains(story.get("title").asString()).contains(story.get("story_text").asString()
                .substring(0, 40));

        JsonNode continued = api.awaitReady(id, leo.token(), Duration.ofSeconds(60));
        assertThat(continued.get("revision").asInt()).isEqualTo(changed.path("revision").asInt());

        sonic.events.clear();
        voice.socket.sendText("{\"type\":\"position\",\"after_segment\":1}", true).join();
        voice.socket.sendBinary(ByteBuffer.wrap(half), true).join();
        voice.socket.sendText("{\"type\":\"done\"}", true).join();
        assertThat(voice.nextOf("changed").path("action").asString()).as("at the child's place in the story")
                .isEqualTo("interrupt");
        String second = sonic.events.stream().filter(event -> event.has("textInput")).findFirst().orElseThrow()
                .path("textInput").path("content").asString();
        assertThat(second).as("the next turn carries on with what was said")
                .contains("Child: a dragon who is scared of the dark").contains("You: Ooh, a dragon!");
        voice.socket.sendClose(WebSocket.NORMAL_CLOSURE, "bye").join();

        CompletionException anonymous = catchThrowableOfType(CompletionException.class, () -> HttpClient.newHttpClient()
                .newWebSocketBuilder().buildAsync(URI.create("ws://localhost:" + port + "/api/stories/" + id + "/voice"),
                        new WebSocket.Listener() { }).join());
        assertThat(((WebSocketHandshakeException) anonymous.getCause()).getResponse().statusCode())
                .as("no sign-in, no conversation").isEqualTo(401);

        Api.Registered stranger = api.register("stranger");
        Voice refused = Voice.open(port, id, stranger.token());
        assertThat(refused.closed.get(10, TimeUnit.SECONDS)).as("not their story").isEqualTo(1008);
    }

    @Test
    void aTranscriptWithControlCharactersChangesTheStoryWithoutThem() throws Exception {
        Api api = new Api(port);
        Api.Registered ana = api.register("voicecontrol");
        String id = api.post("/api/stories/", ana.token(), Map.of("prompt", "a fox called Rusty")).json().get("id")
                .asString();
        api.awaitReady(id, ana.token(), Duration.ofSeconds(60));
        sonic.heard = "the fox\u0000 finds a\u0007 golden key";
        try {
            Voice voice = Voice.open(port, id, ana.token());
            voice.nextOf("ready");
            voice.socket.sendBinary(ByteBuffer.wrap(new byte[16_000]), true).join();
            voice.socket.sendText("{\"type\":\"done\"}", true).join();

            assertThat(voice.nextOf("heard").path("text").asString()).isEqualTo("the fox finds a golden key");
            voice.nextOf("changed");
            JsonNode continued = api.awaitReady(id, ana.token(), Duration.ofSeconds(60));
            assertThat(continued.get("status").asString()).as("narrated, not failed on the NUL").isEqualTo("ready");
            assertThat(continued.get("story_text").asString()).doesNotContain("\u0000").doesNotContain("\u0007");
            voice.socket.sendClose(WebSocket.NORMAL_CLOSURE, "bye").join();
        }
        finally {
            sonic.heard = "a dragon who is scared of the dark";
        }
    }

    @Test
    void inTheBrowserAChildTalksToTheStorytellerAndHearsItAnswer() {
        ChromeDriver browser = Browser.start(true);
        try {
            Browser.signUp(browser, port, "Mo");
            browser.findElement(By.cssSelector("[data-test=create-first-story]")).click();
            Browser.fill(browser, "Tell me a story about…", "a dragon called Ember");
            browser.findElement(By.cssSelector("[data-test=create-story]")).click();
            Browser.await(browser).until(driver -> "ready".equals(driver.findElement(By.cssSelector("[data-story-id]"))
                    .getDomAttribute("data-status")));
            String revision = browser.findElement(By.cssSelector("[data-story-id]")).getDomAttribute("data-revision");

            WebElement talk = browser.findElement(By.cssSelector("[data-test=talk]"));
            Browser.await(browser).until(driver -> talk.isDisplayed());
            talk.click();
            Browser.await(browser).until(driver -> "true".equals(talk.getDomAttribute("aria-pressed")));
            Eventually.pause(Duration.ofMillis(1200)); // Chromium's fake microphone beeps into the conversation
            talk.click();

            WebElement words = browser.findElement(By.cssSelector("[data-test=talk-words]"));
            Browser.await(browser).until(driver -> words.getText().contains("You said: “a dragon who is scared of the dark”"));
            Browser.await(browser).until(driver -> words.getText().contains("The storyteller says: Ooh, a dragon!"));
            Browser.await(browser).until(driver -> !revision.equals(driver.findElement(By.cssSelector("[data-story-id]"))
                    .getDomAttribute("data-revision")));
            assertThat(sonic.audio().length).as("the browser's microphone, as 16 kHz PCM").isGreaterThan(16_000);
            Browser.screenshot(browser, "live-storyteller");
        }
        finally {
            browser.quit();
        }
    }

    /** A WebSocket client as a browser's would be, keeping what the server sends. */
    private static final class Voice implements WebSocket.Listener {

        final List<JsonNode> messages = new CopyOnWriteArrayList<>();
        final AtomicInteger spoken = new AtomicInteger();
        final CompletableFuture<Integer> closed = new CompletableFuture<>();
        final StringBuilder text = new StringBuilder();
        WebSocket socket;

        static Voice open(int port, String id, String token) {
            Voice voice = new Voice();
            voice.socket = HttpClient.newHttpClient().newWebSocketBuilder().header("Authorization", "Bearer " + token)
                    .buildAsync(URI.create("ws://localhost:" + port + "/api/stories/" + id + "/voice"), voice).join();
            return voice;
        }

        /** The first message of this type, in whatever order the messages came; never an error or a refusal. */
        JsonNode nextOf(String type) {
            return Eventually.within(Duration.ofSeconds(30)).every(Duration.ofMillis(20)).get("a " + type + " message", () -> {
                for (JsonNode message : messages) {
                    assertThat(message.path("type").asString()).as(message.toString()).isNotIn("error", "refused");
                    if (message.path("type").asString().equals(type)) {
                        messages.remove(message);
                        return message;
                    }
                }
                return null;
            });
        }

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            text.append(data);
            if (last) {
                messages.add(JsonMapper.builder().build().readTree(text.toString()));
                text.setLength(0);
            }
            webSocket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onBinary(WebSocket webSocket, ByteBuffer data, boolean last) {
            spoken.addAndGet(data.remaining());
            webSocket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
            closed.complete(statusCode);
            return null;
        }
    }
}
