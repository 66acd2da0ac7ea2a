package com.novastoryteller.cluster;

import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;

import com.novastoryteller.support.Eventually;

/**
 * PostgreSQL's own counters for the bench's database ({@code pg_stat_database}): transactions committed or rolled
 * back, and rows read and written. Every statement outside an explicit transaction is a transaction of its own.
 * Backends report their counters after a short delay (up to 10 s when idle), so a reading waits that long first.
 */
record DatabaseActivity(double transactions, double rowsRead, double rowsWritten, long at) {

    static final Duration REPORTING_DELAY = Duration.ofSeconds(11);

    static DatabaseActivity read(String url, String user, String password) throws SQLException {
        Eventually.pause(REPORTING_DELAY);
        try (var connection = DriverManager.getConnection(url, user, password);
                var statement = connection.createStatement();
                var rows = statement.executeQuery("SELECT xact_commit + xact_rollback, tup_returned + tup_fetched,"
                        + " tup_inserted + tup_updated + tup_deleted FROM pg_stat_database WHERE datname = current_database()")) {
            rows.next();
            return new DatabaseActivity(rows.getLong(1), rows.getLong(2), rows.getLong(3), System.nanoTime());
        }
    }

    /**
     * Seconds of speech voiced so far, from the stored clips (each sentence's, not the whole-story files joined from
     * them). A sentence found in the audio cache is not voiced again, and adds nothing here.
     */
    static double speechVoiced(String url, String user, String password) throws SQLException {
        return count(url, user, password,
                "SELECT coalesce(sum(duration_ms), 0) / 1000.0 FROM narration_clip WHERE voice <> 'whole story'");
    }

    /** Segments that can be heard so far, voiced or found in the audio cache: one {@code audio} event each. */
    static double segmentsNarrated(String url, String user, String password) throws SQLException {
        return count(url, user, password, "SELECT count(*) FROM story_event WHERE kind = 'audio'");
    }

    private static double count(String url, String user, String password, String query) throws SQLException {
        try (var connection = DriverManager.getConnection(url, user, password);
                var statement = connection.createStatement();
                var rows = statement.executeQuery(query)) {
            rows.next();
            return rows.getDouble(1);
        }
    }

    /** What happened from {@code before} to this reading, less {@code background} (per second) over the same time. */
    DatabaseActivity since(DatabaseActivity before, DatabaseActivity background) {
        double seconds = (at - before.at) / 1e9;
        return new DatabaseActivity(transactions - before.transactions - background.transactions * seconds,
                rowsRead - before.rowsRead - background.rowsRead * seconds,
                rowsWritten - before.rowsWritten - background.rowsWritten * seconds, 0);
    }

    DatabaseActivity dividedBy(double count) {
        return new DatabaseActivity(transactions / count, rowsRead / count, rowsWritten / count, 0);
    }

    /** The rate from {@code before} to this reading, per second (in each field; {@code at} is unused). */
    DatabaseActivity perSecond(DatabaseActivity before) {
        double seconds = (at - before.at) / 1e9;
        return new DatabaseActivity((transactions - before.transactions) / seconds, (rowsRead - before.rowsRead) / seconds,
                (rowsWritten - before.rowsWritten) / seconds, 0);
    }
}
