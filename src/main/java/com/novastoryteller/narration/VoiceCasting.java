package com.novastoryteller.narration;

import java.util.ArrayList;
import java.util.Collection;
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
import com.novastoryteller.story.StoryWriting;

/**
 * Who speaks with which voice in a story. The storyteller keeps the narrator's voice; a library character
 * speaks with the voice the family chose for them; every other character gets the next voice no one else in
 * the story has, on first speaking, and keeps it for good (across parts and revisions), because the cast is
 * stored.
 */
@Component
class VoiceCasting {

    private final JdbcClient jdbc;
    private final Narrator narrator;
    private final StoryWriting writing;

    VoiceCasting(JdbcClient jdbc, Narrator narrator, StoryWriting writing) {
        this.writing = writing;
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
        Map<String, String> chosen = writing.chosenVoices(storyId);
        voice = speaker.equals(StorySegment.NARRATOR) ? storyteller()
                : chosen.containsKey(speaker) && isVoice(chosen.get(speaker)) ? chosen.get(speaker)
                : nextFree(cast, chosen.values());
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

    private boolean isVoice(String voice) {
        return narrator.voices().stream().anyMatch(known -> known.id().equals(voice));
    }

    /**
     * The first character voice not yet in this story nor kept for one of its library characters; when all are
     * taken, the least used.
     */
    private String nextFree(Map<String, String> cast, Collection<String> kept) {
        List<String> taken = new ArrayList<>(cast.values());
        taken.addAll(kept);
        List<String> characterVoices = narrator.voices().stream().skip(1).map(NarratorVoice::id).toList();
        return characterVoices.stream()
                .min((a, b) -> Long.compare(uses(taken, a), uses(taken, b)))
                .orElse(storyteller());
    }

    private static long uses(List<String> taken, String voice) {
        return taken.stream().filter(voice::equals).count();
    }
}
