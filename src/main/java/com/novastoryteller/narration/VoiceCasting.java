package com.novastoryteller.narration;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import com.novastoryteller.engine.Narrator;
import com.novastoryteller.engine.NarratorVoice;
import com.novastoryteller.story.StorySegment;

/**
 * Who speaks with which voice in a story. The storyteller keeps the narrator's voice; each character
 * gets the next voice no one else in the story has, on first speaking, and keeps it for good (across
 * parts and revisions), because the cast is stored.
 */
@Component
class VoiceCasting {

    private final JdbcClient jdbc;
    private final Narrator narrator;

    VoiceCasting(JdbcClient jdbc, Narrator narrator) {
        this.jdbc = jdbc;
        this.narrator = narrator;
    }

    Map<String, String> cast(UUID storyId) {
        Map<String, String> cast = new LinkedHashMap<>();
        jdbc.sql("SELECT speaker, voice FROM story_voice WHERE story_id = ? ORDER BY speaker").param(storyId.toString())
                .query(row -> {
                    cast.put(row.getString(1), row.getString(2));
                });
        return cast;
    }

    synchronized String voiceFor(UUID storyId, String speaker) {
        Map<String, String> cast = cast(storyId);
        String voice = cast.get(speaker);
        if (voice != null) {
            return voice;
        }
        voice = speaker.equals(StorySegment.NARRATOR) ? storyteller() : nextFree(cast);
        try {
            jdbc.sql("INSERT INTO story_voice (story_id, speaker, voice) VALUES (?, ?, ?)")
                    .params(storyId.toString(), speaker, voice).update();
            return voice;
        }
        catch (DuplicateKeyException castElsewhere) {
            return cast(storyId).get(speaker);
        }
    }

    private String storyteller() {
        return narrator.voices().get(0).id();
    }

    /** The first character voice not yet in this story; when all are taken, the least used. */
    private String nextFree(Map<String, String> cast) {
        List<String> characterVoices = narrator.voices().stream().skip(1).map(NarratorVoice::id).toList();
        return characterVoices.stream()
                .min((a, b) -> Long.compare(uses(cast, a), uses(cast, b)))
                .orElse(storyteller());
    }

    private static long uses(Map<String, String> cast, String voice) {
        return cast.values().stream().filter(voice::equals).count();
    }
}
