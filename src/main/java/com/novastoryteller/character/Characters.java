package com.novastoryteller.character;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.core.io.Resource;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import com.novastoryteller.account.Accounts;
import com.novastoryteller.account.CurrentUser;
import com.novastoryteller.engine.ImageStyle;
import com.novastoryteller.engine.Narrator;
import com.novastoryteller.engine.NarratorVoice;
import com.novastoryteller.engine.SafetyFilter;
import com.novastoryteller.web.InvalidRequest;
import com.novastoryteller.web.SnakeCase;

import jakarta.validation.Validator;

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
    private final SafetyFilter safety;
    private final Narrator narrator;
    private final Validator validator;
    private final CharacterLimits limits;
    private final Clock clock;
    private final Accounts accounts;
    private final TransactionTemplate transactions;

    Characters(CharacterRows rows, CharacterPortraits portraits, SafetyFilter safety, Narrator narrator,
            Validator validator, CharacterLimits limits, Clock clock, Accounts accounts,
            PlatformTransactionManager transactionManager) {
        this.accounts = accounts;
        this.transactions = new TransactionTemplate(transactionManager);
        this.rows = rows;
        this.portraits = portraits;
        this.safety = safety;
        this.narrator = narrator;
        this.validator = validator;
        this.limits = limits;
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
        requireValid(fields);
        Optional<LibraryCharacter> existing = rows.findByName(user.id(), fields.name());
        if (existing.isPresent()) {
            LibraryCharacter known = existing.get();
            return new Saved(update(known, fields.named(known.name()).over(known.fields())), false);
        }
        requireRoomFor(user, 1);
        LibraryCharacter character = portraits.paint(LibraryCharacter.create(user.id(), fields, clock.instant()), 0);
        insertIfRoom(user, character);
        return new Saved(CharacterView.of(character), true);
    }

    /** Replaces every field; what the body leaves out is cleared. */
    public CharacterView replace(CurrentUser user, UUID id, CharacterFields fields) {
        requireValid(fields);
        return update(owned(user, id), fields);
    }

    /** Changes the fields the body has and keeps the rest. */
    public CharacterView patch(CurrentUser user, UUID id, CharacterFields changes) {
        LibraryCharacter character = owned(user, id);
        CharacterFields fields = changes.over(character.fields());
        requireValid(fields);
        return update(character, fields);
    }

    /** A copy under a new name ("Rufus (copy)"), with the same look. */
    public CharacterView duplicate(CurrentUser user, UUID id) {
        LibraryCharacter original = owned(user, id);
        requireRoomFor(user, 1);
        String name = copyName(user, original.name());
        LibraryCharacter copy = LibraryCharacter.create(user.id(), original.fields().named(name), clock.instant());
        copy = portraits.paint(copy, original.lookVariant());
        insertIfRoom(user, copy);
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
        if (character.imageKey() != null) {
            portraits.deleteAfterCommit(character.imageKey());
        }
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
     * Saves every item of an import that can be saved: new names are added, known names (in any case) are
     * updated, items without a name are skipped, and each item that cannot be saved says why.
     */
    public ImportResult importAll(CurrentUser user, List<CharacterImport.Item> items) {
        requireRoomFor(user, newNames(user, items));
        int saved = 0;
        int skipped = 0;
        List<ImportResult.ItemError> errors = new ArrayList<>();
        for (CharacterImport.Item item : items) {
            CharacterFields fields = item.fields();
            if (fields == null) {
                errors.add(new ImportResult.ItemError(item.index(), null, Map.of("item", String.valueOf(item.unreadable()))));
                continue;
            }
            if (fields.name() == null || fields.name().isBlank()) {
                skipped++;
                continue;
            }
            Map<String, String> problems = problems(fields);
            if (!problems.isEmpty()) {
                errors.add(new ImportResult.ItemError(item.index(), fields.name(), problems));
                continue;
            }
            Saved done = save(user, fields);
            if (item.newPortrait() && !done.created()) {
                regenerateImage(user, done.character().id());
            }
            saved++;
        }
        return new ImportResult(saved, errors.size(), skipped, errors);
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
            chosen.add(new ChosenCharacter(character.id(), character.name(), told(character), character.voice(),
                    character.figure()));
        }
        return chosen;
    }

    /** The voices a character can be given. */
    public List<NarratorVoice> voices() {
        return narrator.voices();
    }

    /** What the writer is told about a character: their description, then what they are like. */
    private static String told(LibraryCharacter character) {
        String traits = character.keyTraits() == null ? "" : character.keyTraits();
        if (character.description().isBlank()) {
            return traits.isBlank() ? "" : character.name() + " was " + traits + ".";
        }
        String description = character.description().replaceAll("[.!\\s]+$", "");
        return traits.isBlank() ? description : description + ". " + character.name() + " was " + traits;
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

    /**
     * Adds a painted character if the library still has room when it is added: a family's additions are made one
     * at a time, so that two requests at once cannot both take the last place. A character refused here has its
     * portrait deleted.
     */
    private void insertIfRoom(CurrentUser user, LibraryCharacter character) {
        try {
            transactions.executeWithoutResult(status -> {
                accounts.holdFamily(user.id());
                requireRoomFor(user, 1);
                rows.insert(character);
            });
        }
        catch (LibraryFull full) {
            if (character.imageKey() != null) {
                portraits.deleteAfterCommit(character.imageKey());
            }
            throw full;
        }
    }

    /** Refused before anything is saved, so that an import too large for the library leaves it as it was. */
    private void requireRoomFor(CurrentUser user, long newCharacters) {
        if (newCharacters > 0 && rows.count(user.id()) + newCharacters > limits.charactersPerFamily()) {
            throw new LibraryFull(limits.charactersPerFamily());
        }
    }

    private long newNames(CurrentUser user, List<CharacterImport.Item> items) {
        return items.stream().map(CharacterImport.Item::fields)
                .filter(fields -> fields != null && fields.name() != null && !fields.name().isBlank())
                .map(fields -> fields.name().strip().toLowerCase(Locale.ROOT)).distinct()
                .filter(name -> rows.findByName(user.id(), name).isEmpty()).count();
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

    private void requireValid(CharacterFields fields) {
        Map<String, String> problems = problems(fields);
        if (!problems.isEmpty()) {
            throw new InvalidRequest("Some fields need another look.", problems);
        }
    }

    private Map<String, String> problems(CharacterFields fields) {
        Map<String, String> problems = new LinkedHashMap<>();
        validator.validate(fields).forEach(violation ->
                problems.putIfAbsent(SnakeCase.of(violation.getPropertyPath().toString()), violation.getMessage()));
        if (fields.name() == null || fields.name().isBlank()) {
            problems.putIfAbsent("name", "Give the character a name.");
        }
        if (fields.imageStyle() != null && ImageStyle.of(fields.imageStyle()).isEmpty()) {
            problems.putIfAbsent("image_style", "Pick one of the picture styles: " + String.join(", ",
                    Arrays.stream(ImageStyle.values()).map(ImageStyle::id).toList()) + ".");
        }
        if (fields.voice() != null && !fields.voice().isBlank()
                && narrator.voices().stream().noneMatch(voice -> voice.id().equals(fields.voice().strip()))) {
            problems.putIfAbsent("voice", "Pick one of the voices: " + String.join(", ",
                    narrator.voices().stream().map(NarratorVoice::id).toList()) + ".");
        }
        Map<String, @Nullable String> words = new LinkedHashMap<>();
        words.put("name", fields.name());
        words.put("description", fields.description());
        words.put("gender", fields.gender());
        words.put("clothing_style", fields.clothingStyle());
        words.put("key_traits", fields.keyTraits());
        words.forEach((field, text) -> {
            if (text != null && !text.isBlank() && !safety.check(text).isSafe()) {
                problems.putIfAbsent(field, "Please choose kinder words.");
            }
        });
        return problems;
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
