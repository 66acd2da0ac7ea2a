package com.novastoryteller.character;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import com.novastoryteller.engine.ImageStyle;
import com.novastoryteller.web.SearchPattern;

/** The library table: one family's characters, found by id or by name whatever its case. */
@Component
class CharacterRows {

    private static final String COLUMNS = "id, owner_id, name, description, age, gender, clothing_style, key_traits, "
            + "image_style, voice, look_variant, image_key, created_at, updated_at";

    private final JdbcClient jdbc;

    CharacterRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<LibraryCharacter> find(UUID ownerId, UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM library_character WHERE owner_id = ? AND id = ?")
                .params(ownerId.toString(), id.toString()).query(CharacterRows::row).optional();
    }

    Optional<LibraryCharacter> findByName(UUID ownerId, String name) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM library_character WHERE owner_id = ? AND name_key = ?")
                .params(ownerId.toString(), key(name)).query(CharacterRows::row).optional();
    }

    /** One page of the family's characters whose name or words contain {@code query}, by name. */
    List<LibraryCharacter> search(UUID ownerId, String query, Pageable page) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM library_character WHERE owner_id = ? AND (name_key LIKE ?"
                + " OR LOWER(description) LIKE ? OR LOWER(key_traits) LIKE ?) ORDER BY name_key, id"
                + " LIMIT " + page.getPageSize() + " OFFSET " + page.getOffset())
                .params(ownerId.toString(), pattern(query), pattern(query), pattern(query))
                .query(CharacterRows::row).list();
    }

    /** Every character of the family, by name. */
    List<LibraryCharacter> all(UUID ownerId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM library_character WHERE owner_id = ? ORDER BY name_key, id")
                .param(ownerId.toString()).query(CharacterRows::row).list();
    }

    long count(UUID ownerId) {
        return jdbc.sql("SELECT COUNT(*) FROM library_character WHERE owner_id = ?").param(ownerId.toString())
                .query(Long.class).single();
    }

    long count(UUID ownerId, String query) {
        return jdbc.sql("SELECT COUNT(*) FROM library_character WHERE owner_id = ? AND (name_key LIKE ?"
                + " OR LOWER(description) LIKE ? OR LOWER(key_traits) LIKE ?)")
                .params(ownerId.toString(), pattern(query), pattern(query), pattern(query)).query(Long.class).single();
    }

    boolean nameTaken(UUID ownerId, String name, UUID exceptId) {
        return jdbc.sql("SELECT COUNT(*) FROM library_character WHERE owner_id = ? AND name_key = ? AND id <> ?")
                .params(ownerId.toString(), key(name), exceptId.toString()).query(Long.class).single() > 0;
    }

    void insert(LibraryCharacter character) {
        jdbc.sql("INSERT INTO library_character (" + COLUMNS + ", name_key, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                + " ?, ?, ?, ?, ?, 0)")
                .params(character.id().toString(), character.ownerId().toString(), character.name(),
                        character.description(), character.age(), character.gender(), character.clothingStyle(),
                        character.keyTraits(), character.imageStyle().id(), character.voice(), character.lookVariant(),
                        character.imageKey(), Timestamp.from(character.createdAt()), Timestamp.from(character.updatedAt()),
                        key(character.name()))
                .update();
    }

    void update(LibraryCharacter character) {
        jdbc.sql("UPDATE library_character SET name = ?, name_key = ?, description = ?, age = ?, gender = ?,"
                + " clothing_style = ?, key_traits = ?, image_style = ?, voice = ?, look_variant = ?, image_key = ?,"
                + " updated_at = ?, version = version + 1 WHERE id = ? AND owner_id = ?")
                .params(character.name(), key(character.name()), character.description(), character.age(),
                        character.gender(), character.clothingStyle(), character.keyTraits(), character.imageStyle().id(),
                        character.voice(), character.lookVariant(), character.imageKey(),
                        Timestamp.from(character.updatedAt()), character.id().toString(), character.ownerId().toString())
                .update();
    }

    void delete(LibraryCharacter character) {
        jdbc.sql("DELETE FROM library_character WHERE id = ? AND owner_id = ?")
                .params(character.id().toString(), character.ownerId().toString()).update();
    }

    /** Names are the same character whatever their case and surrounding spaces. */
    static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }

    private static String pattern(String query) {
        return SearchPattern.contains(query);
    }

    private static LibraryCharacter row(ResultSet rs, int n) throws SQLException {
        int age = rs.getInt("age");
        Integer maybeAge = rs.wasNull() ? null : age;
        return new LibraryCharacter(UUID.fromString(rs.getString("id").strip()),
                UUID.fromString(rs.getString("owner_id").strip()), rs.getString("name"), rs.getString("description"),
                maybeAge, rs.getString("gender"), rs.getString("clothing_style"), rs.getString("key_traits"),
                ImageStyle.of(rs.getString("image_style")).orElse(ImageStyle.STORYBOOK), rs.getString("voice"),
                rs.getInt("look_variant"), rs.getString("image_key"), rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("updated_at").toInstant());
    }

    long total() {
        return jdbc.sql("SELECT COUNT(*) FROM library_character").query(Long.class).single();
    }
}
