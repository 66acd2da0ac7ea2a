package com.novastoryteller.character;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import com.novastoryteller.engine.CharacterLook;
import com.novastoryteller.engine.ImageStyle;
import com.novastoryteller.engine.Scene;

/** A character in a family's library, as stored. */
record LibraryCharacter(UUID id, UUID ownerId, String name, String description, @Nullable Integer age,
        @Nullable String gender, @Nullable String clothingStyle, @Nullable String keyTraits, ImageStyle imageStyle,
        @Nullable String voice, int lookVariant, @Nullable String imageKey, Instant createdAt, Instant updatedAt) {

    /** How they are drawn: read from their words, so a new description can give a new look. */
    Scene.Figure figure() {
        return CharacterLook.of(name, gender, lookVariant, description, clothingStyle);
    }

    LibraryCharacter with(CharacterFields fields, Instant now) {
        return new LibraryCharacter(id, ownerId, fields.name().strip(), orEmpty(fields.description()), fields.age(),
                blankToNull(fields.gender()), blankToNull(fields.clothingStyle()), blankToNull(fields.keyTraits()),
                fields.imageStyle() == null ? ImageStyle.STORYBOOK : ImageStyle.of(fields.imageStyle()).orElseThrow(),
                blankToNull(fields.voice()), lookVariant, imageKey, createdAt, now);
    }

    LibraryCharacter withPortrait(int variant, @Nullable String key) {
        return new LibraryCharacter(id, ownerId, name, description, age, gender, clothingStyle, keyTraits, imageStyle,
                voice, variant, key, createdAt, updatedAt);
    }

    LibraryCharacter withUpdate(Instant now) {
        return new LibraryCharacter(id, ownerId, name, description, age, gender, clothingStyle, keyTraits, imageStyle,
                voice, lookVariant, imageKey, createdAt, now);
    }

    /** The fields as a family would send them, to change a few and keep the rest. */
    CharacterFields fields() {
        return new CharacterFields(name, description, age, gender, clothingStyle, keyTraits, imageStyle.id(), voice);
    }

    static LibraryCharacter create(UUID ownerId, CharacterFields fields, Instant now) {
        return new LibraryCharacter(UUID.randomUUID(), ownerId, "", "", null, null, null, null, ImageStyle.STORYBOOK,
                null, 0, null, now, now).with(fields, now);
    }

    private static String orEmpty(@Nullable String text) {
        return text == null ? "" : text.strip();
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
