package com.novastoryteller;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

/** The server shares the embedded H2 file it holds with the one-off commands, and with nobody else. */
class DatabaseSharingTests {

    @TempDir
    Path directory;

    @Test
    void aCommandReachesTheDatabaseTheServerHoldsThroughTheServerForAsLongAsItRuns() throws Exception {
        String url = "jdbc:h2:file:" + directory.resolve("db/storyteller") + ";DB_CLOSE_ON_EXIT=FALSE";
        try (Connection held = DriverManager.getConnection(url, "sa", "")) {
            held.createStatement().execute("CREATE TABLE greeting(word VARCHAR(20)); INSERT INTO greeting VALUES ('hello')");
            DatabaseSharing sharing = new DatabaseSharing(environment(url, null));
            sharing.start();
            Optional<String> shared;
            try {
                shared = DatabaseSharing.runningServer(environment(url, "createsuperuser"));

                assertThat(shared).get().asString().startsWith("jdbc:h2:tcp://127.0.0.1:");
                try (Connection command = DriverManager.getConnection(shared.get(), "sa", "");
                     ResultSet words = command.createStatement().executeQuery("SELECT word FROM greeting")) {
                    assertThat(words.next()).isTrue();
                    assertThat(words.getString(1)).as("the very database the server holds").isEqualTo("hello");
                }
                Path announcement = directory.resolve("db/storyteller.server.properties");
                assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(announcement)))
                        .as("the key is for the owner's eyes only").isEqualTo("rw-------");
            }
            finally {
                sharing.stop();
            }
            assertThat(directory.resolve("db/storyteller.server.properties")).doesNotExist();
            assertThat(DatabaseSharing.runningServer(environment(url, "seed-data"))).isEmpty();
        }
    }

    @Test
    void whereAKilledServerLeftItsAddressBehindTheCommandOpensTheFileItself() throws Exception {
        String url = "jdbc:h2:file:" + directory.resolve("db/storyteller");
        int nobody;
        try (ServerSocket socket = new ServerSocket(0)) {
            nobody = socket.getLocalPort();
        }
        Files.createDirectories(directory.resolve("db"));
        Files.writeString(directory.resolve("db/storyteller.server.properties"),
                "url=jdbc:h2:tcp://127.0.0.1:" + nobody + "/0123456789abcdef\n");

        assertThat(DatabaseSharing.runningServer(environment(url, "createsuperuser"))).isEmpty();
    }

    @Test
    void aCommandSharesNothingAndOnlyEmbeddedFilesAreShared() {
        String url = "jdbc:h2:file:" + directory.resolve("db/storyteller");
        DatabaseSharing command = new DatabaseSharing(environment(url, "seed-data"));
        command.start();
        assertThat(command.isRunning()).isFalse();
        assertThat(directory.resolve("db")).doesNotExist();

        assertThat(DatabaseSharing.embeddedFile("jdbc:h2:file:./data/db/storyteller;DB_CLOSE_ON_EXIT=FALSE"))
                .isEqualTo(Path.of("data/db/storyteller").toAbsolutePath());
        assertThat(DatabaseSharing.embeddedFile("jdbc:h2:~/stories")).isEqualTo(Path.of(System.getProperty("user.home"), "stories"));
        assertThat(DatabaseSharing.embeddedFile("jdbc:h2:mem:storyteller;DB_CLOSE_DELAY=-1")).isNull();
        assertThat(DatabaseSharing.embeddedFile("jdbc:h2:tcp://localhost/~/stories")).isNull();
        assertThat(DatabaseSharing.embeddedFile("jdbc:postgresql://localhost/storyteller")).isNull();
    }

    private static StandardEnvironment environment(String url, String command) {
        Map<String, Object> properties = new HashMap<>(Map.of("spring.datasource.url", url,
                "spring.datasource.username", "sa", "spring.datasource.password", ""));
        if (command != null) {
            properties.put(Application.COMMAND_PROPERTY, command);
        }
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("test", properties));
        return environment;
    }
}
