package com.novastoryteller;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.novastoryteller.support.Api;
import com.novastoryteller.support.Eventually;
import com.novastoryteller.support.LocalProcesses;

/**
 * The packaged jar's one-off commands, run as an operator would run them (with the default settings, voices and
 * all), in a fresh directory: the README's examples in the order written, with the server running and without.
 */
class CommandsIT {

    /** The README's own example, step 2 of "Trying it". */
    static final String[] README_SUPERUSER = { "createsuperuser", "--username=admin", "--email=admin@example.com",
            "--password=a long secret" };

    @TempDir
    Path workingDirectory;

    Path dataDirectory;

    Process server;

    @BeforeEach
    void configureThroughDotEnv() throws IOException {
        dataDirectory = workingDirectory.resolve("family-data");
        Files.writeString(workingDirectory.resolve(".env"), "# settings for this installation\n"
                + "STORYTELLER_DATA_DIR=" + dataDirectory + "\n");
    }

    @AfterEach
    void stopTheServer() throws InterruptedException {
        if (server != null && server.isAlive()) {
            server.destroyForcibly().waitFor();
        }
    }

    @Test
    void createsuperuserCreatesAnAdminOnceAndRefusesATakenNameOrACommonPassword() throws Exception {
        Run first = run("createsuperuser", "--username=Headteacher", "--email=head@school.example", "--password=long enough");
        Run again = run("createsuperuser", "--username=headteacher", "--email=other@school.example", "--password=long enough");
        Run missing = run("createsuperuser", "--username=someone");
        Run weak = run("createsuperuser", "--username=caretaker", "--email=caretaker@school.example", "--password=password");

        assertThat(first.exitCode()).as(first.output()).isZero();
        // Its own line and nothing else: no log lines, no voices starting, no stack trace on the way out.
        assertThat(first.output()).isEqualTo("Superuser 'Headteacher' created. Sign in at /signin.\n");
        assertThat(Files.exists(dataDirectory.resolve("db/storyteller.mv.db"))).as("database under the .env data dir").isTrue();
        assertThat(again.exitCode()).isNotZero();
        assertThat(again.output()).contains("This username is already taken.");
        assertThat(missing.exitCode()).isNotZero();
        assertThat(missing.output()).contains("needs --username, --email and --password");
        assertThat(weak.exitCode()).isNotZero();
        assertThat(weak.output()).contains("passwords people pick most often", "No account was created.");
        for (Run run : List.of(first, again, missing, weak)) {
            assertNoStackTrace(run);
        }
    }

    @Test
    void seedDataAfterTheReadmesSuperuserMakesTheDemoQuicklySayingWhatItMakesAndRefusesToRunTwice() throws Exception {
        Run superuser = run(README_SUPERUSER);
        Run first = run("seed-data");
        Run second = run("seed-data");

        assertThat(superuser.exitCode()).as(superuser.output()).isZero();
        assertThat(first.exitCode()).as(first.output()).isZero();
        assertThat(first.output()).contains("account 1 of 8: demo-admin (admin)", "account 8 of 8: user5 (user)",
                "Created 8 demo accounts", "asked for 15 sample stories");
        assertThat(first.output().lines().filter(line -> line.matches("story \\d+ of 15, for user[1-5]: .+")))
                .as("one line per story, counted").hasSize(15);
        // It read all fifteen aloud before it ended, and took 155 s to.
        assertThat(first.took()).as("seed-data's time").isLessThan(Duration.ofSeconds(90));
        assertThat(second.exitCode()).isNotZero();
        assertThat(second.output()).contains("already there").contains("Nothing was changed");
        for (Run run : List.of(superuser, first, second)) {
            assertNoStackTrace(run);
        }
    }

    @Test
    void theReadmesCommandsWorkInOrderWhileTheServerRunsOnTheSameDatabase() throws Exception {
        int port = LocalProcesses.freePort();
        server = startServer(port);
        Api api = new Api(port);

        Run superuser = run(README_SUPERUSER);
        Run seed = run("seed-data");

        assertThat(superuser.exitCode()).as(superuser.output()).isZero();
        assertThat(superuser.output()).isEqualTo("Superuser 'admin' created. Sign in at /signin.\n");
        assertThat(seed.exitCode()).as(seed.output()).isZero();
        assertThat(seed.output()).contains("story 15 of 15, for user5: how bees make honey", "asked for 15 sample stories");
        assertNoStackTrace(superuser);
        assertNoStackTrace(seed);
        // The running server sees what the commands made, and writes the stories seed-data asked for.
        assertThat(api.post("/api/login", null, Map.of("username", "admin", "password", "a long secret")).status())
                .isEqualTo(200);
        String family = api.post("/api/login", null, Map.of("username", "user1", "password", "password")).json()
                .get("token").asString();
        Eventually.within(Duration.ofMinutes(3)).every(Duration.ofMillis(500)).untilAsserted(() ->
                assertThat(api.readyCount(family)).as("user1's sample stories, written by the server").isEqualTo(3));

        server.destroy();
        assertThat(server.waitFor(1, TimeUnit.MINUTES)).isTrue();
        assertThat(dataDirectory.resolve("db")).isDirectoryNotContaining("glob:**.server.properties");
    }

    @Test
    void aCommandOnADatabaseHeldByAProgramThatDoesNotShareItSaysWhatToDoInOneLine() throws Exception {
        Files.createDirectories(dataDirectory.resolve("db"));
        String file = "jdbc:h2:file:" + dataDirectory.resolve("db/storyteller");
        try (Connection holder = DriverManager.getConnection(file, "sa", "")) {
            Run locked = run(README_SUPERUSER);

            assertThat(locked.exitCode()).isNotZero();
            assertThat(locked.output().lines()).as(locked.output()).hasSize(1);
            assertThat(locked.output()).contains("another program holds it", "run createsuperuser again");
        }
    }

    private static void assertNoStackTrace(Run run) {
        assertThat(run.output()).as("what the command printed").doesNotContain("Exception", "\tat ", "MARY");
    }

    private Run run(String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(LocalProcesses.java(), "-jar", System.getProperty("storyteller.jar")));
        command.addAll(List.of(arguments));
        Instant started = Instant.now();
        Process process = new ProcessBuilder(command).directory(workingDirectory.toFile()).redirectErrorStream(true)
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(3, TimeUnit.MINUTES)).isTrue();
        return new Run(process.exitValue(), output, Duration.between(started, Instant.now()));
    }

    /** The server as the README's step 1 starts it, in the same directory; it writes stories without reading them aloud, to be quick. */
    private Process startServer(int port) throws IOException, InterruptedException {
        Process started = new ProcessBuilder(LocalProcesses.java(), "-jar", System.getProperty("storyteller.jar"),
                "--server.port=" + port, "--storyteller.providers.narrator=off")
                .directory(workingDirectory.toFile()).redirectErrorStream(true)
                .redirectOutput(workingDirectory.resolve("server.log").toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))).start();
        Api api = new Api(port);
        Eventually.within(Duration.ofMinutes(2)).every(Duration.ofMillis(200)).until("the server answering", () -> {
            try {
                return api.get("/api/health", null).status() == 200;
            }
            catch (IllegalStateException notListeningYet) {
                return false;
            }
        });
        return started;
    }



    record Run(int exitCode, String output, Duration took) {
    }
}
