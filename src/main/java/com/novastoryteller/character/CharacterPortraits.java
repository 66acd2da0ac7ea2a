package com.novastoryteller.character;

import java.util.List;
import java.util.Optional;

import org.springframework.core.io.Resource;
import org.springframework.http.MediaType;
import org.springframework.http.MediaTypeFactory;
import org.springframework.stereotype.Component;

import com.novastoryteller.engine.Illustrator;
import com.novastoryteller.engine.Illustrator.Illustration;
import com.novastoryteller.media.ContentNames;
import com.novastoryteller.media.MediaStorage;

/** Draws a character's portrait with the illustrator and keeps it, by its content, under {@code portraits/<id>/}. */
@Component
class CharacterPortraits {

    private final Illustrator illustrator;
    private final MediaStorage media;

    CharacterPortraits(Illustrator illustrator, MediaStorage media) {
        this.illustrator = illustrator;
        this.media = media;
    }

    /** The character with a portrait of the given look; the old portrait is removed once it is replaced. */
    LibraryCharacter paint(LibraryCharacter character, int variant) {
        LibraryCharacter painted = character.withPortrait(variant, null);
        Illustration portrait = illustrator.portrait(painted.figure(), painted.imageStyle());
        String key = "portraits/" + character.id() + "/" + ContentNames.of(portrait.content()) + extension(portrait.mediaType());
        if (!media.exists(key)) {
            media.put(key, portrait.content());
        }
        return character.withPortrait(variant, key);
    }

    Optional<Resource> find(LibraryCharacter character) {
        return character.imageKey() == null ? Optional.empty() : media.get(character.imageKey());
    }

    /** Removes a replaced or deleted character's portrait once that change is committed. */
    void deleteAfterCommit(String key) {
        media.deleteAfterCommit(List.of(key));
    }

    /** Removes the character's portrait, if it has one, once the change is committed. */
    void deleteAfterCommit(LibraryCharacter character) {
        if (character.imageKey() != null) {
            deleteAfterCommit(character.imageKey());
        }
    }

    static String url(LibraryCharacter character) {
        String key = character.imageKey();
        String version = key == null ? "" : key.substring(key.lastIndexOf('/') + 1, key.lastIndexOf('/') + 9);
        return "/api/characters/" + character.id() + "/image?v=" + version;
    }

    static MediaType mediaType(String key) {
        return MediaTypeFactory.getMediaType(key).orElse(MediaType.APPLICATION_OCTET_STREAM);
    }

    private static String extension(String mediaType) {
        return mediaType.equals("image/png") ? ".png" : ".svg";
    }
}
