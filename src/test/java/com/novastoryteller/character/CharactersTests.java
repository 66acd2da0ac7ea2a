package com.novastoryteller.character;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.mockito.Mockito.mock;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.data.domain.Pageable;

import com.novastoryteller.account.Accounts;
import com.novastoryteller.account.CurrentUser;
import com.novastoryteller.account.Role;
import com.novastoryteller.engine.Narrator;
import com.novastoryteller.engine.NarratorVoice;
import com.novastoryteller.engine.SafetyCategory;
import com.novastoryteller.engine.SafetyFilter;
import com.novastoryteller.engine.SafetyVerdict;
import com.novastoryteller.engine.Speech;
import com.novastoryteller.support.NoTransactions;
import com.novastoryteller.support.StoppedClock;
import com.novastoryteller.web.InvalidRequest;

import jakarta.validation.Validation;

/**
 * A family's character library, kept in a map ({@link LibraryInMemory}), with portraits that are only keys
 * ({@link PortraitKeys}), a safety filter that objects to one word and a clock the test moves: no database, no
 * illustrator.
 */
class CharactersTests {

    final CurrentUser mia = new CurrentUser(UUID.randomUUID(), "mia", "Mia", Role.USER);
    final LibraryInMemory rows = new LibraryInMemory();
    final PortraitKeys portraits = new PortraitKeys();
    final StoppedClock clock = new StoppedClock(Instant.parse("2026-03-01T09:00:00Z"));
    final CharacterChecks checks = new CharacterChecks(Validation.buildDefaultValidatorFactory().getValidator(),
            new KindWordsOnly(), new TwoVoices());
    final Characters characters = library(200);

    @Test
    void aCharacterKeepsItsNameAsTypedAndTheSameNameInOtherCapitalsUpdatesIt() {
        Characters.Saved first = characters.save(mia, fields("Captain Mirelle", "a brave pilot with a red scarf"));
        Characters.Saved again = characters.save(mia, new CharacterFields("  captain MIRELLE ", null, 9, null, null,
                "kind and curious", null, null));

        assertThat(first.created()).isTrue();
        assertThat(first.character().name()).isEqualTo("Captain Mirelle");
        assertThat(again.created()).as("the same character, updated").isFalse();
        assertThat(again.character().id()).isEqualTo(first.character().id());
        assertThat(again.character().name()).as("the library's spelling stays").isEqualTo("Captain Mirelle");
        assertThat(again.character().description()).as("what the update left out stays")
                .isEqualTo("a brave pilot with a red scarf");
        assertThat(again.character().age()).isEqualTo(9);
        assertThat(again.character().keyTraits()).isEqualTo("kind and curious");
        assertThat(rows.all(mia.id())).hasSize(1);
    }

    @Test
    void anEditThatChangesNothingOfTheLookKeepsThePortrait() {
        CharacterView zuzu = characters.save(mia, fields("Zuzu", "a purple dragon")).character();
        clock.move(Duration.ofMinutes(5));

        CharacterView older = characters.patch(mia, zuzu.id(), new CharacterFields(null, null, 7, null, null, null,
                null, null));

        assertThat(older.image()).as("not drawn again").isEqualTo(zuzu.image());
        assertThat(portraits.painted).hasSize(1);
        assertThat(portraits.deleted).isEmpty();
        assertThat(older.updatedAt()).isEqualTo(clock.instant());
        assertThat(older.createdAt()).isEqualTo(zuzu.createdAt());
    }

    @Test
    void anotherPictureStyleDrawsANewPortraitAndLetsTheOldOneGo() {
        CharacterView zuzu = characters.save(mia, fields("Zuzu", "a purple dragon")).character();

        CharacterView night = characters.patch(mia, zuzu.id(), new CharacterFields(null, null, null, null, null, null,
                "night", null));

        assertThat(night.imageStyle()).isEqualTo("night");
        assertThat(night.image()).isNotEqualTo(zuzu.image());
        assertThat(portraits.deleted).containsExactly(portraits.painted.get(0));
    }

    @Test
    void unkindWordsAnUnknownStyleOrVoiceAndAMissingNameAreRefusedFieldByFieldAndNothingIsSaved() {
        assertThatThrownBy(() -> characters.save(mia, new CharacterFields("Grim", "a scary giant", null, null, null,
                null, "crayon", "whisper")))
                .isInstanceOfSatisfying(InvalidRequest.class, refused -> assertThat(refused.errors())
                        .containsOnlyKeys("description", "image_style", "voice")
                        .containsEntry("description", "Please choose kinder words."));
        assertThatThrownBy(() -> characters.save(mia, fields("  ", "nobody at all")))
                .isInstanceOfSatisfying(InvalidRequest.class, refused -> assertThat(refused.errors())
                        .containsKey("name"));

        assertThat(rows.all(mia.id())).isEmpty();
        assertThat(portraits.painted).isEmpty();
    }

    @Test
    void renamingToANameTheLibraryHasInAnyCaseIsRefused() {
        characters.save(mia, fields("Rufus", "a sleepy dog"));
        CharacterView pip = characters.save(mia, fields("Pip", "a small mouse")).character();

        assertThatThrownBy(() -> characters.patch(mia, pip.id(), new CharacterFields("RUFUS", null, null, null, null,
                null, null, null))).isInstanceOf(CharacterNameTaken.class).hasMessageContaining("RUFUS");
        assertThat(characters.find(mia, pip.id()).name()).isEqualTo("Pip");
    }

    @Test
    void aCopyIsNamedAfterTheOriginalAndLooksTheSame() {
        CharacterView rufus = characters.save(mia, fields("Rufus", "a sleepy dog")).character();

        CharacterView copy = characters.duplicate(mia, rufus.id());
        CharacterView secondCopy = characters.duplicate(mia, rufus.id());

        assertThat(copy.name()).isEqualTo("Rufus (copy)");
        assertThat(secondCopy.name()).isEqualTo("Rufus (copy 2)");
        assertThat(copy.description()).isEqualTo("a sleepy dog");
        assertThat(rows.find(mia.id(), copy.id()).orElseThrow().lookVariant())
                .isEqualTo(rows.find(mia.id(), rufus.id()).orElseThrow().lookVariant());
    }

    @Test
    void aFullLibraryTakesNoMoreAndKeepsNoPortraitOfTheRefusedOne() {
        Characters small = library(2);
        small.save(mia, fields("One", "the first"));
        small.save(mia, fields("Two", "the second"));

        assertThatThrownBy(() -> small.save(mia, fields("Three", "the third"))).isInstanceOf(LibraryFull.class)
                .hasMessageContaining("at most 2");
        assertThat(small.save(mia, fields("two", "the second, again")).created()).as("a known name still updates")
                .isFalse();
        assertThat(rows.all(mia.id())).extracting(LibraryCharacter::name).containsExactly("One", "Two");
    }

    @Test
    void anImportAddsNewNamesUpdatesKnownOnesSkipsNamelessOnesAndSaysWhyOthersFailed() {
        characters.save(mia, fields("Rufus", "a sleepy dog"));

        ImportResult result = imports().importAll(mia, List.of(
                new CharacterImport.Item(0, fields("rufus", "a sleepy old dog"), false, null),
                new CharacterImport.Item(1, fields("Pip", "a small mouse"), false, null),
                new CharacterImport.Item(2, fields("", "nobody"), false, null),
                new CharacterImport.Item(3, fields("Grim", "a scary giant"), false, null),
                new CharacterImport.Item(4, null, false, "not an object")));

        assertThat(result.saved()).isEqualTo(2);
        assertThat(result.skipped()).isEqualTo(1);
        assertThat(result.failed()).isEqualTo(2);
        assertThat(result.errors()).extracting(ImportResult.ItemError::index).containsExactly(3, 4);
        assertThat(rows.all(mia.id())).extracting(LibraryCharacter::name, LibraryCharacter::description)
                .containsExactly(tuple("Pip", "a small mouse"), tuple("Rufus", "a sleepy old dog"));
    }

    @Test
    void anotherFamilysCharacterIsNotFound() {
        CharacterView rufus = characters.save(mia, fields("Rufus", "a sleepy dog")).character();
        CurrentUser leo = new CurrentUser(UUID.randomUUID(), "leo", "Leo", Role.USER);

        assertThatThrownBy(() -> characters.find(leo, rufus.id())).isInstanceOf(CharacterNotFound.class);
        assertThatThrownBy(() -> characters.chosen(leo.id(), List.of(rufus.id().toString())))
                .isInstanceOfSatisfying(InvalidRequest.class, refused -> assertThat(refused.errors())
                        .containsKey("character_ids"));
    }

    private Characters library(int size) {
        return new Characters(rows, portraits, checks, room(size), clock);
    }

    private LibraryImport imports() {
        return new LibraryImport(characters, checks, room(200), rows);
    }

    private LibraryRoom room(int size) {
        return new LibraryRoom(rows, portraits, new CharacterLimits(size), mock(Accounts.class), new NoTransactions());
    }

    private static CharacterFields fields(String name, String description) {
        return new CharacterFields(name, description, null, null, null, null, null, null);
    }

    /** The library_character table as a map, looked up as the SQL does: by owner, names without case. */
    static final class LibraryInMemory extends CharacterRows {

        final Map<UUID, LibraryCharacter> byId = new LinkedHashMap<>();

        LibraryInMemory() {
            super(null);
        }

        @Override
        Optional<LibraryCharacter> find(UUID ownerId, UUID id) {
            return Optional.ofNullable(byId.get(id)).filter(character -> character.ownerId().equals(ownerId));
        }

        @Override
        Optional<LibraryCharacter> findByName(UUID ownerId, String name) {
            return all(ownerId).stream().filter(character -> key(character.name()).equals(key(name))).findFirst();
        }

        @Override
        List<LibraryCharacter> search(UUID ownerId, String query, Pageable page) {
            throw new UnsupportedOperationException("a query of the database's");
        }

        @Override
        List<LibraryCharacter> all(UUID ownerId) {
            return byId.values().stream().filter(character -> character.ownerId().equals(ownerId))
                    .sorted(Comparator.comparing((LibraryCharacter character) -> key(character.name()))).toList();
        }

        @Override
        long count(UUID ownerId) {
            return all(ownerId).size();
        }

        @Override
        long count(UUID ownerId, String query) {
            throw new UnsupportedOperationException("a query of the database's");
        }

        @Override
        boolean nameTaken(UUID ownerId, String name, UUID exceptId) {
            return all(ownerId).stream().anyMatch(character -> !character.id().equals(exceptId)
                    && key(character.name()).equals(key(name)));
        }

        @Override
        void insert(LibraryCharacter character) {
            byId.put(character.id(), character);
        }

        @Override
        void update(LibraryCharacter character) {
            byId.put(character.id(), character);
        }

        @Override
        void delete(LibraryCharacter character) {
            byId.remove(character.id());
        }

        @Override
        long total() {
            return byId.size();
        }
    }

    /** Portraits as keys made from what the illustrator would be told; what was painted and let go is kept. */
    static final class PortraitKeys extends CharacterPortraits {

        final List<String> painted = new ArrayList<>();
        final List<String> deleted = new ArrayList<>();

        PortraitKeys() {
            super(null, null);
        }

        @Override
        LibraryCharacter paint(LibraryCharacter character, int variant) {
            LibraryCharacter unpainted = character.withPortrait(variant, null);
            String key = "portraits/" + character.id() + "/" + Integer.toHexString(
                    (unpainted.figure() + " " + unpainted.imageStyle()).hashCode()) + ".svg";
            painted.add(key);
            return character.withPortrait(variant, key);
        }

        @Override
        void deleteAfterCommit(String key) {
            deleted.add(key);
        }
    }

    /** Objects to anything scary; all else is safe. */
    static final class KindWordsOnly implements SafetyFilter {

        @Override
        public SafetyVerdict check(String text) {
            return text.contains("scary") ? new SafetyVerdict(Set.of(SafetyCategory.VIOLENCE)) : SafetyVerdict.SAFE;
        }
    }

    static final class TwoVoices implements Narrator {

        @Override
        public List<NarratorVoice> voices() {
            return List.of(new NarratorVoice("giant", "a deep voice"), new NarratorVoice("fairy", "a light voice"));
        }

        @Override
        public boolean speaks(String language) {
            return true;
        }

        @Override
        public Speech speak(String text, String voice) {
            throw new UnsupportedOperationException("the library does not speak");
        }

        @Override
        public String edition() {
            return "two voices";
        }
    }

}
