package com.novastoryteller.narration;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import com.novastoryteller.engine.Speech.WordTiming;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

@Repository
public class NarrationClips {

    private static final TypeReference<List<WordTiming>> WORDS = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Clock clock;

    NarrationClips(JdbcClient jdbc, JsonMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
    }

    public Optional<NarrationClip> find(String key) {
        return jdbc.sql("SELECT clip_key, voice, media_key, duration_ms, words FROM narration_clip WHERE clip_key = ?")
                .param(key)
                .query((row, n) -> new NarrationClip(row.getString(1), row.getString(2), row.getString(3), row.getLong(4),
                        json.readValue(row.getString(5), WORDS)))
                .optional();
    }

    /** Stores a clip; one already stored under the same key (the same words in the same voice) wins. */
    void save(NarrationClip clip) {
        try {
            jdbc.sql("INSERT INTO narration_clip (clip_key, voice, media_key, duration_ms, words, created_at) VALUES (?, ?, ?, ?, ?, ?)")
                    .params(clip.key(), clip.voice(), clip.mediaKey(), clip.durationMs(), json.writeValueAsString(clip.words()),
                            java.sql.Timestamp.from(clock.instant()))
                    .update();
        }
        catch (DuplicateKeyException alreadyThere) {
            // Another job spoke the same words in the same voice first.
        }
    }

    void delete(String key) {
        jdbc.sql("DELETE FROM narration_clip WHERE clip_key = ?").param(key).update();
    }
}
