package com.novastoryteller.character;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Component;

import com.novastoryteller.account.CurrentUser;

/**
 * Saves every item of an import ({@link CharacterImport}) that can be saved: new names are added, known names (in
 * any case) are updated, items without a name are skipped, and each item that cannot be saved says why. An import
 * with more new names than the library has room for is refused whole.
 */
@Component
public class LibraryImport {

    private final Characters characters;
    private final CharacterChecks checks;
    private final LibraryRoom room;
    private final CharacterRows rows;

    LibraryImport(Characters characters, CharacterChecks checks, LibraryRoom room, CharacterRows rows) {
        this.characters = characters;
        this.checks = checks;
        this.room = room;
        this.rows = rows;
    }

    public ImportResult importAll(CurrentUser user, List<CharacterImport.Item> items) {
        room.requireRoomFor(user.id(), newNames(user, items));
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
            Map<String, String> problems = checks.problems(fields);
            if (!problems.isEmpty()) {
                errors.add(new ImportResult.ItemError(item.index(), fields.name(), problems));
                continue;
            }
            Characters.Saved done = characters.save(user, fields);
            if (item.newPortrait() && !done.created()) {
                characters.regenerateImage(user, done.character().id());
            }
            saved++;
        }
        return new ImportResult(saved, errors.size(), skipped, errors);
    }

    private long newNames(CurrentUser user, List<CharacterImport.Item> items) {
        return items.stream().map(CharacterImport.Item::fields)
                .filter(fields -> fields != null && fields.name() != null && !fields.name().isBlank())
                .map(fields -> fields.name().strip().toLowerCase(Locale.ROOT)).distinct()
                .filter(name -> rows.findByName(user.id(), name).isEmpty()).count();
    }
}
