package com.novastoryteller.media.s3;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

import com.novastoryteller.account.Accounts;
import com.novastoryteller.support.Api;
import com.novastoryteller.support.Api.Registered;
import com.novastoryteller.support.ApplicationTest;
import com.novastoryteller.support.Eventually;
import com.novastoryteller.support.S3Proxy;
import com.novastoryteller.support.S3ProxyRequired;
import com.novastoryteller.support.TestMedia;

import tools.jackson.databind.JsonNode;

/**
 * The application with {@code storyteller.media.store=s3}: a family's drawing, pictures and narration are kept in the
 * bucket and served from it as from local disk (whole, by range, revalidated by ETag), nothing is written to the
 * local media folder, and deleting a story or the account removes their objects.
 */
@ExtendWith(S3ProxyRequired.class)
@ApplicationTest
@TestPropertySource(properties = "storyteller.providers.narrator=embedded")
class MediaInBucketTests {

    static final String BUCKET = "media-" + UUID.randomUUID();
    static final String PREFIX = "family-tests/";
    static final Path DATA = Path.of("target", "test-data-s3");

    @DynamicPropertySource
    static void mediaInTheBucket(DynamicPropertyRegistry registry) {
        S3Proxy.running().createBucket(BUCKET);
        S3Proxy.running().configure(registry, BUCKET, PREFIX);
        registry.add("storyteller.data-dir", DATA::toString);
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
        mia = api.register("bucket");
    }

    @Test
    void aStorysDrawingPicturesAndAudioAreServedFromTheBucketWholeByRangeAndRevalidated() throws Exception {
        byte[] drawing = TestMedia.png(320, 240, 0x5aa0f0, 0xfad728);
        String id = drawnStory("a cat named Tig who finds a red kite", drawing);
        JsonNode story = api.get("/api/stories/" + id, mia.token()).json();
        JsonNode first = api.get("/api/stories/" + id + "/narration", mia.token()).json().get("segments").get(0);
        String audio = first.get("audio").asString();
        byte[] clipInBucket = object("audio/" + clipKey(audio).substring(0, 2) + "/" + clipKey(audio) + ".mp3");

        HttpResponse<byte[]> whole = get(audio, null, null);
        assertThat(whole.statusCode()).isEqualTo(200);
        assertThat(whole.body()).isEqualTo(clipInBucket);
        assertThat(whole.headers().firstValue("Content-Type")).hasValue("audio/mpeg");
        assertThat(whole.headers().firstValue("Content-Length")).hasValue(String.valueOf(clipInBucket.length));
        assertThat(whole.headers().firstValue("Accept-Ranges")).hasValue("bytes");
        assertThat(whole.headers().firstValue("Cache-Control").orElseThrow()).contains("max-age=31536000", "immutable");
        String etag = whole.headers().firstValue("ETag").orElseThrow();

        HttpResponse<byte[]> range = get(audio, "Range", "bytes=100-299");
        assertThat(range.statusCode()).isEqualTo(206);
        assertThat(range.body()).isEqualTo(Arrays.copyOfRange(clipInBucket, 100, 300));
        assertThat(range.headers().firstValue("Content-Range")).hasValue("bytes 100-299/" + clipInBucket.length);
        HttpResponse<byte[]> tail = get(audio, "Range", "bytes=-50");
        assertThat(tail.body()).isEqualTo(Arrays.copyOfRange(clipInBucket, clipInBucket.length - 50, clipInBucket.length));
        HttpResponse<byte[]> unchanged = get(audio, "If-None-Match", etag);
        assertThat(unchanged.statusCode()).isEqualTo(304);
        assertThat(unchanged.body()).isEmpty();

        HttpResponse<byte[]> kept = get("/api/stories/" + id + "/image", null, null);
        assertThat(kept.statusCode()).isEqualTo(200);
        assertThat(kept.headers().firstValue("Content-Type")).hasValue("image/png");
        assertThat(kept.body()).isEqualTo(object("pictures/" + id + "/drawing.png"));
        HttpResponse<byte[]> keptRange = get("/api/stories/" + id + "/image", "Range", "bytes=0-7");
        assertThat(keptRange.statusCode()).isEqualTo(206);
        assertThat(keptRange.body()).as("the PNG signature").isEqualTo(Arrays.copyOf(kept.body(), 8));

        String picture = story.get("parts").get(0).get("illustration").asString();
        HttpResponse<byte[]> painted = get(picture, null, null);
        assertThat(painted.statusCode()).isEqualTo(200);
        assertThat(painted.headers().firstValue("Content-Security-Policy")).hasValue("default-src 'none'; style-src 'unsafe-inline'");
        assertThat(painted.body()).isEqualTo(object("illustrations/" + id + "/" + picture.substring(picture.lastIndexOf('/') + 1)));

        assertThat(localMediaFiles()).as("files in the local media folder").isEmpty();
        JsonNode storage = api.get("/api/admin/config", api.admin(accounts)).json().get("storage");
        assertThat(storage.get("kind").asString()).isEqualTo("s3");
        assertThat(storage.get("location").asString()).isEqualTo("s3://" + BUCKET + "/" + PREFIX + " at "
                + S3Proxy.running().endpoint());
    }

    @Test
    void deletingAStoryAndThenTheAccountRemovesTheirObjectsFromTheBucket() throws Exception {
        // A name no other test uses, so the sentences that carry it are this family's alone; a sentence another
        // story says too ("Hooray!") stays for that story.
        String hero = "Zan" + UUID.randomUUID().toString().replaceAll("[^a-f]", "").substring(0, 4);
        String story = drawnStory("a boy named " + hero + " and his dog Biscuit", TestMedia.png(200, 200, 0x33aa33, 0xffffff));
        Api.Reply rufus = api.post("/api/characters/", mia.token(), Map.of("name", "Rufus",
                "description", "a big friendly dog with a bushy tail"));
        assertThat(rufus.status()).isEqualTo(201);
        List<String> storyObjects = objectsOf(story, hero);
        List<String> portrait = S3Proxy.running().keys(BUCKET, PREFIX + "portraits/" + rufus.json().get("id").asString() + "/");
        assertThat(portrait).as("the character's portrait").hasSize(1);
        assertThat(get("/api/characters/" + rufus.json().get("id").asString() + "/image", null, null).body())
                .isEqualTo(S3Proxy.running().object(BUCKET, portrait.get(0)));

        assertThat(api.delete("/api/stories/" + story, mia.token()).status()).isEqualTo(204);
        Eventually.get("the deleted story's objects gone", () -> noneLeft(storyObjects) ? true : null);
        assertThat(S3Proxy.running().keys(BUCKET, PREFIX)).as("the portrait stays").containsAll(portrait);

        HttpResponse<String> deleted = api.send(api.request("/api/account", mia.token())
                .header("Content-Type", "application/json")
                .method("DELETE", HttpRequest.BodyPublishers.ofString(Api.asJson(Map.of("password", "good password")))))
                .response();
        assertThat(deleted.statusCode()).isEqualTo(204);
        Eventually.get("the account's objects gone", () -> noneLeft(portrait) ? true : null);
    }

    /** A story's objects in the bucket: its drawing, its pictures, and the clips of the sentences with its hero. */
    private List<String> objectsOf(String id, String hero) {
        List<String> objects = new ArrayList<>(S3Proxy.running().keys(BUCKET, PREFIX + "pictures/" + id + "/"));
        objects.addAll(S3Proxy.running().keys(BUCKET, PREFIX + "illustrations/" + id + "/"));
        for (JsonNode segment : api.get("/api/stories/" + id + "/narration", mia.token()).json().get("segments")) {
            if (segment.get("text").asString().contains(hero)) {
                String clip = clipKey(segment.get("audio").asString());
                objects.add(PREFIX + "audio/" + clip.substring(0, 2) + "/" + clip + ".mp3");
            }
        }
        assertThat(objects).anyMatch(key -> key.contains("/pictures/")).anyMatch(key -> key.contains("/illustrations/"))
                .anyMatch(key -> key.contains("/audio/"));
        assertThat(S3Proxy.running().keys(BUCKET, PREFIX)).containsAll(objects);
        return objects;
    }

    private static boolean noneLeft(List<String> objects) {
        List<String> all = S3Proxy.running().keys(BUCKET, PREFIX);
        return objects.stream().noneMatch(all::contains);
    }

    private String drawnStory(String prompt, byte[] drawing) {
        Api.Reply created = api.multipart("/api/stories/", mia.token(), Map.of("prompt", prompt, "length", "short"),
                "image", "drawing.png", "image/png", drawing);
        assertThat(created.status()).as(created.body()).isEqualTo(202);
        String id = created.json().get("id").asString();
        api.awaitReady(id, mia.token(), Duration.ofMinutes(2));
        Eventually.get("the story read aloud", () -> api.get("/api/stories/" + id + "/narration", mia.token()).json()
                .get("status").asString().equals("ready") ? true : null);
        return id;
    }

    private HttpResponse<byte[]> get(String path, String header, String value) throws Exception {
        HttpRequest.Builder request = api.request(path, mia.token()).GET();
        if (header != null) {
            request.header(header, value);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static byte[] object(String key) {
        byte[] content = S3Proxy.running().object(BUCKET, PREFIX + key);
        assertThat(content).as("the object " + key).isNotNull();
        return content;
    }

    private static String clipKey(String audioUrl) {
        return audioUrl.substring(audioUrl.lastIndexOf('/') + 1, audioUrl.length() - ".mp3".length());
    }

    private static List<Path> localMediaFiles() throws IOException {
        Path media = DATA.resolve("media");
        if (!Files.exists(media)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(media)) {
            return files.filter(Files::isRegularFile).toList();
        }
    }
}
