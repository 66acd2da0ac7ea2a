package com.novastoryteller.story;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import com.novastoryteller.character.ChosenCharacter;
import com.novastoryteller.engine.Scene;
import com.novastoryteller.engine.StoryCharacter;

/** The library characters each story keeps its own copy of: words for the writer, a voice, a look. */
@Component
class StoryCast {

    private final JdbcClient jdbc;

    StoryCast(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void keep(UUID storyId, List<ChosenCharacter> characters) {
        for (int order = 0; order < characters.size(); order++) {
            ChosenCharacter character = characters.get(order);
            Scene.Figure figure = character.figure();
            jdbc.sql("INSERT INTO story_character (story_id, cast_order, character_id, name, description, voice, kind,"
                    + " colour, look_variant) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                    .params(storyId.toString(), order, character.id().toString(), character.name(),
                            character.description(), character.voice(), figure.kind(), figure.colour(), figure.variant())
                    .update();
        }
    }

    List<Member> members(UUID storyId) {
        return jdbc.sql("SELECT character_id, name, description, voice, kind, colour, look_variant FROM story_character"
                + " WHERE story_id = ? ORDER BY cast_order").param(storyId.toString())
                .query((rs, n) -> new Member(UUID.fromString(rs.getString(1).strip()), rs.getString(2), rs.getString(3),
                        rs.getString(4), new Scene.Figure(rs.getString(2), rs.getString(5), rs.getString(6), rs.getInt(7),
                                rs.getString(3))))
                .list();
    }

    /** Each chosen character's voice by the speaker name their lines carry. */
    Map<String, String> voices(UUID storyId) {
        Map<String, String> voices = new LinkedHashMap<>();
        for (Member member : members(storyId)) {
            if (member.voice() != null) {
                voices.put(member.name().toUpperCase(Locale.ROOT), member.voice());
            }
        }
        return voices;
    }

    record Member(UUID id, String name, String description, @Nullable String voice, Scene.Figure figure) {

        StoryCharacter forWriter() {
            return new StoryCharacter(name, description, voice);
        }

        StoryCastMember view() {
            return new StoryCastMember(id, name, description, voice);
        }
    }
}
