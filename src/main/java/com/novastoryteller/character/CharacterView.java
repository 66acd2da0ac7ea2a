package com.novastoryteller.character;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A library character as the API shows it; {@code image} is the portrait's address. */
public record CharacterView(UUID id, String name, String description, @Nullable Integer age, @Nullable String gender,
        @Nullable String clothingStyle, @Nullable String keyTraits, String imageStyle, @Nullable String voice,
        @Nullable String image, Instant createdAt, Instant updatedAt) {

    static CharacterView of(LibraryCharacter character) {
        return new CharacterView(character.id(), character.name(), character.description(), character.age(),
                character.gender(), character.clothingStyle(), character.keyTraits(), character.imageStyle().id(),
                character.voice(), character.imageKey() == null ? null : CharacterPortraits.url(character),
                character.createdAt(), character.updatedAt());
    }
}
