package com.novastoryteller.narration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

import com.novastoryteller.account.Accounts;
import com.novastoryteller.support.Api;
import com.novastoryteller.support.Api.Registered;
import com.novastoryteller.support.ApplicationTest;
import com.novastoryteller.support.Eventually;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@ApplicationTest
@TestPropertySource(properties = "storyteller.providers.narrator=embedded")
class NarrationApiTests {

    @LocalServerPort
    int port;

    @Autowired
    Accounts accounts;

    Api api;
    Registered mia;

    @BeforeEach
    void signUp() {
        api = new Api(port);
        mia = api.register("reader");
    }

    @Test
    void everySegmentIsSpokenInItsCharactersVoiceWithWordTimingsAndPlayableAudio() throws Exception {
        String id = api.post("/api/stories/", mia.token(), Map.of("prompt", "a boy named Tomasz and his dog Biscuit",
                "age_band", "5-7", "length", "short")).json().get("id").asString();
        api.awaitReady(id, mia.token(), Duration.ofMinutes(2));

        JsonNode narration = api.get("/api/stories/" + id + "/narration", mia.token()).json();
        assertThat(narration.get("status").asString()).isEqualTo("ready");
        assertThat(narration.get("story_status").asString()).isEqualTo("ready");
        JsonNode voices = narration.get("voices");
        assertThat(voices.get("NARRATOR").asString()).isEqualTo("storyteller");
        assertThat(voices.get("TOMASZ").asString()).isNotEqualTo("storyteller");
        Set<String> castVoices = new HashSet<>();
        voices.properties().forEach(entry -> castVoices.add(entry.getValue().asString()));
        assertThat(castVoices).as("every speaker has a voice of their own").hasSize(voices.size());

        for (JsonNode segment : narration.get("segments")) {
            assertThat(segment.get("audio").asString()).as(segment.toString()).startsWith("/api/stories/" + id + "/audio/");
            long duration = segment.get("duration_ms").asLong();
            JsonNode words = segment.get("words");
            assertThat(words.size()).isGreaterThan(0);
            long previousStart = -1;
            for (JsonNode word : words) {
                assertThat(word.get("start_ms").asLong()).isGreaterThanOrEqualTo(previousStart);
                assertThat(word.get("end_ms").asLong()).isGreaterThan(word.get("start_ms").asLong()).isLessThanOrEqualTo(duration + 200);
                previousStart = word.get("start_ms").asLong();
            }
            assertThat(segment.get("text").asString()).contains(words.get(0).get("text").asString());
        }

        JsonNode first = narration.get("segments").get(0);
        HttpResponse<byte[]> audio = download(first.get("audio").asString(), null);
        assertThat(audio.statusCode()).isEqualTo(200);
        assertThat(audio.headers().firstValue("Content-Type")).hasValue("audio/mpeg");
        assertThat(audio.headers().firstValue("ETag")).isPresent();
        assertThat(audio.headers().firstValue("Cache-Control").orElseThrow()).contains("max-age=31536000");
        assertThat(decodedMillis(audio.body())).isCloseTo(first.get("duration_ms").asLong(), within(80L));

        HttpResponse<byte[]> range = download(first.get("audio").asString(), "bytes=0-99");
        assertThat(range.statusCode()).isEqualTo(206);
        assertThat(range.body()).hasSize(100);
        assertThat(range.headers().firstValue("Content-Range").orElseThrow()).startsWith("bytes 0-99/");
    }

    @Test
    void nobodyElseCanListenToAStory() {
        String id = api.post("/api/stories/", mia.token(), Map.of("prompt", "a cat named Tig", "age_band", "5-7",
                "length", "short")).json().get("id").asString();
        api.awaitReady(id, mia.token(), Duration.ofMinutes(2));
        String audio = api.get("/api/stories/" + id + "/narration", mia.token()).json().get("segments").get(0).get("audio").asString();
        Registered stranger = api.register("stranger");

        assertThat(api.get("/api/stories/" + id + "/narration", stranger.token()).status()).isEqualTo(404);
        assertThat(api.get(audio, stranger.token()).status()).isEqualTo(404);
        assertThat(api.get(audio, null).status()).isEqualTo(401);
    }

    @Test
    void aStoryServesOnlyItsOwnAudioAndNoneOnceHiddenOrUnshared() {
        String tig = story("a cat named Tig");
        JsonNode heard = api.get("/api/stories/" + tig + "/narration", mia.token()).json();
        String sentence = clipKey(heard.get("segments").get(0).get("audio").asString());
        for (JsonNode segment : heard.get("segments")) {
            if (segment.get("text").asString().contains("Tig")) {
                sentence = clipKey(segment.get("audio").asString());
            }
        }
        String whole = clipKey(heard.get("full_audio").asString());
        Registered leo = api.register("neighbour");
        String rex = api.post("/api/stories/", leo.token(), Map.of("prompt", "a dog named Rex", "age_band", "5-7",
                "length", "short")).json().get("id").asString();
        api.awaitReady(rex, leo.token(), Duration.ofMinutes(2));

        for (String clip : new String[] {sentence, whole}) {
            Api.Reply borrowed = api.get("/api/stories/" + rex + "/audio/" + clip + ".mp3", leo.token());
            assertThat(borrowed.status()).as("Mia's audio through Leo's story").isEqualTo(404);
            assertThat(borrowed.json().get("detail").asString()).isEqualTo("There is no story " + rex + ".");
        }
        String leosOwn = clipKey(api.get("/api/stories/" + rex + "/narration", leo.token()).json().get("full_audio")
                .asString());
        assertThat(api.bytes("/api/stories/" + rex + "/audio/" + leosOwn + ".mp3", leo.token()).statusCode()).isEqualTo(200);
        assertThat(api.bytes("/api/stories/" + tig + "/audio/" + leosOwn + ".mp3", mia.token()).statusCode())
                .as("Leo's audio through Mia's story").isEqualTo(404);

        String share = api.post("/api/stories/" + tig + "/share", mia.token(), Map.of()).json().get("token").asString();
        assertThat(api.bytes("/api/shared/" + share + "/audio/" + whole + ".mp3", null).statusCode()).isEqualTo(200);
        assertThat(api.bytes("/api/shared/" + share + "/audio/" + leosOwn + ".mp3", null).statusCode()).isEqualTo(404);
        assertThat(api.delete("/api/stories/" + tig + "/share", mia.token()).status()).isEqualTo(204);
        assertThat(api.bytes("/api/shared/" + share + "/audio/" + whole + ".mp3", null).statusCode())
                .as("a revoked link").isEqualTo(404);

        String admin = api.admin(accounts);
        api.patch("/api/admin/stories/" + tig + "/hide", admin, Map.of("is_hidden", true));
        assertThat(api.bytes("/api/stories/" + tig + "/audio/" + sentence + ".mp3", mia.token()).statusCode())
                .as("a hidden story").isEqualTo(404);
        assertThat(api.bytes("/api/stories/" + rex + "/audio/" + sentence + ".mp3", leo.token()).statusCode())
                .isEqualTo(404);
    }

    private static String clipKey(String audioUrl) {
        return audioUrl.substring(audioUrl.lastIndexOf('/') + 1, audioUrl.length() - ".mp3".length());
    }

    @Test
    void theWholeStoryIsOneFileToPlayOrKeep() throws Exception {
        String id = story("a girl named Wren and a friendly dragon");
        JsonNode narration = api.get("/api/stories/" + id + "/narration", mia.token()).json();
        long segmentsMs = 0;
        for (JsonNode segment : narration.get("segments")) {
            segmentsMs += segment.get("duration_ms").asLong();
        }

        HttpResponse<byte[]> whole = download(narration.get("full_audio").asString(), null);
        assertThat(whole.statusCode()).isEqualTo(200);
        assertThat(decodedMillis(whole.body())).as("the segments one after the other").isCloseTo(segmentsMs, within(150L));

        HttpResponse<byte[]> kept = download("/api/stories/" + id + "/export.mp3", null);
        assertThat(kept.statusCode()).isEqualTo(200);
        assertThat(Arrays.copyOfRange(kept.body(), kept.body().length - whole.body().length, kept.body().length))
                .as("the same sound, with a tag in front").isEqualTo(whole.body());
        JsonNode story = api.get("/api/stories/" + id, mia.token()).json();
        String title = story.get("title").asString();
        assertThat(kept.headers().firstValue("Content-Disposition").orElseThrow()).startsWith("attachment")
                .contains(title.substring(0, Math.min(8, title.length())));

        JsonNode probed = probe(kept.body());
        assertThat(probed.get("format").get("tags").get("title").asString()).isEqualTo(title);
        JsonNode chapters = probed.get("chapters");
        assertThat(chapters.size()).as("a chapter per part").isEqualTo(story.get("parts").size());
        double previousEnd = 0;
        for (int n = 0; n < chapters.size(); n++) {
            JsonNode chapter = chapters.get(n);
            assertThat(chapter.get("tags").get("title").asString()).isEqualTo(story.get("parts").get(n).get("title").asString());
            assertThat(Double.parseDouble(chapter.get("start_time").asString())).isCloseTo(previousEnd, within(0.001));
            previousEnd = Double.parseDouble(chapter.get("end_time").asString());
        }
        assertThat(Math.round(previousEnd * 1000)).as("the chapters cover the whole story").isCloseTo(segmentsMs, within(5L));
    }

    /** What ffprobe reads from a file's tags: its format (with title) and chapters. */
    private static JsonNode probe(byte[] mp3) throws Exception {
        Path file = Files.createTempFile("story", ".mp3");
        Files.write(file, mp3);
        Process ffprobe = new ProcessBuilder("ffprobe", "-v", "error", "-show_format", "-show_chapters", "-of", "json",
                file.toString()).start();
        String json = new String(ffprobe.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        ffprobe.waitFor();
        Files.delete(file);
        return JsonMapper.builder().build().readTree(json);
    }

    @Test
    void anEditedStoryIsReadAgainWithoutSpeakingUnchangedSentencesTwice() {
        String id = story("a boy named Ilo who finds a shell");
        JsonNode before = api.get("/api/stories/" + id + "/narration", mia.token()).json().get("segments");
        String kept = before.get(0).get("text").asString();

        JsonNode edited = api.patch("/api/stories/" + id, mia.token(),
                Map.of("story_text", kept + " Then a purple kite carried Ilo over the hills.")).json();
        assertThat(edited.get("revision").asInt()).isEqualTo(2);
        JsonNode after = awaitSpoken(id, Duration.ofMinutes(1));

        assertThat(after.get(0).get("text").asString()).isEqualTo(kept);
        assertThat(after.get(0).get("audio").asString()).as("the same sentence in the same voice keeps its audio")
                .isEqualTo(before.get(0).get("audio").asString());
        assertThat(after.get(1).get("text").asString()).contains("purple kite");
        assertThat(after.get(1).get("words").toString()).contains("purple", "kite");
        assertThat(api.get("/api/stories/" + id + "/narration", mia.token()).json().get("full_audio").isNull()).isFalse();
    }

    @Test
    void theListenerPlaceIsKeptPerUserAndChecked() {
        String id = story("a snail named Otto");
        String position = "/api/stories/" + id + "/position";
        JsonNode fresh = api.get(position, mia.token()).json();
        assertThat(fresh.get("segment").asInt()).isZero();
        assertThat(fresh.get("updated_at").isNull()).as("never listened").isTrue();

        assertThat(api.put(position, mia.token(), Map.of("segment", 2, "offset_ms", 1500)).status()).isEqualTo(200);
        assertThat(api.put(position, mia.token(), Map.of("segment", 9999, "offset_ms", 0)).status()).isEqualTo(400);
        assertThat(api.put(position, mia.token(), Map.of("segment", 1, "offset_ms", -5)).status()).isEqualTo(400);
        JsonNode saved = api.get(position, mia.token()).json();
        assertThat(saved.get("segment").asInt()).isEqualTo(2);
        assertThat(saved.get("offset_ms").asInt()).isEqualTo(1500);
        assertThat(saved.get("updated_at").isNull()).isFalse();

        Registered stranger = api.register("stranger");
        assertThat(api.get(position, stranger.token()).status()).isEqualTo(404);
        assertThat(api.put(position, stranger.token(), Map.of("segment", 0, "offset_ms", 0)).status()).isEqualTo(404);
    }

    @Test
    void aStoryInALanguageWithoutAVoiceSaysSoInsteadOfFailing() {
        String id = api.post("/api/stories/", mia.token(), Map.of("prompt", "un chat qui danse", "age_band", "5-7",
                "length", "short", "language", "fr-FR")).json().get("id").asString();
        api.awaitReady(id, mia.token(), Duration.ofMinutes(1));

        JsonNode narration = api.get("/api/stories/" + id + "/narration", mia.token()).json();
        assertThat(narration.get("status").asString()).isEqualTo("unavailable");
        assertThat(narration.get("message").asString()).contains("no voice for fr-FR");
        assertThat(narration.get("segments").get(0).get("audio").isNull()).isTrue();
        Api.Reply download = api.get("/api/stories/" + id + "/export.mp3", mia.token());
        assertThat(download.status()).isEqualTo(409);
        assertThat(download.json().get("detail").asString()).contains("no voice");
    }

    @Test
    void prometheusCountsTheStoriesWrittenAndTimesTheirWritingAndFirstAudio() {
        String admin = api.admin(accounts);
        double writtenBefore = metric(admin, "storyteller_stories_generated_total{outcome=\"ready\"}");
        double firstAudioBefore = metric(admin, "storyteller_first_audio_seconds_count");

        story("a kite named Zephyr");

        assertThat(metric(admin, "storyteller_stories_generated_total{outcome=\"ready\"}")).isGreaterThan(writtenBefore);
        assertThat(metric(admin, "storyteller_first_audio_seconds_count")).isGreaterThan(firstAudioBefore);
        String scraped = scrape(admin);
        assertThat(scraped).contains("storyteller_generation_duration_seconds_bucket{le=",
                "storyteller_first_audio_seconds_bucket{le=", "storyteller_jobs_waiting ",
                "storyteller_stories_generated_total{outcome=\"failed\"}");
        assertThat(metric(admin, "storyteller_first_audio_seconds_max")).as("seconds, not minutes").isLessThan(60);
    }

    /** A sample's value in the Prometheus scrape, by its name and labels; 0 when it is not there yet. */
    private double metric(String admin, String sample) {
        return scrape(admin).lines()
                .filter(line -> line.startsWith(sample + " "))
                .mapToDouble(line -> Double.parseDouble(line.substring(sample.length() + 1).strip()))
                .findFirst().orElse(0);
    }

    private String scrape(String admin) {
        return api.send(api.request("/actuator/prometheus", admin).setHeader("Accept", "text/plain")).body();
    }

    private String story(String prompt) {
        String id = api.post("/api/stories/", mia.token(), Map.of("prompt", prompt, "age_band", "5-7", "length", "short"))
                .json().get("id").asString();
        api.awaitReady(id, mia.token(), Duration.ofMinutes(2));
        return id;
    }

    /** The current revision's segments once every one of them can be heard. */
    private JsonNode awaitSpoken(String id, Duration timeout) {
        return Eventually.within(timeout).get("every segment spoken", () -> {
            JsonNode segments = api.get("/api/stories/" + id + "/narration", mia.token()).json().get("segments");
            boolean spoken = true;
            for (JsonNode segment : segments) {
                spoken &= !segment.get("audio").isNull();
            }
            return spoken ? segments : null;
        });
    }

    private HttpResponse<byte[]> download(String path, String range) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Authorization", "Bearer " + mia.token());
        if (range != null) {
            request.header("Range", range);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** The length ffprobe decodes from the file. */
    private static long decodedMillis(byte[] mp3) throws Exception {
        Path file = Files.createTempFile("segment", ".mp3");
        Files.write(file, mp3);
        Process ffprobe = new ProcessBuilder("ffprobe", "-v", "error", "-show_entries", "format=duration", "-of",
                "default=noprint_wrappers=1:nokey=1", file.toString()).redirectErrorStream(true).start();
        String seconds = new String(ffprobe.getInputStream().readAllBytes()).strip();
        ffprobe.waitFor();
        Files.delete(file);
        return Math.round(Double.parseDouble(seconds) * 1000);
    }

}
