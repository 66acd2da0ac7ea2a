package com.novastoryteller.engine.openai;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.novastoryteller.account.Accounts;
import com.novastoryteller.browser.Browser;
import com.novastoryteller.engine.provider.WavFile;
import com.novastoryteller.support.Api;
import com.novastoryteller.support.Api.Registered;
import com.novastoryteller.support.ApplicationTest;
import com.novastoryteller.support.Eventually;
import com.novastoryteller.support.TestMedia;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every capability OpenAI offers, switched on by configuration alone, with the product's real Spring AI clients
 * talking to a loopback fake of the API: a drawing read by the vision model, pictures painted by the images API,
 * the story read aloud by the speech API with word timings from the transcription API, a child's recording heard,
 * and what each provider was asked recorded for the admin.
 */
@ApplicationTest
class OpenAiCapabilitiesTests {

    static final FakeOpenAi openAi = FakeOpenAi.start();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @DynamicPropertySource
    static void provider(DynamicPropertyRegistry registry) {
        openAi.configureEverything(registry);
        registry.add("spring.ai.openai.chat.options.model", () -> "gpt-vision-test");
        registry.add("spring.ai.openai.image.options.model", () -> "gpt-image-test");
        registry.add("spring.ai.openai.audio.speech.options.model", () -> "tts-test");
        registry.add("storyteller.providers.retries", () -> "1");
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
        mia = api.register("openai-all");
        openAi.calls.clear();
        openAi.down.clear();
        openAi.answer(List.of("TITLE: Zara and the Sky Castle\nPART: The Dragon Arrives\n",
                "NARRATOR: Zara saw a purple dragon over the red castle.\n",
                "ZARA: \"Will you take me flying?\"\nNARRATOR: The dragon smiled and lowered its wing.\n"));
    }

    @Test
    void aDrawingIsReadByTheVisionModelAndWovenIntoTheStory() {
        JsonNode created = api.multipart("/api/stories/", mia.token(), Map.of("prompt", "a girl called Zara and a dragon",
                "image_caption", "my dragon"), "image", "drawing.png", "image/png",
                TestMedia.png(300, 200, 0xffffff, 0x9b5de5)).json();
        assertThat(created.get("image_description").asString()).as("the model's phrase, tidied")
                .isEqualTo("a purple dragon flying over a red castle");

        FakeOpenAi.Request asked = openAi.calls("vision").get(0);
        JsonNode body = JSON.readTree(asked.body());
        assertThat(asked.authorization()).isEqualTo("Bearer " + FakeOpenAi.KEY);
        assertThat(body.get("model").asString()).isEqualTo("gpt-vision-test");
        String message = body.get("messages").toString();
        assertThat(message).contains("my dragon").contains("data:image/png;base64,");

        JsonNode story = api.awaitReady(created.get("id").asString(), mia.token(), Duration.ofSeconds(60));
        JsonNode writerRequest = JSON.readTree(openAi.requests.get(openAi.requests.size() - 1).body());
        assertThat(writerRequest.get("messages").toString()).as("the writer is told what the drawing shows")
                .contains("a purple dragon flying over a red castle");
        assertThat(story.get("story_text").asString()).contains("Zara saw a purple dragon");
    }

    @Test
    void picturesArePaintedByTheImagesApiKeptAsPngAndPrintedInTheBook() throws IOException {
        String id = api.post("/api/stories/", mia.token(), Map.of("prompt", "Zara and a dragon")).json().get("id").asString();
        JsonNode story = awaitPicture(id);
        String picture = story.get("parts").get(0).get("illustration").asString();
        assertThat(picture).endsWith(".png");
        HttpResponse<byte[]> served = api.bytes(picture, mia.token());
        assertThat(served.statusCode()).isEqualTo(200);
        assertThat(served.headers().firstValue("Content-Type")).hasValue("image/png");
        BufferedImage painted = ImageIO.read(new ByteArrayInputStream(served.body()));
        assertThat(painted.getWidth()).isEqualTo(1024);

        JsonNode asked = JSON.readTree(openAi.calls("/v1/images/generations").get(0).body());
        assertThat(asked.get("model").asString()).isEqualTo("gpt-image-test");
        assertThat(asked.get("size").asString()).isEqualTo("1024x1024");
        assertThat(asked.get("prompt").asString()).contains("picture-book illustration").contains("the red castle");

        HttpResponse<byte[]> pdf = api.bytes("/api/stories/" + id + "/export.pdf", mia.token());
        assertThat(pdf.statusCode()).isEqualTo(200);
        try (PDDocument book = Loader.loadPDF(pdf.body())) {
            assertThat(book.getNumberOfPages()).isGreaterThanOrEqualTo(2);
        }
    }

    @Test
    void theStoryIsReadAloudByTheSpeechApiWithWordTimingsFromTheTranscriptionApi() {
        String id = api.post("/api/stories/", mia.token(), Map.of("prompt", "Zara and a dragon")).json().get("id").asString();
        api.awaitReady(id, mia.token(), Duration.ofSeconds(60));
        JsonNode narration = awaitNarration(id);

        JsonNode first = narration.get("segments").get(0);
        assertThat(first.get("text").asString()).isEqualTo("Zara saw a purple dragon over the red castle.");
        assertThat(first.get("duration_ms").asLong()).as("9 words, 250 ms each, as the fake spoke them (and the MP3's last frame)")
                .isBetween(2250L, 2350L);
        JsonNode words = first.get("words");
        assertThat(words.size()).isEqualTo(9);
        assertThat(words.get(3).get("text").asString()).isEqualTo("purple");
        assertThat(words.get(3).get("start_ms").asLong()).as("the transcription's timestamp").isEqualTo(750);
        HttpResponse<byte[]> audio = api.bytes(first.get("audio").asString(), mia.token());
        assertThat(audio.statusCode()).isEqualTo(200);
        assertThat(audio.headers().firstValue("Content-Type")).hasValue("audio/mpeg");

        List<JsonNode> spoken = openAi.calls("/v1/audio/speech").stream().map(call -> JSON.readTree(call.body())).toList();
        JsonNode narrator = spoken.stream().filter(each -> each.get("input").asString().startsWith("Zara saw")).findFirst()
                .orElseThrow();
        assertThat(narrator.get("model").asString()).isEqualTo("tts-test");
        assertThat(narrator.get("voice").asString()).as("the storyteller's voice").isEqualTo("fable");
        assertThat(narrator.get("response_format").asString()).isEqualTo("pcm");
        JsonNode zara = spoken.stream().filter(each -> each.get("input").asString().contains("take me flying")).findFirst()
                .orElseThrow();
        assertThat(zara.get("voice").asString()).as("Zara has a voice of her own").isNotEqualTo("fable");
        String transcription = openAi.calls("/v1/audio/transcriptions").get(0).body();
        assertThat(transcription).contains("verbose_json").contains("word").contains("whisper-1");
    }

    @Test
    void aChildsRecordingIsHeardAndNotKept() throws IOException {
        byte[] recording = WavFile.of(new byte[16_000 * 2], 16_000);
        Api.Reply heard = api.multipart("/api/transcriptions", mia.token(), Map.of("language", "en-GB"), "audio",
                "recording.wav", "audio/wav", recording);
        assertThat(heard.status()).as(heard.body()).isEqualTo(200);
        assertThat(heard.json().get("text").asString()).isEqualTo("the dragon finds a golden key");
        String sent = openAi.calls("/v1/audio/transcriptions").get(0).body();
        assertThat(sent).contains("filename=\"recording.wav\"").contains("name=\"language\"").contains("\r\n\r\nen\r\n");
        assertThat(kept(recording)).as("the recording was not written anywhere").isFalse();

        assertThat(api.multipart("/api/transcriptions", mia.token(), Map.of(), "audio", "notes.txt", "text/plain",
                "hello".getBytes()).status()).isEqualTo(415);
        assertThat(api.multipart("/api/transcriptions", mia.token(), Map.of(), "audio", "empty.wav", "audio/wav",
                new byte[0]).status()).isEqualTo(400);
        assertThat(api.multipart("/api/transcriptions", mia.token(), Map.of("language", "not a tag!"), "audio", "r.wav",
                "audio/wav", recording).status()).isEqualTo(400);
        assertThat(api.multipart("/api/transcriptions", null, Map.of(), "audio", "r.wav", "audio/wav", recording).status())
                .isEqualTo(401);

        openAi.down.put("/v1/audio/transcriptions", 503);
        Api.Reply down = api.multipart("/api/transcriptions", mia.token(), Map.of(), "audio", "r.wav", "audio/wav",
                recording);
        assertThat(down.status()).isEqualTo(503);
        assertThat(down.json().get("type").asString()).isEqualTo("/problems/provider-unavailable");
        assertThat(down.json().get("detail").asString()).startsWith("OpenAI could not hear the recording")
                .doesNotContain("Overloaded");
        assertThat(down.body()).doesNotContain(FakeOpenAi.KEY);
    }

    @Test
    void whenTheImagesApiIsDownTheEmbeddedIllustratorDrawsAndTheAdminSeesTheUsage() {
        openAi.down.put("/v1/images/generations", 500);
        String id = api.post("/api/stories/", mia.token(), Map.of("prompt", "Zara and a dragon")).json().get("id").asString();
        JsonNode story = awaitPicture(id);
        assertThat(story.get("parts").get(0).get("illustration").asString()).as("drawn offline").endsWith(".svg");
        assertThat(openAi.calls("/v1/images/generations")).as("the first try and one retry").hasSize(2);

        String admin = api.admin(accounts);
        JsonNode config = api.get("/api/admin/config", admin).json();
        assertThat(config.get("providers").toString()).contains("\"describer\":\"openai\"", "\"illustrator\":\"openai\"",
                "\"narrator\":\"openai\"", "\"transcriber\":\"openai\"");
        assertThat(config.toString()).doesNotContain(FakeOpenAi.KEY);
        JsonNode usage = api.get("/api/admin/usage", admin).json();
        JsonNode openAiUsage = Api.find(usage.get("providers"), "provider", "openai");
        assertThat(openAiUsage.get("failures").asLong()).isGreaterThanOrEqualTo(1);
        assertThat(openAiUsage.get("usage").get("output_tokens").asLong()).as("the writer's tokens").isGreaterThanOrEqualTo(180);
        assertThat(openAiUsage.get("estimated_cost_usd").asDouble()).isGreaterThan(0);
        assertThat(api.get("/api/admin/usage", mia.token()).status()).isEqualTo(403);
    }

    @Test
    void aChildSaysTheirIdeaIntoTheMicrophoneAndTheServerHearsIt() {
        ChromeDriver browser = Browser.start(true);
        try {
            Browser.signUp(browser, port, "Ivy");
            browser.get("http://localhost:" + port + "/stories/new");
            WebElement mic = browser.findElement(By.cssSelector("[data-test=mic]"));
            assertThat(mic.getDomAttribute("data-transcription")).isEqualTo("server");
            Browser.await(browser).until(driver -> mic.isDisplayed());
            mic.click();
            Browser.await(browser).until(driver -> "true".equals(mic.getDomAttribute("aria-pressed")));
            assertThat(mic.getText()).contains("Listening");
            Eventually.pause(Duration.ofMillis(1500)); // Chromium's fake microphone beeps into the recording
            mic.click();
            Browser.await(browser).until(driver -> Browser.field(browser, "Tell me a story about…")
                    .getDomProperty("value").equals("the dragon finds a golden key"));
            String sent = openAi.calls("/v1/audio/transcriptions").get(0).body();
            assertThat(sent).as("the browser's own recording, as 16 kHz WAV").contains("filename=\"recording.wav\"")
                    .contains("WAVEfmt ");
        }
        finally {
            browser.quit();
        }
    }

    private JsonNode awaitPicture(String id) {
        api.awaitReady(id, mia.token(), Duration.ofSeconds(60));
        return Eventually.get("the first part's picture", () -> {
            JsonNode story = api.get("/api/stories/" + id, mia.token()).json();
            return story.get("parts").get(0).get("illustration").isNull() ? null : story;
        });
    }

    private JsonNode awaitNarration(String id) {
        return Eventually.get("the narration", () -> {
            JsonNode narration = api.get("/api/stories/" + id + "/narration", mia.token()).json();
            return narration.get("status").asString().equals("ready") ? narration : null;
        });
    }

    /** Whether any file the product wrote holds exactly these bytes. */
    private static boolean kept(byte[] recording) throws IOException {
        try (Stream<Path> all = Files.walk(Path.of("target", "test-data"))) {
            return all.filter(Files::isRegularFile).anyMatch(file -> {
                try {
                    return Files.size(file) == recording.length && Arrays.equals(Files.readAllBytes(file), recording);
                }
                catch (IOException gone) {
                    return false;
                }
            });
        }
    }
}
