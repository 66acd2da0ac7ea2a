package com.novastoryteller.character;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.test.context.ActiveProfiles;

import com.novastoryteller.account.Accounts;
import com.novastoryteller.account.CurrentUser;
import com.novastoryteller.support.Families;

/** The character library with what it uses (account, engine, media, usage, web), on the test database. */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
@ActiveProfiles("test")
class CharacterModuleTests {

    @Autowired
    Accounts accounts;

    @Autowired
    Characters characters;

    @Test
    void aCharacterAddedToTheLibraryIsListedForItsFamilyOnly() {
        CurrentUser mia = Families.open(accounts, "mia");
        CurrentUser leo = Families.open(accounts, "leo");

        Characters.Saved saved = characters.save(mia, new CharacterFields("Captain Mirelle",
                "a brave otter who sails a walnut-shell boat", 7, null, "a blue coat", "brave, kind", null, null));

        assertThat(saved.created()).isTrue();
        assertThat(characters.list(mia, null, PageRequest.of(0, 10)).getContent())
                .extracting(CharacterView::name).containsExactly("Captain Mirelle");
        assertThat(characters.find(mia, saved.character().id()).description())
                .isEqualTo("a brave otter who sails a walnut-shell boat");
        assertThat(characters.list(leo, null, PageRequest.of(0, 10)).getContent()).isEmpty();
    }
}
