package com.novastoryteller;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;

import org.h2.tools.Server;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Lets the one-off commands use the embedded H2 database while the server runs. Only one program at a time may open
 * an H2 file, so the server, which holds it, also serves it over TCP to programs on this machine (H2 refuses any
 * other) that know a random key, and writes where it listens, with the key, next to the database file, readable by
 * its owner only; a command that finds it there uses the database through the server ({@link #runningServer}).
 * <p>
 * H2's own {@code AUTO_SERVER} mode does the same, but only together with closing the database the moment the JVM is
 * asked to stop, under the stories still being written and the requests still being answered, which a graceful
 * shutdown lets finish first.
 */
@Component
class DatabaseSharing implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(DatabaseSharing.class);
    private static final String URL = "spring.datasource.url";

    /** Where the server says how to reach it, or null when there is nothing to share. */
    private final @Nullable Path announcement;
    private final @Nullable Path database;
    private volatile @Nullable Server server;

    DatabaseSharing(Environment environment) {
        this.database = Application.runsCommand(environment) ? null : embeddedFile(environment.getProperty(URL, ""));
        this.announcement = database == null ? null : announcementOf(database);
    }

    @Override
    public synchronized void start() {
        if (database == null || announcement == null || server != null) {
            return;
        }
        String key = HexFormat.of().formatHex(new SecureRandom().generateSeed(16));
        try {
            Server started = Server.createTcpServer("-tcpPort", "0", "-tcpDaemon", "-key", key, database.toString())
                    .start();
            server = started;
            announce("jdbc:h2:tcp://127.0.0.1:" + started.getPort() + "/" + key);
        }
        catch (SQLException | IOException | RuntimeException e) {
            // A convenience only: without it the commands say the database is in use.
            log.warn("The database is not shared with the one-off commands, which will not run while the server does: {}",
                    e.toString());
            stop();
        }
    }

    private void announce(String url) throws IOException {
        Path written = Files.createTempFile(announcement.getParent(), ".server", ".tmp");
        try {
            if (Files.getFileStore(written).supportsFileAttributeView("posix")) {
                Files.setPosixFilePermissions(written, PosixFilePermissions.fromString("rw-------"));
            }
            Files.writeString(written, "# Where the running server shares this database with the one-off commands.\n"
                    + "url=" + url + "\n", StandardCharsets.UTF_8);
            Files.move(written, announcement, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        }
        finally {
            Files.deleteIfExists(written);
        }
    }

    @Override
    public synchronized void stop() {
        Server running = server;
        server = null;
        if (announcement != null) {
            try {
                Files.deleteIfExists(announcement);
            }
            catch (IOException e) {
                log.debug("Could not delete {}", announcement, e);
            }
        }
        if (running != null) {
            running.stop();
        }
    }

    @Override
    public boolean isRunning() {
        return server != null;
    }

    /** Stops after the web server and the job runner (higher phases stop first), so they can finish with the database. */
    @Override
    public int getPhase() {
        return 0;
    }

    /**
     * The address through which the server running on this database shares it, when the environment's database is
     * an embedded H2 file that a server is running on and that answers there; empty otherwise.
     */
    static Optional<String> runningServer(Environment environment) {
        Path file = embeddedFile(environment.getProperty(URL, ""));
        if (file == null) {
            return Optional.empty();
        }
        Path announced = announcementOf(file);
        if (!Files.isRegularFile(announced)) {
            return Optional.empty();
        }
        try {
            Properties properties = new Properties();
            properties.load(new StringReader(Files.readString(announced, StandardCharsets.UTF_8)));
            String url = properties.getProperty("url");
            if (url == null) {
                return Optional.empty();
            }
            Properties credentials = new Properties();
            credentials.setProperty("user", environment.getProperty("spring.datasource.username", ""));
            credentials.setProperty("password", environment.getProperty("spring.datasource.password", ""));
            try (Connection connection = new org.h2.Driver().connect(url, credentials)) {
                return connection != null && connection.isValid(5) ? Optional.of(url) : Optional.empty();
            }
        }
        catch (IOException | SQLException | RuntimeException gone) {
            // A server killed without stopping leaves its announcement behind, and nobody answers there.
            return Optional.empty();
        }
    }

    /** The database file's path (without H2's {@code .mv.db}) when the URL opens an embedded H2 file, else null. */
    static @Nullable Path embeddedFile(String url) {
        if (!url.regionMatches(true, 0, "jdbc:h2:", 0, "jdbc:h2:".length())) {
            return null;
        }
        String name = url.substring("jdbc:h2:".length());
        int settings = name.indexOf(';');
        name = settings < 0 ? name : name.substring(0, settings);
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.startsWith("file:")) {
            name = name.substring("file:".length());
        }
        else if (lower.matches("^(mem|tcp|ssl|zip|split|nio\\w*|async|memfs|memlzf|retry|rec)?:.*")) {
            return null;
        }
        if (name.startsWith("~")) {
            name = System.getProperty("user.home") + name.substring(1);
        }
        return name.isBlank() ? null : Path.of(name).toAbsolutePath().normalize();
    }

    private static Path announcementOf(Path database) {
        return database.resolveSibling(database.getFileName() + ".server.properties");
    }
}
