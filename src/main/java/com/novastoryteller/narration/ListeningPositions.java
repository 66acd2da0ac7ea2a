package com.novastoryteller.narration;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class ListeningPositions {

    private final JdbcClient jdbc;
    private final Clock clock;

    ListeningPositions(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public Optional<ListeningPosition> find(UUID storyId, UUID accountId) {
        return jdbc.sql("SELECT segment, offset_ms, updated_at FROM listening_position WHERE story_id = ? AND account_id = ?")
                .params(storyId.toString(), accountId.toString())
                .query((row, n) -> new ListeningPosition(row.getInt(1), row.getInt(2), row.getTimestamp(3).toInstant()))
                .optional();
    }

    public ListeningPosition save(UUID storyId, UUID accountId, int segment, int offsetMs) {
        Timestamp now = Timestamp.from(clock.instant());
        if (update(storyId, accountId, segment, offsetMs, now) == 0) {
            try {
                jdbc.sql("INSERT INTO listening_position (story_id, account_id, segment, offset_ms, updated_at) VALUES (?, ?, ?, ?, ?)")
                        .params(storyId.toString(), accountId.toString(), segment, offsetMs, now).update();
            }
            catch (DuplicateKeyException savedMeanwhile) {
                update(storyId, accountId, segment, offsetMs, now);
            }
        }
        return new ListeningPosition(segment, offsetMs, now.toInstant());
    }

    private int update(UUID storyId, UUID accountId, int segment, int offsetMs, Timestamp now) {
        return jdbc.sql("UPDATE listening_position SET segment = ?, offset_ms = ?, updated_at = ? WHERE story_id = ? AND account_id = ?")
                .params(segment, offsetMs, now, storyId.toString(), accountId.toString()).update();
    }
}
