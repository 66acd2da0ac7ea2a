package com.novastoryteller.character;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.core.io.Resource;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.novastoryteller.account.CurrentUser;
import com.novastoryteller.web.InvalidRequest;

/**
 * A family's character library. Names are unique per family whatever their case, so saving a character with a
 * name the library has updates that one. Each character has a portrait the illustrator draws from its words;
 * asking for a new one gives another look, which the stories it is then chosen for keep.
 * <p>
 * The safety filter and the illustrator may be providers across the network, so no transaction is open while
 * they are asked: each change is then stored by a single statement.
 */
@Service
public class Characters {

    private final CharacterRows rows;
    private final CharacterPortraits portraits;
    private final CharacterChecks checks;
    private final LibraryRoom room;
    private final Clock clock;

    Characters(CharacterRows rows, CharacterPortraits portraits, CharacterChecks checks, LibraryRoom room, Clock clock) {
        this.rows = rows;
        this.portraits = portraits;
        this.checks = checks;
        this.room = room;
        this.clock = clock;
    }

    /** How many characters all families have in their libraries: for the admin's figures. */
    @Transactional(readOnly = true)
    public long total() {
        return rows.total();
    }

    /** A saved character, and whether it is new (rather than one of the same name, updated). */
    public record Saved(CharacterView character, boolean created) {
    }

    @Transactional(readOnly = true)
    public Page<CharacterView> list(CurrentUser user, @Nullable String query, Pageable page) {
        String q = query == null ? "" : query;
        return new PageImpl<>(rows.search(user.id(), q, page).stream().map(CharacterView::of).toList(), page,
                rows.count(user.id(), q));
    }

    @Transactional(readOnly = true)
    public CharacterView find(CurrentUser user, UUID id) {
        return CharacterView.of(owned(user, id));
    }

    /**
     * Adds a character, or updates the one with the same name with the fields given (the rest stay). The name
     * keeps the library's spelling: "captain mirelle" from a file updates Captain Mirelle and leaves her name as
     * it is (renaming is an edit of that character).
     */
    public Saved save(CurrentUser user, CharacterFields fields) {
        checks.requireValid(fields);
        Optional<LibraryCharacter> existing = rows.findByName(user.id(), fields.name());
        if (existing.isPresent()) {
            LibraryCharacter known = existing.get();
            return new Saved(update(known, fields.named(known.name()).over(known.fields())), false);
        }
        room.requireRoomFor(user.id(), 1);
        LibraryCharacter character = portraits.paint(LibraryCharacter.create(user.id(), fields, clock.instant()), 0);
        room.insertIfRoom(character);
        return new Saved(CharacterView.of(character), true);
    }

    /** Replaces every field; what the body leaves out is cleared. */
    public CharacterView replace(CurrentUser user, UUID id, CharacterFields fields) {
        checks.requireValid(fields);
        return update(owned(user, id), fields);
    }

    /** Changes the fields the body has and keeps the rest. */
    public CharacterView patch(CurrentUser user, UUID id, CharacterFields changes) {
        LibraryCharacter character = owned(user, id);
        CharacterFields fields = changes.over(character.fields());
        checks.requireValid(fields);
        return update(character, fields);
    }

    /** A copy under a new name ("Rufus (copy)"), with the same look. */
    public CharacterView duplicate(CurrentUser user, UUID id) {
        LibraryCharacter original = owned(user, id);
        room.requireRoomFor(user.id(), 1);
        String name = copyName(user, original.name());
        LibraryCharacter copy = LibraryCharacter.create(user.id(), original.fields().named(name), clock.instant());
        copy = portraits.paint(copy, original.lookVariant());
        room.insertIfRoom(copy);
        return CharacterView.of(copy);
    }

    /** A new portrait with another look; stories that already have the character keep the look they had. */
    public CharacterView regenerateImage(CurrentUser user, UUID id) {
        LibraryCharacter character = owned(user, id);
        return CharacterView.of(repaint(character, character.lookVariant() + 1));
    }

    @Transactional
    public void delete(CurrentUser user, UUID id) {
        remove(owned(user, id));
    }

    /** Deletes the character, and its portrait once that is committed. */
    void remove(LibraryCharacter character) {
        rows.delete(character);
        portraits.deleteAfterCommit(character);
    }

    @Transactional(readOnly = true)
    public Optional<Portrait> portrait(CurrentUser user, UUID id) {
        LibraryCharacter character = owned(user, id);
        return portraits.find(character)
                .map(file -> new Portrait(file, CharacterPortraits.mediaType(String.valueOf(character.imageKey()))));
    }

    /** A portrait file and its media type. */
    public record Portrait(Resource file, MediaType mediaType) {
    }

    /**
     * The family's characters with these ids, in that order, as a story keeps them.
     *
     * @throws InvalidRequest naming {@code character_ids} when one is not in the family's library
     */
    @Transactional(readOnly = true)
    public List<ChosenCharacter> chosen(UUID ownerId, List<String> ids) {
        List<ChosenCharacter> chosen = new ArrayList<>();
        for (String id : ids.stream().distinct().toList()) {
            LibraryCharacter character = parse(id).flatMap(uuid -> rows.find(ownerId, uuid))
                    .orElseThrow(() -> new InvalidRequest("character_ids", "There is no character " + id
                            + " in your library."));
            chosen.add(ChosenCharacter.of(character));
        }
        return chosen;
    }

    private CharacterView update(LibraryCharacter character, CharacterFields fields) {
        if (rows.nameTaken(character.ownerId(), fields.name(), character.id())) {
            throw new CharacterNameTaken(fields.name().strip());
        }
        LibraryCharacter changed = character.with(fields, clock.instant());
        boolean looksDifferent = !changed.figure().equals(character.figure())
                || changed.imageStyle() != character.imageStyle() || character.imageKey() == null;
        if (looksDifferent) {
            return CharacterView.of(repaint(changed, changed.lookVariant()));
        }
        rows.update(changed);
        return CharacterView.of(changed);
    }

    private LibraryCharacter repaint(LibraryCharacter character, int variant) {
        LibraryCharacter painted = portraits.paint(character, variant).withUpdate(clock.instant());
        rows.update(painted);
        String old = character.imageKey();
        if (old != null && !old.equals(painted.imageKey())) {
            portraits.deleteAfterCommit(old);
        }
        return painted;
    }

    private String copyName(CurrentUser user, String name) {
        String base = name.length() > 68 ? name.substring(0, 68).strip() : name;
        for (int n = 1; ; n++) {
            String candidate = base + (n == 1 ? " (copy)" : " (copy " + n + ")");
            if (rows.findByName(user.id(), candidate).isEmpty()) {
                return candidate;
            }
        }
    }

    private LibraryCharacter owned(CurrentUser user, UUID id) {
        return rows.find(user.id(), id).orElseThrow(() -> new CharacterNotFound(id));
    }

    private static Optional<UUID> parse(String id) {
        try {
            return Optional.of(UUID.fromString(id.strip()));
        }
        catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
    }
}
