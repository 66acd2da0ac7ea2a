package com.novastoryteller.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.flywaydb.core.Flyway;
import tools.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;

import com.novastoryteller.browser.Browser;
import com.novastoryteller.support.Api;
import com.novastoryteller.support.Api.Registered;
import com.novastoryteller.support.Api.Reply;
import com.novastoryteller.support.EventStream;
import com.novastoryteller.support.Eventually;
import com.novastoryteller.support.S3Proxy;
import com.novastoryteller.support.S3ProxyRequired;
import com.novastoryteller.support.StoredSegments;

/**
 * Two nodes of the packaged jar behind HAProxy ({@code deploy/haproxy.cfg}) on the PostgreSQL test server, their media
 * in an s3proxy bucket: one installation, with nothing in one node's memory or disk that the other needs. Under CI, a
 * missing PostgreSQL, HAProxy or s3proxy fails the test; elsewhere it is skipped.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@ExtendWith(S3ProxyRequired.class)
class ClusterIT {

    private static final String URL = System.getProperty("test.postgresql.url");
    private static final String USER = "storyteller";
    private static final String PASSWORD = "storyteller";
    private static final int STORIES_PER_DAY = 6;
    private static final int WRONG_PASSWORDS_ALLOWED = 3;

    @TempDir
    static Path directory;

    static JarNode first;
    static JarNode second;
    static Balancer balancer;
    static String bucket;
    static ChromeDriver browser;

    @BeforeAll
    static void startTwoNodesBehindTheBalancer() throws Exception {
        require(Balancer.haproxy() != null, "HAProxy is not installed (Debian: apt-get install haproxy)");
        requirePostgresql();
        Flyway.configure().dataSource(URL, USER, PASSWORD).cleanDisabled(false).load().clean();
        bucket = S3Proxy.running().createBucket("cluster-" + System.nanoTime());
        List<String> settings = List.of("--spring.datasource.url=" + URL, "--spring.datasource.username=" + USER,
                "--spring.datasource.password=" + PASSWORD, "--storyteller.generation.line-delay=60ms",
                "--storyteller.media.store=s3", "--storyteller.media.s3.bucket=" + bucket,
                "--storyteller.media.s3.endpoint=" + S3Proxy.running().endpoint(),
                "--storyteller.media.s3.path-style-access=true", "--storyteller.quotas.stories-per-day=" + STORIES_PER_DAY,
                "--storyteller.security.login-attempts-per-account=" + WRONG_PASSWORDS_ALLOWED);
        Map<String, String> credentials = S3Proxy.running().credentialsEnvironment();
        first = new JarNode("node1", directory, settings, credentials);
        second = new JarNode("node2", directory, settings, credentials);
        // One at a time: the first creates the tables, which two nodes migrating at once would race for.
        first.start().await("/api/health", Duration.ofMinutes(2));
        second.start().await("/api/health", Duration.ofMinutes(2));
        balancer = Balancer.start(directory, List.of(first, second));
        first.await("/actuator/health/readiness", Duration.ofMinutes(3));
        second.await("/actuator/health/readiness", Duration.ofMinutes(3));
        awaitBalancer();
    }

    @AfterAll
    static void stopAll() throws InterruptedException {
        if (browser != null) {
            browser.quit();
        }
        for (JarNode node : new JarNode[] { first, second }) {
            if (node != null) {
                node.kill();
            }
        }
        if (balancer != null) {
            balancer.stop();
        }
    }

    @Test
    @Order(99)
    void storiesBeingWrittenOnANodeThatIsKilledFinishOnTheOther() throws Exception {
        Api direct = first.api();
        String token = balancer.api().register("power-cut").token();
        List<String> ids = new ArrayList<>();
        for (int n = 0; n < 5; n++) {
            ids.add(direct.post("/api/stories/", token, Map.of("prompt", "a mole named Digby who finds a lost key number " + n,
                    "length", "short")).json().get("id").asString());
        }
        // Killed once the writers are at work: some story has words, and not every story is ready.
        Eventually.until("a story being written", () -> ids.stream()
                .anyMatch(id -> !direct.get("/api/stories/" + id, token).json().get("story_text").asString("").isEmpty()));
        int readyBeforeTheCut = direct.readyCount(token);
        first.kill();

        Api survivor = second.api();
        // Long enough for one node to read all five aloud by itself on a slow, busy machine.
        Eventually.within(Duration.ofMinutes(4)).every(Duration.ofMillis(250)).untilAsserted(() ->
                assertThat(survivor.readyCount(token)).as("stories ready on the surviving node").isEqualTo(ids.size()));
        assertThat(readyBeforeTheCut).as("stories still being written when the node was killed").isLessThan(ids.size());
        for (String id : ids) {
            List<Integer> seqs = StoredSegments.seqs(URL, USER, PASSWORD, id);
            assertThat(seqs).as("segments of " + id + ", none lost or written twice")
                    .isEqualTo(IntStream.range(0, seqs.size()).boxed().toList()).isNotEmpty();
        }
        List<String> inTheBucket = S3Proxy.running().keys(bucket, "audio/");
        for (String id : ids) {
            JsonNode segments = survivor.get("/api/stories/" + id + "/narration", token).json().get("segments");
            for (JsonNode segment : segments) {
                assertThat(segment.get("audio").isNull()).as("sentence " + segment.get("index") + " of " + id + " heard")
                        .isFalse();
                assertThat(inTheBucket).as("the clip of sentence " + segment.get("index") + " of " + id)
                        .contains(clipObject(segment.get("audio").asString()));
            }
            String lastClip = segments.get(segments.size() - 1).get("audio").asString();
            assertThat(survivor.bytes(lastClip, token).statusCode()).isEqualTo(200);
            assertThat(StoredSegments.narrationTasksLeft(URL, USER, PASSWORD, id)).as("sentences of " + id + " still queued")
                    .isZero();
        }
        for (JarNode node : List.of(first, second)) {
            assertThat(filesUnder(node.directory().resolve("media"))).as("media on " + node.name() + "'s disk").isEmpty();
        }
        assertThat(balancer.api().readyCount(token)).as("the balancer sends the family to the surviving node")
                .isEqualTo(ids.size());
        if (browser != null) {
            browser.get("http://localhost:" + balancer.port() + "/stories");
            assertThat(browser.findElement(By.cssSelector("[data-test=nav-account]")).getText())
                    .as("still signed in once the node that signed the family in is gone").contains("Noor");
        }
    }

    @Test
    @Order(1)
    void aStoryAskedOfOneNodeIsFollowedAndHeardThroughTheOtherWithItsMediaOnlyInTheBucket() throws Exception {
        Registered family = balancer.api().register("heard");
        String id = first.api().post("/api/stories/", family.token(), Map.of("prompt", "a badger named Quillon who builds a raft",
                "length", "short")).json().get("id").asString();

        List<EventStream.Event> events;
        try (EventStream stream = EventStream.open(second.port(), "/api/stories/" + id + "/events", family.token(), null)) {
            assertThat(stream.status()).isEqualTo(200);
            events = stream.until("done");
        }
        assertThat(events).extracting(EventStream.Event::kind).contains("segment", "part");
        JsonNode segments = Eventually.get("every sentence voiced", () -> {
            JsonNode narration = second.api().get("/api/stories/" + id + "/narration", family.token()).json().get("segments");
            for (JsonNode segment : narration) {
                if (segment.get("audio") == null || segment.get("audio").isNull()) {
                    return null;
                }
            }
            return narration.isEmpty() ? null : narration;
        });
        List<String> clips = new ArrayList<>();
        int n = 0;
        for (JsonNode segment : segments) {
            String audio = segment.get("audio").asString();
            JarNode node = n++ % 2 == 0 ? first : second;
            HttpResponse<byte[]> clip = node.api().bytes(audio, family.token());
            assertThat(clip.statusCode()).as(audio + " from " + node.name()).isEqualTo(200);
            assertThat(clip.headers().firstValue("Content-Type")).hasValue("audio/mpeg");
            String object = clipObject(audio);
            assertThat(S3Proxy.running().object(bucket, object)).as(object + " in the bucket").isEqualTo(clip.body());
            if (segment.get("text").asString().contains("Quillon")) {
                clips.add(object);
            }
        }
        for (JarNode node : List.of(first, second)) {
            assertThat(filesUnder(node.directory().resolve("media"))).as("media on " + node.name() + "'s disk").isEmpty();
        }

        List<String> pictures = S3Proxy.running().keys(bucket, "illustrations/" + id + "/");
        assertThat(pictures).as("the story's pictures in the bucket").isNotEmpty();
        assertThat(clips).isNotEmpty();
        Reply deleted = balancer.api().send(balancer.api().request("/api/account", family.token())
                .header("Content-Type", "application/json")
                .method("DELETE", HttpRequest.BodyPublishers.ofString(Api.asJson(Map.of("password", "good password")))));
        assertThat(deleted.status()).isEqualTo(204);
        Eventually.get("the account's objects gone from the bucket", () -> {
            List<String> left = S3Proxy.running().keys(bucket, "");
            return pictures.stream().noneMatch(left::contains) && clips.stream().noneMatch(left::contains) ? true : null;
        });
    }

    @Test
    @Order(2)
    void aFamilySignedInThroughTheBalancerIsSignedInOnEveryNode() {
        browser = Browser.start(true);
        Browser.signUp(browser, balancer.port(), "Noor");
        // The session cookie is the host's, whatever the port: the same browser session, asked of each node directly.
        for (JarNode node : List.of(first, second)) {
            browser.get("http://localhost:" + node.port() + "/stories");
            assertThat(browser.findElement(By.cssSelector("[data-test=nav-account]")).getText()).as(node.name())
                    .contains("Noor");
        }
    }

    @Test
    @Order(3)
    void wrongPasswordsSpreadOverBothNodesAreThrottledAsIfOnOne() {
        Registered guessed = balancer.api().register("guessed");
        List<Api> nodes = List.of(first.api(), second.api(), first.api());
        for (Api node : nodes) {
            assertThat(node.post("/api/login", null, Map.of("username", guessed.username(), "password", "not it")).status())
                    .isEqualTo(401);
        }
        for (Api node : List.of(first.api(), second.api())) {
            assertThat(node.post("/api/login", null, Map.of("username", guessed.username(), "password", "good password"))
                    .status()).as("the right password after three wrong ones, on either node").isEqualTo(429);
        }
    }

    @Test
    @Order(4)
    void storiesStartedOnBothNodesCountAgainstOneDailyLimit() {
        Registered busy = balancer.api().register("busy");
        for (int n = 0; n < STORIES_PER_DAY; n++) {
            Api node = n % 2 == 0 ? first.api() : second.api();
            assertThat(node.post("/api/stories/", busy.token(), Map.of("prompt", "a snail who races a leaf number " + n,
                    "length", "short")).status()).as("story " + (n + 1)).isEqualTo(202);
        }
        for (Api node : List.of(first.api(), second.api())) {
            Reply refused = node.post("/api/stories/", busy.token(), Map.of("prompt", "one snail too many", "length", "short"));
            assertThat(refused.status()).isEqualTo(429);
            assertThat(refused.json().get("type").asString()).endsWith("/problems/daily-limit");
        }
    }


    /** Where the clip an audio address names is kept in the bucket. */
    private static String clipObject(String audio) {
        String key = audio.substring(audio.lastIndexOf('/') + 1, audio.length() - ".mp3".length());
        return "audio/" + key.substring(0, 2) + "/" + key + ".mp3";
    }

    private static List<Path> filesUnder(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).toList();
        }
    }

    private static void awaitBalancer() {
        balancer.awaitPassing(Duration.ofSeconds(30));
    }

    private static void requirePostgresql() {
        try (var connection = DriverManager.getConnection(URL, USER, PASSWORD)) {
            connection.isValid(5);
        }
        catch (SQLException e) {
            require(false, "The PostgreSQL test database at " + URL + " does not answer: " + e.getMessage());
        }
    }

    private static void require(boolean met, String problem) {
        if (met) {
            return;
        }
        if (System.getenv("CI") != null) {
            throw new IllegalStateException(problem);
        }
        Assumptions.abort(problem);
    }
}
