package com.novastoryteller.story;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The text of every revision: parts and segments, written one by one while a story streams in, which
 * is why they are kept outside the story aggregate. Rows are keyed so that writing the same segment
 * twice (a job resumed after a crash) can never double it.
 */
@Repository
class StoryText {

    private final JdbcClient jdbc;

    StoryText(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void addRevision(UUID storyId, int revision, String reason, @Nullable String instruction, Instant now) {
        jdbc.sql("INSERT INTO story_revision (story_id, revision, reason, instruction, created_at) VALUES (?, ?, ?, ?, ?)")
            .params(storyId.toString(), revision, reason, instruction, java.sql.Timestamp.from(now)).update();
    }

    List<String> instructionsUpTo(UUID storyId, int revision) {
        return jdbc.sql("SELECT instruction FROM story_revision WHERE story_id = ? AND revision <= ? "
                + "AND instruction IS NOT NULL ORDER BY revision")
            .params(storyId.toString(), revision).query(String.class).list();
    }

    List<RevisionRow> revisions(UUID storyId) {
        return jdbc.sql("SELECT revision, reason, created_at FROM story_revision WHERE story_id = ? ORDER BY revision")
            .param(storyId.toString())
            .query((rs, n) -> new RevisionRow(rs.getInt(1), rs.getString(2), rs.getTimestamp(3).toInstant())).list();
    }

    /** @return false when the part was already there (a resumed job) */
    boolean addPart(UUID storyId, int revision, int index, String title) {
        int existing = jdbc.sql("SELECT COUNT(*) FROM story_part WHERE story_id = ? AND revision = ? AND part_index = ?")
            .params(storyId.toString(), revision, index).query(Integer.class).single();
        if (existing > 0) {
            return false;
        }
        jdbc.sql("INSERT INTO story_part (story_id, revision, part_index, title) VALUES (?, ?, ?, ?)")
            .params(storyId.toString(), revision, index, title).update();
        return true;
    }

    void addSegment(UUID storyId, int revision, StorySegment segment) {
        jdbc.sql("INSERT INTO story_segment (story_id, revision, seq, part_index, speaker, text) VALUES (?, ?, ?, ?, ?, ?)")
            .params(storyId.toString(), revision, segment.seq(), segment.part(), segment.speaker(), segment.text())
            .update();
    }

    int segmentCount(UUID storyId, int revision) {
        return jdbc.sql("SELECT COUNT(*) FROM story_segment WHERE story_id = ? AND revision = ?")
            .params(storyId.toString(), revision).query(Integer.class).single();
    }

    List<StorySegment> segments(UUID storyId, int revision) {
        return jdbc.sql("SELECT seq, part_index, speaker, text FROM story_segment WHERE story_id = ? AND revision = ? ORDER BY seq")
            .params(storyId.toString(), revision)
            .query((rs, n) -> new StorySegment(rs.getInt(1), rs.getInt(2), rs.getString(3), rs.getString(4))).list();
    }

    Map<Integer, String> partTitles(UUID storyId, int revision) {
        Map<Integer, String> titles = new LinkedHashMap<>();
        jdbc.sql("SELECT part_index, title FROM story_part WHERE story_id = ? AND revision = ? ORDER BY part_index")
            .params(storyId.toString(), revision)
            .query(rs -> {
                titles.put(rs.getInt(1), rs.getString(2));
            });
        return titles;
    }

    /** The parts of a revision with their prose, in order. */
    List<StoryPart> parts(UUID storyId, int revision) {
        List<StorySegment> segments = segments(storyId, revision);
        List<StoryPart> parts = new ArrayList<>();
        partTitles(storyId, revision).forEach((index, title) -> parts.add(StoryPart.of(index, title,
                segments.stream().filter(segment -> segment.part() == index).toList())));
        return parts;
    }

    record RevisionRow(int revision, String reason, Instant createdAt) {
    }
}
