package com.novastoryteller.character;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;

import com.novastoryteller.account.AccountArchive;
import com.novastoryteller.account.FamilyData;

/** A family's characters in its download ({@code characters/}: the list and the portraits), and erased with it. */
@Component
@Order(30)
class CharacterFamilyData implements FamilyData {

    private final CharacterRows rows;
    private final CharacterPortraits portraits;
    private final Characters characters;

    CharacterFamilyData(CharacterRows rows, CharacterPortraits portraits, Characters characters) {
        this.rows = rows;
        this.portraits = portraits;
        this.characters = characters;
    }

    @Override
    public List<Count> count(UUID accountId) {
        return List.of(new Count("characters", rows.count(accountId, "")));
    }

    @Override
    public void export(UUID accountId, AccountArchive archive) throws IOException {
        List<CharacterView> views = new ArrayList<>();
        for (LibraryCharacter character : rows.all(accountId)) {
            views.add(CharacterView.of(character));
            Optional<Resource> portrait = portraits.find(character);
            String key = character.imageKey();
            if (portrait.isPresent() && key != null) {
                archive.file("characters/" + character.id() + key.substring(key.lastIndexOf('.')), portrait.get());
            }
        }
        archive.json("characters/characters.json", views);
    }

    @Override
    public void erase(UUID accountId) {
        rows.all(accountId).forEach(characters::remove);
    }
}
