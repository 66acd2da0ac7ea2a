package com.novastoryteller.cluster;

import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.novastoryteller.support.Eventually;

/**
 * What a few stories cost an installation that does nothing else: the nodes' CPU time, PostgreSQL's transactions and
 * rows, and the requests to the S3-compatible store, while they are written and read aloud, and then while each is
 * listened to once (its narration read, then every clip downloaded). Sentences already in the audio cache are not
 * voiced again, so the CPU is given per minute of story told and per minute of speech actually voiced. The stories are followed in the database directly rather than through the API, so that polling
 * adds no requests of its own; each of those reads is one transaction, taken off the count.
 */
record StoryCost(int stories, double speechSeconds, double voicedSeconds, double cpuSeconds, DatabaseActivity database,
        Map<String, Integer> s3WhileNarrated, Map<String, Integer> s3WhileListened, int clips, Window window) {

    /** When something was measured, by the clock PostgreSQL's log uses, so its statements can be counted there. */
    record Window(Instant from, Instant to) {

        static Window since(Instant from) {
            return new Window(from, Instant.now());
        }

        @Override
        public String toString() {
            DateTimeFormatter time = DateTimeFormatter.ofPattern("HH:mm:ss.SSS").withZone(ZoneId.systemDefault());
            return time.format(from) + "-" + time.format(to);
        }
    }

    static StoryCost measure(Installation installation, Installation.Database db, S3RequestLog s3, Idle idle,
            Storytelling family, int count, int firstStory) throws Exception {
        DatabaseActivity before = DatabaseActivity.read(db.url(), db.user(), db.password());
        Map<String, Integer> s3Before = s3.counts();
        double voicedBefore = DatabaseActivity.speechVoiced(db.url(), db.user(), db.password());
        Duration cpuBefore = installation.cpuTime();
        long started = System.nanoTime();
        Instant from = Instant.now();
        List<String> ids = new ArrayList<>();
        for (int n = 0; n < count; n++) {
            ids.add(family.ask(firstStory + n));
        }
        int polls = awaitReady(db, ids);
        Window window = Window.since(from);
        double voiced = DatabaseActivity.speechVoiced(db.url(), db.user(), db.password()) - voicedBefore;
        double cpu = (installation.cpuTime().minus(cpuBefore).toMillis() / 1000.0)
                - idle.cpuPerSecond() * (System.nanoTime() - started) / 1e9;
        Map<String, Integer> s3Narrated = S3RequestLog.between(s3Before, s3.counts());
        DatabaseActivity after = DatabaseActivity.read(db.url(), db.user(), db.password());
        DatabaseActivity database = after.since(before, idle.database());
        database = new DatabaseActivity(database.transactions() - polls, database.rowsRead(), database.rowsWritten(), 0);

        double speech = 0;
        for (String id : ids) {
            speech += family.awaitNarrated(id);
        }
        int clips = 0;
        Map<String, Integer> s3BeforeListening = s3.counts();
        for (String id : ids) {
            clips += family.listen(id);
        }
        return new StoryCost(count, speech, voiced, cpu, database, s3Narrated,
                S3RequestLog.between(s3BeforeListening, s3.counts()), clips, window);
    }

    /** The nodes' rates when nobody uses them: database work per second, CPU seconds per second. */
    record Idle(DatabaseActivity database, double cpuPerSecond, Window window) {

        static Idle measure(Installation installation, Installation.Database db, Duration window) throws SQLException {
            DatabaseActivity before = DatabaseActivity.read(db.url(), db.user(), db.password());
            Duration cpuBefore = installation.cpuTime();
            long started = System.nanoTime();
            Instant from = Instant.now();
            Eventually.pause(window);
            double cpu = installation.cpuTime().minus(cpuBefore).toMillis() / 1000.0;
            double seconds = (System.nanoTime() - started) / 1e9;
            Window idle = Window.since(from);
            DatabaseActivity after = DatabaseActivity.read(db.url(), db.user(), db.password());
            return new Idle(after.perSecond(before), cpu / seconds, idle);
        }
    }

    /** Polls once a second until every story is ready (written and all of it voiced); answers how many polls it took. */
    private static int awaitReady(Installation.Database db, List<String> ids) throws SQLException {
        try (var connection = DriverManager.getConnection(db.url(), db.user(), db.password());
                var statement = connection.prepareStatement(
                        "SELECT count(*) FROM story WHERE status = 'READY' AND id = ANY(?)")) {
            statement.setArray(1, connection.createArrayOf("varchar", ids.toArray()));
            long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
            for (int polls = 1; System.nanoTime() < deadline; polls++) {
                try (var rows = statement.executeQuery()) {
                    rows.next();
                    if (rows.getInt(1) == ids.size()) {
                        return polls;
                    }
                }
                Eventually.pause(Duration.ofSeconds(1));
            }
            throw new IllegalStateException("The stories were not ready within 5 minutes");
        }
    }
}
