package com.novastoryteller.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.net.URLEncoder;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.novastoryteller.account.Accounts;
import com.novastoryteller.support.Api;
import com.novastoryteller.support.ApplicationTest;

import tools.jackson.databind.JsonNode;

/** The admin reads the log files, and nothing outside their folder, however the name is spelled. */
@ApplicationTest
class AdminLogsApiTests {

    static final Path ROOT = Path.of("target", "test-logs", UUID.randomUUID().toString()).toAbsolutePath();
    static final Path FOLDER = ROOT.resolve("logs");
    static final String SECRET = "the database password is hunter2";

    @DynamicPropertySource
    static void logs(DynamicPropertyRegistry registry) {
        registry.add("storyteller.logs.dir", FOLDER::toString);
    }

    @LocalServerPort
    int port;

    @Autowired
    Accounts accounts;

    Api api;
    String admin;

    @BeforeEach
    void writeLogs() throws IOException {
        Files.createDirectories(FOLDER);
        List<String> today = new ArrayList<>();
        for (int n = 1; n <= 60; n++) {
            today.add(n % 10 == 0 ? "2026-11-23 ERROR Story " + n + " failed" : "2026-11-23 INFO line " + n);
        }
        Files.write(FOLDER.resolve("nova-storyteller.log"), today);
        try (OutputStream zipped = new GZIPOutputStream(Files.newOutputStream(
                FOLDER.resolve("nova-storyteller.2026-11-22.0.log.gz")))) {
            zipped.write("2026-11-22 INFO yesterday began\n2026-11-22 WARN yesterday ended\n".getBytes(StandardCharsets.UTF_8));
        }
        Files.writeString(ROOT.resolve("secret.txt"), SECRET);
        api = new Api(port);
        admin = api.admin(accounts);
    }

    @Test
    void theAdminListsTailsFiltersAndDownloadsTheLogs() throws IOException {
        JsonNode files = api.get("/api/admin/logs/", admin).json();
        assertThat(files.findValuesAsString("name")).containsExactlyInAnyOrder("nova-storyteller.log",
                "nova-storyteller.2026-11-22.0.log.gz");

        JsonNode tail = api.get("/api/admin/logs/nova-storyteller.log?lines=10", admin).json();
        assertThat(text(tail)).hasSize(10).startsWith("2026-11-23 INFO line 51").endsWith("2026-11-23 ERROR Story 60 failed");

        JsonNode errors = api.get("/api/admin/logs/nova-storyteller.log?lines=10&filter=error", admin).json();
        assertThat(text(errors)).hasSize(6).allMatch(line -> line.contains("ERROR"));
        JsonNode pattern = api.get("/api/admin/logs/nova-storyteller.log?lines=10&regex=true&filter=Story%20%5B25%5D0%20failed",
                admin).json();
        assertThat(text(pattern)).containsExactly("2026-11-23 ERROR Story 20 failed", "2026-11-23 ERROR Story 50 failed");
        assertThat(text(api.get("/api/admin/logs/nova-storyteller.2026-11-22.0.log.gz?lines=10", admin).json()))
                .as("read unzipped").containsExactly("2026-11-22 INFO yesterday began", "2026-11-22 WARN yesterday ended");

        HttpResponse<byte[]> download = api.bytes("/api/admin/logs/nova-storyteller.log/download", admin);
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.body()).isEqualTo(Files.readAllBytes(FOLDER.resolve("nova-storyteller.log")));
        assertThat(download.headers().firstValue("Content-Disposition")).hasValueSatisfying(
                value -> assertThat(value).startsWith("attachment").contains("nova-storyteller.log"));

        for (String lines : new String[] { "9", "5001", "many" }) {
            assertThat(api.get("/api/admin/logs/nova-storyteller.log?lines=" + lines, admin).status()).as(lines)
                    .isEqualTo(400);
        }
        Api.Reply badPattern = api.get("/api/admin/logs/nova-storyteller.log?regex=true&filter=%28", admin);
        assertThat(badPattern.status()).isEqualTo(400);
        assertThat(badPattern.json().get("errors").has("filter")).isTrue();
    }

    @Test
    void aPatternThatWouldSearchForHoursIsRefusedWithinSeconds() throws IOException {
        // A busy day's log: thousands of long lines, on each of which a backtracking pattern spends a fraction of a second.
        Path busy = FOLDER.resolve("busy.log");
        Files.write(busy, Collections.nCopies(2000, "2026-11-23 INFO " + ("a" + "x".repeat(15)).repeat(13) + "x".repeat(200)));
        try {
            for (String pattern : new String[] { "(.*.*)*@@@", "(.*a){14}" }) {
                Instant asked = Instant.now();
                Api.Reply reply = api.send(api.request("/api/admin/logs/busy.log?lines=5000&regex=true&filter="
                        + URLEncoder.encode(pattern, StandardCharsets.UTF_8), admin).timeout(Duration.ofSeconds(20)).GET());

                assertThat(Duration.between(asked, Instant.now())).as(pattern).isLessThan(Duration.ofSeconds(5));
                assertThat(reply.status()).as(pattern).isEqualTo(400);
                assertThat(reply.header("Content-Type")).isEqualTo("application/problem+json");
                assertThat(reply.json().get("errors").get("filter").asString()).contains("takes too long");
            }
            JsonNode quick = api.get("/api/admin/logs/busy.log?lines=10&regex=true&filter="
                    + URLEncoder.encode("a(x{15}a){12}", StandardCharsets.UTF_8), admin).json();
            assertThat(text(quick)).as("a pattern that is quick to decide still filters").hasSize(10);
        }
        finally {
            Files.delete(busy);
        }
    }

    @Test
    void noPathOutsideTheLogFolderCanBeRead() {
        for (String name : new String[] { "secret.txt", "..%2Fsecret.txt", "%2E%2E%2Fsecret.txt", "%252E%252E%252Fsecret.txt",
                "..%5Csecret.txt", "%2Fetc%2Fpasswd", "..", ".%2E", "nova-storyteller.log%00.txt",
                "%2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fpasswd" }) {
            for (String path : new String[] { "/api/admin/logs/" + name, "/api/admin/logs/" + name + "/download" }) {
                Api.Reply reply = api.send(api.request(path, admin).setHeader("Accept", "*/*").GET());
                assertThat(reply.status()).as(path).isIn(400, 404);
                assertThat(reply.body()).as(path).doesNotContain("hunter2").doesNotContain("root:");
            }
        }
    }

    @Test
    void onlyTheAdminReadsTheLogs() {
        Api.Registered parent = api.register("logs");
        for (String path : new String[] { "/api/admin/logs/", "/api/admin/logs/nova-storyteller.log",
                "/api/admin/logs/nova-storyteller.log/download" }) {
            assertThat(api.send(api.request(path, parent.token()).setHeader("Accept", "*/*").GET()).status()).as(path)
                    .isEqualTo(403);
            assertThat(api.send(api.request(path, null).setHeader("Accept", "*/*").GET()).status()).as(path)
                    .isEqualTo(401);
        }
    }

    private static List<String> text(JsonNode tail) {
        List<String> lines = new ArrayList<>();
        tail.get("text").forEach(line -> lines.add(line.asString()));
        return lines;
    }
}
