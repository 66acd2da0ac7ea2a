package com.novastoryteller.story;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Collection;
import java.util.Locale;
import java.util.Properties;
import java.util.UUID;

import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import com.zaxxer.hikari.HikariDataSource;

/**
 * On PostgreSQL, wakes the other nodes the moment a story's events are committed: the writing transaction sends
 * {@code NOTIFY story_events} (delivered at its commit, dropped with its rollback), and each node listens on one
 * connection of its own, outside the pool, held for as long as it runs. Other databases have no such thing; their
 * nodes poll.
 */
@Component
class StoryEventNotifications implements SmartLifecycle {

    static final String CHANNEL = "story_events";

    private static final Logger log = LoggerFactory.getLogger(StoryEventNotifications.class);
    // How long one wait for notifications lasts, so that stopping is noticed; a notification ends it at once.
    private static final int WAIT_MILLIS = 1000;
    private static final Duration RECONNECT_DELAY = Duration.ofSeconds(2);

    private final DataSource dataSource;
    private final StoryEventFeed feed;
    private final boolean postgres;
    /** Who this node is, so that it does not read again what it wrote and delivered itself. */
    private final String node = UUID.randomUUID().toString();
    private volatile @Nullable Thread listening;

    StoryEventNotifications(DataSource dataSource, StoryEventFeed feed) {
        this.dataSource = dataSource;
        this.feed = feed;
        this.postgres = isPostgres(dataSource);
    }

    /** In the writing transaction: tells every node, once it commits, that these stories have news. */
    void announce(JdbcClient jdbc, Collection<UUID> storyIds) {
        if (postgres) {
            storyIds.forEach(storyId -> jdbc.sql("SELECT pg_notify(?, ?)").params(CHANNEL, storyId + " " + node)
                .query((row, n) -> n).list());
        }
    }

    private void listenForever() {
        while (listening == Thread.currentThread()) {
            try (Connection connection = ownConnection()) {
                try (Statement listen = connection.createStatement()) {
                    listen.execute("LISTEN " + CHANNEL);
                }
                PGConnection notifications = connection.unwrap(PGConnection.class);
                while (listening == Thread.currentThread()) {
                    PGNotification[] received = notifications.getNotifications(WAIT_MILLIS);
                    for (PGNotification notification : received == null ? new PGNotification[0] : received) {
                        wake(notification.getParameter());
                    }
                }
            }
            catch (SQLException e) {
                if (listening == Thread.currentThread()) {
                    log.warn("Lost the story events notifications; polling meanwhile: {}", e.toString());
                    pause();
                }
            }
        }
    }

    /** A connection outside the pool when the pool says how to open one, so that it keeps all its connections. */
    private Connection ownConnection() throws SQLException {
        HikariDataSource pool = dataSource.isWrapperFor(HikariDataSource.class)
                ? dataSource.unwrap(HikariDataSource.class) : null;
        if (pool == null || pool.getJdbcUrl() == null) {
            return dataSource.getConnection();
        }
        Properties settings = new Properties();
        settings.putAll(pool.getDataSourceProperties());
        if (pool.getUsername() != null) {
            settings.setProperty("user", pool.getUsername());
        }
        if (pool.getPassword() != null) {
            settings.setProperty("password", pool.getPassword());
        }
        return DriverManager.getConnection(pool.getJdbcUrl(), settings);
    }

    private void wake(String payload) {
        int space = payload.indexOf(' ');
        if (space > 0 && !payload.substring(space + 1).equals(node)) {
            try {
                feed.readSoon(UUID.fromString(payload.substring(0, space)));
            }
            catch (IllegalArgumentException notOurs) {
                log.debug("Ignored a notification on {}: {}", CHANNEL, payload);
            }
        }
    }

    private void pause() {
        try {
            Thread.sleep(RECONNECT_DELAY.toMillis());
        }
        catch (InterruptedException stopping) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public synchronized void start() {
        if (postgres && listening == null) {
            Thread started = new Thread(this::listenForever, "story-events-notifications");
            started.setDaemon(true);
            listening = started;
            started.start();
        }
    }

    @Override
    public synchronized void stop() {
        listening = null;
    }

    @Override
    public boolean isRunning() {
        return listening != null;
    }

    private static boolean isPostgres(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            return connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres");
        }
        catch (SQLException e) {
            throw new IllegalStateException("Cannot reach the database", e);
        }
    }
}
