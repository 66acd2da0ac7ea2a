package com.novastoryteller.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

import com.novastoryteller.support.Api;
import com.novastoryteller.support.Api.Registered;
import com.novastoryteller.support.Api.Reply;
import com.novastoryteller.support.ApplicationTest;
import com.novastoryteller.support.DatabaseScan;
import com.novastoryteller.support.DatabaseTest;
import com.novastoryteller.support.Eventually;
import com.novastoryteller.support.TestMedia;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A grown-up's control over the family's data: the account page's figures, the download of everything,
 * new e-mail and password, and deleting the account so that nothing of it is left, in the database or in storage.
 */
@ApplicationTest
@DatabaseTest
@TestPropertySource(properties = "storyteller.providers.narrator=embedded")
class FamilyAccountApiTests {

    private static final Path MEDIA = Path.of("target", "test-data", "media");
    private static final JsonMapper json = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    DataSource dataSource;

    Api api;
    Registered mia;

    @BeforeEach
    void signUp() {
        api = new Api(port);
        mia = api.register("family");
    }

    @Test
    void theAccountShowsWhatTheFamilyKeepsAndThatNothingLeavesThisComputer() {
        String story = drawnStory(mia, "a boy named Tomasz and his dog Biscuit");
        character(mia, "Rufus");

        JsonNode account = api.get("/api/account", mia.token()).json();

        assertThat(account.get("user").get("username").asString()).isEqualTo(mia.username());
        assertThat(count(account, "stories")).isEqualTo(1);
        assertThat(count(account, "pictures")).as("the drawing and the part pictures")
                .isEqualTo(1 + pictures(api.get("/api/stories/" + story, mia.token()).json()).size());
        assertThat(count(account, "characters")).isEqualTo(1);
        assertThat(account.get("providers").isEmpty()).isTrue();
        assertThat(account.get("voice_recordings_kept").asBoolean()).isFalse();
        assertThat(api.get("/api/account", null).status()).isEqualTo(401);
    }

    @Test
    void theDownloadHoldsEveryStoryWithItsDrawingPicturesNarrationAndEveryCharacterWithItsPortrait() throws Exception {
        byte[] drawing = TestMedia.png(320, 240, 0x5aa0f0, 0xfad728);
        String story = drawnStory(mia, "a boy named Tomasz and his dog Biscuit", drawing);
        String again = api.post("/api/stories/", mia.token(), Map.of("prompt", "a boy named Tomasz who walks his dog",
                "length", "short")).json().get("id").asString();
        api.awaitReady(again, mia.token(), Duration.ofMinutes(1));
        api.patch("/api/stories/" + story, mia.token(), Map.of("title", "Tomasz & Biscuit: the \"Big\" Walk?"));
        api.patch("/api/stories/" + again, mia.token(), Map.of("title", "tomasz & biscuit: the \"big\" walk?"));
        String rufus = character(mia, "Rufus");
        drawnStory(api.register("other-family"), "a fox who sings");

        HttpResponse<byte[]> download = api.bytes("/api/account/export", mia.token());

        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.headers().firstValue("Content-Type")).hasValue("application/zip");
        assertThat(download.headers().firstValue("Content-Disposition").orElse(""))
                .contains("attachment", "nova-storyteller-" + mia.username());
        Map<String, byte[]> files = unzip(download.body());
        String folder = "stories/Tomasz & Biscuit the Big Walk/";
        String sameTitle = "stories/tomasz & biscuit the big walk (2)/";
        assertThat(files.keySet()).as("folders named by title, safe on every system, one per story")
                .contains(folder + "story.json", sameTitle + "story.json")
                .noneMatch(name -> name.contains(story) || name.contains(again));
        assertThat(json.readTree(files.get(sameTitle + "story.json")).get("id").asString()).isEqualTo(again);
        JsonNode saved = json.readTree(files.get(folder + "story.json"));
        JsonNode shown = api.get("/api/stories/" + story, mia.token()).json();
        assertThat(saved.get("id").asString()).as("the id is kept in the JSON").isEqualTo(story);
        assertThat(saved.get("title").asString()).isEqualTo(shown.get("title").asString());
        assertThat(saved.get("story_text").asString()).isEqualTo(shown.get("story_text").asString());
        assertThat(new String(files.get(folder + "story.txt"), StandardCharsets.UTF_8)).contains(shown.get("title").asString());
        assertThat(files.get(folder + "drawing.png")).isEqualTo(api.bytes("/api/stories/" + story + "/image", mia.token()).body());
        assertThat(files.keySet().stream().filter(name -> name.startsWith(folder + "pictures/")))
                .hasSize(pictures(shown).size());
        Path narration = Files.createTempFile("narration", ".mp3");
        Files.write(narration, files.get(folder + "narration.mp3"));
        assertThat(seconds(narration)).as("the story read aloud").isGreaterThan(5.0);
        JsonNode characters = json.readTree(files.get("characters/characters.json"));
        assertThat(characters.size()).isEqualTo(1);
        assertThat(characters.get(0).get("name").asString()).isEqualTo("Rufus");
        assertThat(files.get("characters/" + rufus + ".svg"))
                .isEqualTo(api.bytes("/api/characters/" + rufus + "/image", mia.token()).body());
        assertThat(json.readTree(files.get("account.json")).get("email").asString()).isEqualTo(mia.email());
        assertThat(new String(files.get("account.json"), StandardCharsets.UTF_8)).doesNotContain("password");
        assertThat(files.keySet()).as("nothing of another family").allMatch(name -> !name.startsWith("stories/")
                || name.startsWith(folder) || name.startsWith(sameTitle));
        assertThat(new String(files.get("README.txt"), StandardCharsets.UTF_8)).contains("stories/<title>/story.json");
    }

    @Test
    void aNewEmailAndANewPasswordNeedThePasswordAndTheNewPasswordEndsOtherSignIns() {
        String otherDevice = api.post("/api/login", null, Map.of("username", mia.username(), "password", "good password"))
                .json().get("token").asString();

        Reply wrong = api.put("/api/account/password", mia.token(), Map.of("current_password", "not it",
                "new_password", "a brand new password"));
        Reply tooShort = api.put("/api/account/password", mia.token(), Map.of("current_password", "good password",
                "new_password", "short"));
        assertThat(wrong.status()).isEqualTo(400);
        assertThat(wrong.json().get("errors").get("current_password").asString()).contains("not the password");
        assertThat(tooShort.status()).isEqualTo(400);
        assertThat(api.get("/api/current-user", otherDevice).status()).as("nothing changed yet").isEqualTo(200);

        assertThat(api.put("/api/account/password", mia.token(), Map.of("current_password", "good password",
                "new_password", "a brand new password")).status()).isEqualTo(204);
        assertThat(api.get("/api/current-user", mia.token()).status()).as("this token goes on").isEqualTo(200);
        assertThat(api.get("/api/current-user", otherDevice).status()).isEqualTo(401);
        assertThat(login(mia.username(), "good password")).isEqualTo(401);
        assertThat(login(mia.username(), "a brand new password")).isEqualTo(200);

        Registered leo = api.register("leo");
        Reply taken = api.put("/api/account/email", mia.token(), Map.of("email", leo.email().toUpperCase(),
                "password", "a brand new password"));
        Reply noPassword = api.put("/api/account/email", mia.token(), Map.of("email", "mia.moon@example.org",
                "password", "good password"));
        assertThat(taken.status()).isEqualTo(409);
        assertThat(noPassword.status()).isEqualTo(400);
        Reply changed = api.put("/api/account/email", mia.token(), Map.of("email", "mia.moon@example.org",
                "password", "a brand new password"));
        assertThat(changed.status()).isEqualTo(200);
        assertThat(changed.json().get("email").asString()).isEqualTo("mia.moon@example.org");
        assertThat(login("MIA.moon@example.org", "a brand new password")).isEqualTo(200);
    }

    @Test
    void deletingTheAccountLeavesNothingOfItInTheDatabaseOrInStorage() throws Exception {
        // A name no other test uses, so the sentences that carry it are this family's alone, however many other
        // stories are written meanwhile; a sentence another story says too ("Hooray!") stays for that story.
        String hero = "Zan" + UUID.randomUUID().toString().replaceAll("[^a-f]", "").substring(0, 4);
        String story = drawnStory(mia, "a boy named " + hero + " and his dog Biscuit");
        api.post("/api/stories/" + story + "/share", mia.token(), Map.of());
        api.put("/api/stories/" + story + "/position", mia.token(), Map.of("segment", 1, "offset_ms", 300));
        String rufus = character(mia, "Rufus");
        Registered leo = api.register("neighbour");
        String leosStory = drawnStory(leo, "a girl named Tilly and her dog Biscuit");
        Map<String, String> miasOwnClips = new HashMap<>(clips(story, mia));
        miasOwnClips.values().removeIf(sentence -> !sentence.contains(hero));
        assertThat(miasOwnClips).isNotEmpty();
        Set<String> miasFiles = new HashSet<>();
        allFiles().stream().filter(file -> file.contains(story) || file.contains(rufus)).forEach(miasFiles::add);
        miasOwnClips.keySet().forEach(clip -> miasFiles.add("audio/" + clip.substring(0, 2) + "/" + clip + ".mp3"));
        assertThat(allFiles()).containsAll(miasFiles);
        List<String> needles = new ArrayList<>(List.of(mia.id(), mia.username(), mia.email(), story, rufus, hero));
        needles.addAll(miasOwnClips.keySet());
        needles.addAll(miasOwnClips.values());
        assertThat(DatabaseScan.find(dataSource, needles).stream().map(hit -> hit.substring(hit.indexOf(": ") + 2)))
                .as("the scan finds each of them before").containsAll(needles);

        assertThat(deleteAccount(mia, "not my password").status()).isEqualTo(400);
        assertThat(api.get("/api/stories/" + story, mia.token()).status()).as("nothing is deleted").isEqualTo(200);
        Reply deleted = deleteAccount(mia, "good password");

        assertThat(deleted.status()).isEqualTo(204);
        assertThat(api.get("/api/current-user", mia.token()).status()).isEqualTo(401);
        assertThat(login(mia.username(), "good password")).isEqualTo(401);
        try (Connection connection = dataSource.getConnection()) {
            assertThat(DatabaseScan.tables(connection)).as("the scan reads every table").hasSizeGreaterThan(10);
        }
        assertThat(DatabaseScan.find(dataSource, needles)).isEmpty();
        Set<String> filesLeft = Eventually.get("the family's files gone", () -> {
            Set<String> left = new HashSet<>(miasFiles);
            left.retainAll(allFiles());
            return left.isEmpty() ? left : null;
        });
        assertThat(filesLeft).isEmpty();
        for (String audio : clips(leosStory, leo).keySet()) {
            assertThat(api.bytes("/api/stories/" + leosStory + "/audio/" + audio + ".mp3", leo.token()).statusCode())
                    .as("the neighbour's story still plays, the sentences it shares too").isEqualTo(200);
        }
    }

    private Reply deleteAccount(Registered owner, String password) {
        return api.send(api.request("/api/account", owner.token()).header("Content-Type", "application/json")
                .method("DELETE", HttpRequest.BodyPublishers.ofString(Api.asJson(Map.of("password", password)))));
    }

    /** A story's narration clips (by key, as its audio addresses name them) with the sentence each says. */
    private Map<String, String> clips(String story, Registered owner) {
        Map<String, String> clips = new HashMap<>();
        for (JsonNode segment : narration(story, owner).get("segments")) {
            String audio = segment.get("audio").asString();
            clips.put(audio.substring(audio.lastIndexOf('/') + 1, audio.length() - 4), segment.get("text").asString());
        }
        return clips;
    }

    private JsonNode narration(String story, Registered owner) {
        return Eventually.get("the story read aloud", () -> {
            JsonNode narration = api.get("/api/stories/" + story + "/narration", owner.token()).json();
            return narration.get("status").asString().equals("ready") ? narration : null;
        });
    }

    private static Set<String> allFiles() {
        if (!Files.exists(MEDIA)) {
            return Set.of();
        }
        try (Stream<Path> all = Files.walk(MEDIA)) {
            Set<String> files = new HashSet<>();
            all.filter(Files::isRegularFile).forEach(file -> files.add(MEDIA.relativize(file).toString().replace('\\', '/')));
            return files;
        }
        catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private int login(String username, String password) {
        return api.post("/api/login", null, Map.of("username", username, "password", password)).status();
    }

    private String drawnStory(Registered owner, String prompt) {
        return drawnStory(owner, prompt, TestMedia.png(320, 240, 0x5aa0f0, 0xfad728));
    }

    private String drawnStory(Registered owner, String prompt, byte[] drawing) {
        Reply created = api.multipart("/api/stories/", owner.token(), Map.of("prompt", prompt, "length", "short"),
                "image", "drawing.png", "image/png", drawing);
        assertThat(created.status()).as(created.body()).isEqualTo(202);
        String id = created.json().get("id").asString();
        api.awaitReady(id, owner.token(), Duration.ofMinutes(2));
        narration(id, owner);
        return id;
    }

    private String character(Registered owner, String name) {
        Reply created = api.post("/api/characters/", owner.token(), Map.of("name", name,
                "description", "a big friendly dog with a bushy tail"));
        assertThat(created.status()).isEqualTo(201);
        return created.json().get("id").asString();
    }

    /** The pictures of a story's parts; parts with the same scene share one. */
    private static Set<String> pictures(JsonNode story) {
        Set<String> pictures = new HashSet<>();
        story.get("parts").forEach(part -> pictures.add(part.get("illustration").asString()));
        return pictures;
    }

    private static long count(JsonNode account, String what) {
        return Api.find(account.get("data"), "what", what).get("count").asLong();
    }

    private static Map<String, byte[]> unzip(byte[] zip) throws IOException {
        Map<String, byte[]> files = new HashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                files.put(entry.getName(), in.readAllBytes());
            }
        }
        return files;
    }

    private static double seconds(Path mp3) throws IOException, InterruptedException {
        Process probe = new ProcessBuilder("ffprobe", "-v", "error", "-show_entries", "format=duration", "-of",
                "default=nw=1:nk=1", mp3.toString()).redirectErrorStream(true).start();
        String out = new String(probe.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        probe.waitFor();
        return Double.parseDouble(out);
    }
}
