package com.novastoryteller.story;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code story_event} table: each story's events, numbered in the order they were committed. Numbering
 * counts {@code story.last_event_seq} up, which locks the story row until the writing transaction ends, so a
 * reader that sees event n of a story has every event before it too.
 */
@Repository
class StoryEventLog {

    /** How many stories one read asks for, to keep its statement a reasonable size. */
    private static final int STORIES_PER_READ = 50;

    private final JdbcClient jdbc;

    StoryEventLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Writes a story's events in the caller's transaction; none when the story is gone. */
    List<StoryEvent> append(UUID storyId, List<StoryEvent.Unwritten> events, Instant now) {
        int counted = jdbc.sql("UPDATE story SET last_event_seq = last_event_seq + ? WHERE id = ?")
            .params(events.size(), storyId.toString()).update();
        if (counted == 0) {
            return List.of();
        }
        long seq = lastSeq(storyId) - events.size();
        List<StoryEvent> written = new ArrayList<>(events.size());
        for (StoryEvent.Unwritten event : events) {
            seq++;
            jdbc.sql("INSERT INTO story_event (story_id, seq, kind, payload, created_at) VALUES (?, ?, ?, ?, ?)")
                .params(storyId.toString(), seq, event.kind(), event.payload(), Timestamp.from(now)).update();
            written.add(new StoryEvent(storyId, seq, event.kind(), event.payload()));
        }
        return written;
    }

    /** The number of the story's latest event (0 before the first). */
    long lastSeq(UUID storyId) {
        return jdbc.sql("SELECT last_event_seq FROM story WHERE id = ?").param(storyId.toString())
            .query(Long.class).optional().orElse(0L);
    }

    /** The story's events after {@code seq}, in order. */
    List<StoryEvent> after(UUID storyId, long seq) {
        return jdbc.sql("SELECT story_id, seq, kind, payload FROM story_event WHERE story_id = ? AND seq > ? ORDER BY seq")
            .params(storyId.toString(), seq).query(StoryEventLog::event).list();
    }

    /** The events of several stories, each after its own number, in order per story. */
    List<StoryEvent> after(Map<UUID, Long> seqByStory) {
        List<Map.Entry<UUID, Long>> wanted = List.copyOf(seqByStory.entrySet());
        List<StoryEvent> events = new ArrayList<>();
        for (int from = 0; from < wanted.size(); from += STORIES_PER_READ) {
            List<Map.Entry<UUID, Long>> some = wanted.subList(from, Math.min(from + STORIES_PER_READ, wanted.size()));
            StringBuilder sql = new StringBuilder("SELECT story_id, seq, kind, payload FROM story_event WHERE ");
            List<Object> params = new ArrayList<>();
            for (Map.Entry<UUID, Long> story : some) {
                sql.append(params.isEmpty() ? "" : " OR ").append("(story_id = ? AND seq > ?)");
                params.add(story.getKey().toString());
                params.add(story.getValue());
            }
            events.addAll(jdbc.sql(sql.append(" ORDER BY story_id, seq").toString()).params(params)
                .query(StoryEventLog::event).list());
        }
        return events;
    }

    /** Forgets the events written before {@code cutoff}; answers how many. */
    int deleteWrittenBefore(Instant cutoff) {
        return jdbc.sql("DELETE FROM story_event WHERE created_at < ?").param(Timestamp.from(cutoff)).update();
    }

    private static StoryEvent event(java.sql.ResultSet row, int n) throws java.sql.SQLException {
        return new StoryEvent(UUID.fromString(row.getString(1).strip()), row.getLong(2), row.getString(3),
                row.getString(4));
    }
}
