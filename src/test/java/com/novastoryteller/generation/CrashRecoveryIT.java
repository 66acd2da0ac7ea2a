package com.novastoryteller.generation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.novastoryteller.support.Api;
import com.novastoryteller.support.Eventually;
import com.novastoryteller.support.LocalProcesses;
import com.novastoryteller.support.StoredSegments;

/**
 * The packaged application is killed with SIGKILL while ten stories are being written, and started
 * again: every story finishes exactly once, with no segment lost or doubled. On H2 in a file, and on
 * the PostgreSQL and MariaDB test servers (which must answer under CI).
 */
class CrashRecoveryIT {

    @TempDir
    Path dataDirectory;

    Process application;

    Database database;

    /** Where the application keeps its data in one run of the test. */
    record Database(String name, String url, String username, String password) {

        static Database named(String name, Path dataDirectory) {
            return switch (name) {
                case "postgresql" -> new Database(name, System.getProperty("test.postgresql.url"), "storyteller", "storyteller");
                case "mariadb" -> new Database(name, System.getProperty("test.mariadb.url"), "storyteller", "storyteller");
                default -> new Database(name, "jdbc:h2:file:" + dataDirectory.resolve("db/storyteller"), "sa", "");
            };
        }

        boolean isServer() {
            return !name.equals("h2");
        }

        /** Empties a server's test database, or skips (fails under CI) when the server does not answer. */
        void prepare() {
            if (!isServer()) {
                return;
            }
            try (var connection = DriverManager.getConnection(url, username, password)) {
                connection.isValid(5);
            }
            catch (SQLException e) {
                String problem = "The " + name + " test database at " + url + " does not answer: " + e.getMessage();
                if (System.getenv("CI") != null) {
                    throw new IllegalStateException(problem, e);
                }
                Assumptions.abort(problem);
            }
            Flyway.configure().dataSource(url, username, password).cleanDisabled(false).load().clean();
        }

        List<String> arguments() {
            return isServer() ? List.of("--spring.datasource.url=" + url, "--spring.datasource.username=" + username,
                    "--spring.datasource.password=" + password) : List.of();
        }
    }

    @AfterEach
    void stop() {
        if (application != null) {
            application.destroyForcibly();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = { "h2", "postgresql", "mariadb" })
    void storiesBeingWrittenWhenTheProcessIsKilledFinishExactlyOnceAfterARestart(String databaseName) throws Exception {
        database = Database.named(databaseName, dataDirectory);
        database.prepare();
        int port = LocalProcesses.freePort();
        application = start(port);
        Api api = new Api(port);
        String token = api.register("crash").token();
        List<String> ids = new ArrayList<>();
        for (int n = 0; n < 10; n++) {
            ids.add(api.post("/api/stories/", token, Map.of("prompt", "a turtle named Shelly who finds treasure number " + n,
                    "length", "short")).json().get("id").asString());
        }
        // Killed once the writers are at work: some story has words, and not every story is ready.
        Eventually.within(Duration.ofMinutes(1)).every(Duration.ofMillis(100)).until("a story being written",
                () -> ids.stream().anyMatch(id -> !api.get("/api/stories/" + id, token).json().path("story_text")
                        .asString("").isEmpty()));
        int readyBeforeCrash = api.readyCount(token);
        application.destroyForcibly().waitFor();

        application = start(port);
        awaitAllReady(api, token, ids);

        assertThat(readyBeforeCrash).as("some stories were still being written when killed").isLessThan(10);
        for (String id : ids) {
            var story = api.get("/api/stories/" + id, token).json();
            assertThat(story.get("revision").asInt()).isEqualTo(1);
            assertThat(story.get("parts").size()).as("a short story's three parts").isEqualTo(3);
        }
        application.destroy();
        application.waitFor();
        for (String id : ids) {
            List<Integer> seqs = StoredSegments.seqs(database.url(), database.username(), database.password(), id);
            assertThat(seqs).as("segments of " + id).isNotEmpty();
            assertThat(seqs).as("no segment lost or doubled")
                    .isEqualTo(java.util.stream.IntStream.range(0, seqs.size()).boxed().toList());
        }
    }

    private Process start(int port) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(LocalProcesses.java(),
                "-jar", System.getProperty("storyteller.jar"), "--server.port=" + port,
                "--storyteller.data-dir=" + dataDirectory, "--storyteller.generation.line-delay=60ms",
                "--storyteller.generation.threads=4", "--storyteller.providers.narrator=off"));
        command.addAll(database.arguments());
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dataDirectory.resolve("out-" + System.nanoTime() + ".log").toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))).start();
        Api api = new Api(port);
        Eventually.within(Duration.ofMinutes(1)).every(Duration.ofMillis(200)).until("the application answering",
                () -> answers(api));
        return process;
    }

    private static boolean answers(Api api) {
        try {
            return api.get("/api/health", null).status() == 200;
        }
        catch (IllegalStateException notListeningYet) {
            return false;
        }
    }

    /** Until every story is ready; if one never is, the failure says which and how it stands (status, failure). */
    private static void awaitAllReady(Api api, String token, List<String> ids) {
        Eventually.within(Duration.ofMinutes(2)).every(Duration.ofMillis(250)).untilAsserted(() ->
                assertThat(notReady(api, token, ids)).as("stories not ready after the restart").isEmpty());
    }

    private static Map<String, String> notReady(Api api, String token, List<String> ids) {
        Map<String, String> notReady = new LinkedHashMap<>();
        for (String id : ids) {
            Api.Reply reply = api.get("/api/stories/" + id, token);
            if (reply.status() != 200) {
                notReady.put(id, "HTTP " + reply.status() + ": " + reply.body());
                continue;
            }
            var story = reply.json();
            if (!story.get("status").asString().equals("ready")) {
                notReady.put(id, story.get("status").asString() + " " + story.path("failure").asString("")
                        + " (" + story.path("story_text").asString("").length() + " characters written)");
            }
        }
        return notReady;
    }


}
