package com.novastoryteller.story;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
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
        addRevision(storyId, revision, reason, instruction, null, null, now);
    }

    void addRevision(UUID storyId, int revision, String reason, @Nullable String instruction,
            @Nullable Integer baseRevision, @Nullable Integer keptSegments, Instant now) {
        jdbc.sql("INSERT INTO story_revision (story_id, revision, reason, instruction, base_revision, kept_segments, "
                + "created_at) VALUES (?, ?, ?, ?, ?, ?, ?)")
            .params(storyId.toString(), revision, reason, instruction, baseRevision, keptSegments,
                    java.sql.Timestamp.from(now))
            .update();
    }

    /** The modifications asked for when the whole story was written again, up to this revision. */
    List<String> modificationsUpTo(UUID storyId, int revision) {
        return jdbc.sql("SELECT instruction FROM story_revision WHERE story_id = ? AND revision <= ? "
                + "AND reason = ? AND instruction IS NOT NULL ORDER BY revision")
            .params(storyId.toString(), revision, Revision.REGENERATED).query(String.class).list();
    }

    List<RevisionRow> revisions(UUID storyId) {
        return jdbc.sql("SELECT revision, reason, instruction, base_revision, kept_segments, created_at FROM story_revision "
                + "WHERE story_id = ? ORDER BY revision")
            .param(storyId.toString())
            .query((rs, n) -> new RevisionRow(rs.getInt(1), rs.getString(2), rs.getString(3), nullableInt(rs, 4),
                    nullableInt(rs, 5), rs.getTimestamp(6).toInstant()))
            .list();
    }

    Optional<RevisionRow> revision(UUID storyId, int revision) {
        return revisions(storyId).stream().filter(row -> row.revision() == revision).findFirst();
    }

    /** Copies the parts and segments of one revision, up to and including segment {@code lastSeq}, into another. */
    void copyText(UUID storyId, int from, int to, int lastSeq) {
        int lastPart = jdbc.sql("SELECT COALESCE(MAX(part_index), 0) FROM story_segment "
                + "WHERE story_id = ? AND revision = ? AND seq <= ?")
            .params(storyId.toString(), from, lastSeq).query(Integer.class).single();
        jdbc.sql("INSERT INTO story_part (story_id, revision, part_index, title, illustration_key, illustration_description) "
                + "SELECT story_id, ?, part_index, title, illustration_key, illustration_description FROM story_part "
                + "WHERE story_id = ? AND revision = ? AND part_index <= ?")
            .params(to, storyId.toString(), from, lastPart).update();
        jdbc.sql("INSERT INTO story_segment (story_id, revision, seq, part_index, speaker, text) "
                + "SELECT story_id, ?, seq, part_index, speaker, text FROM story_segment "
                + "WHERE story_id = ? AND revision = ? AND seq <= ?")
            .params(to, storyId.toString(), from, lastSeq).update();
    }

    void copyChoices(UUID storyId, int from, int to) {
        jdbc.sql("INSERT INTO story_choice (story_id, revision, option_index, text) "
                + "SELECT story_id, ?, option_index, text FROM story_choice WHERE story_id = ? AND revision = ?")
            .params(to, storyId.toString(), from).update();
    }

    /** @return false when the choice was already there (a resumed job) */
    boolean addChoice(UUID storyId, int revision, int index, String text) {
        int existing = jdbc.sql("SELECT COUNT(*) FROM story_choice WHERE story_id = ? AND revision = ? AND option_index = ?")
            .params(storyId.toString(), revision, index).query(Integer.class).single();
        if (existing > 0) {
            return false;
        }
        jdbc.sql("INSERT INTO story_choice (story_id, revision, option_index, text) VALUES (?, ?, ?, ?)")
            .params(storyId.toString(), revision, index, text).update();
        return true;
    }

    List<String> choices(UUID storyId, int revision) {
        return jdbc.sql("SELECT text FROM story_choice WHERE story_id = ? AND revision = ? ORDER BY option_index")
            .params(storyId.toString(), revision).query(String.class).list();
    }

    /**
     * The revision and every one it carried on from, newest first, back to the one written from the start
     * (created, regenerated or edited); empty when there is no such revision.
     */
    List<RevisionRow> lineage(UUID storyId, int revision) {
        Map<Integer, RevisionRow> rows = new HashMap<>();
        revisions(storyId).forEach(row -> rows.put(row.revision(), row));
        List<RevisionRow> lineage = new ArrayList<>();
        for (RevisionRow row = rows.get(revision); row != null; row = row.baseRevision() == null ? null : rows.get(row.baseRevision())) {
            lineage.add(row);
        }
        return lineage;
    }

    /** The options chosen on the way to this revision, oldest first: the path the child took. */
    List<String> path(UUID storyId, int revision) {
        return path(lineage(storyId, revision));
    }

    static List<String> path(List<RevisionRow> lineage) {
        List<String> path = new ArrayList<>();
        for (RevisionRow row : lineage) {
            if (row.reason().equals(Revision.CHOSE) && row.instruction() != null) {
                path.add(0, row.instruction());
            }
        }
        return path;
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

    Optional<StorySegment> segment(UUID storyId, int revision, int seq) {
        return jdbc.sql("SELECT seq, part_index, speaker, text FROM story_segment WHERE story_id = ? AND revision = ? AND seq = ?")
            .params(storyId.toString(), revision, seq)
            .query((rs, n) -> new StorySegment(rs.getInt(1), rs.getInt(2), rs.getString(3), rs.getString(4))).optional();
    }

    Map<Integer, List<StorySegment>> everyRevision(UUID storyId) {
        Map<Integer, List<StorySegment>> revisions = new TreeMap<>();
        jdbc.sql("SELECT revision, seq, part_index, speaker, text FROM story_segment WHERE story_id = ? ORDER BY revision, seq")
            .param(storyId.toString())
            .query(rs -> {
                revisions.computeIfAbsent(rs.getInt(1), revision -> new ArrayList<>())
                        .add(new StorySegment(rs.getInt(2), rs.getInt(3), rs.getString(4), rs.getString(5)));
            });
        return revisions;
    }

    Set<String> toldElsewhere(UUID storyId, Collection<String> sentences) {
        Set<String> told = new HashSet<>();
        List<String> distinct = List.copyOf(new LinkedHashSet<>(sentences));
        // In slices, since databases limit how many values one IN list may have.
        for (int from = 0; from < distinct.size(); from += 200) {
            List<String> slice = distinct.subList(from, Math.min(distinct.size(), from + 200));
            told.addAll(jdbc.sql("SELECT DISTINCT text FROM story_segment WHERE story_id <> :story AND text IN (:sentences)")
                .param("story", storyId.toString()).param("sentences", slice).query(String.class).list());
        }
        return told;
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

    /** The parts of a revision with their prose and picture, in order. */
    List<StoryPart> parts(UUID storyId, int revision) {
        List<StorySegment> segments = segments(storyId, revision);
        Map<Integer, Picture> pictures = pictures(storyId, revision);
        List<StoryPart> parts = new ArrayList<>();
        partTitles(storyId, revision).forEach((index, title) -> {
            Picture picture = pictures.get(index);
            parts.add(StoryPart.of(index, title, segments.stream().filter(segment -> segment.part() == index).toList(),
                    picture == null ? null : StoryIllustrations.url(storyId, picture.key()),
                    picture == null ? null : picture.description()));
        });
        return parts;
    }

    /** A part's picture as kept: its media key, and what it shows in words (null when drawn before that was kept). */
    record Picture(String key, @Nullable String description) {
    }

    private Map<Integer, Picture> pictures(UUID storyId, int revision) {
        Map<Integer, Picture> pictures = new LinkedHashMap<>();
        jdbc.sql("SELECT part_index, illustration_key, illustration_description FROM story_part WHERE story_id = ? "
                + "AND revision = ? AND illustration_key IS NOT NULL ORDER BY part_index")
            .params(storyId.toString(), revision)
            .query(rs -> {
                pictures.put(rs.getInt(1), new Picture(rs.getString(2), rs.getString(3)));
            });
        return pictures;
    }

    /** Every picture any revision of the story uses. */
    List<String> allIllustrationKeys(UUID storyId) {
        return jdbc.sql("SELECT DISTINCT illustration_key FROM story_part WHERE story_id = ? AND illustration_key IS NOT NULL")
            .param(storyId.toString()).query(String.class).list();
    }

    void illustrate(UUID storyId, int revision, int part, String key, @Nullable String description) {
        jdbc.sql("UPDATE story_part SET illustration_key = ?, illustration_description = ? WHERE story_id = ? "
                + "AND revision = ? AND part_index = ?")
            .params(key, description, storyId.toString(), revision, part).update();
    }

    private static @Nullable Integer nullableInt(java.sql.ResultSet rs, int column) throws java.sql.SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }

    record RevisionRow(int revision, String reason, @Nullable String instruction, @Nullable Integer baseRevision,
            @Nullable Integer keptSegments, Instant createdAt) {
    }
}
