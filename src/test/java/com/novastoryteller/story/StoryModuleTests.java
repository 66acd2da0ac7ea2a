package com.novastoryteller.story;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.test.context.ActiveProfiles;

import com.novastoryteller.account.Accounts;
import com.novastoryteller.account.CurrentUser;
import com.novastoryteller.support.Families;
import com.novastoryteller.support.NotReadAloud;

/**
 * The story module with what it uses (account, character, engine, media, usage, web), on the test database; nothing
 * writes the story (generation is not started), so it stays as asked for.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
@ActiveProfiles("test")
@Import(NotReadAloud.class)
class StoryModuleTests {

    @Autowired
    Accounts accounts;

    @Autowired
    Stories stories;

    @Test
    void aFamilysStoryCanBeCreatedAndFoundButAnotherFamilyCannotSeeIt() {
        CurrentUser mia = Families.open(accounts, "mia");
        CurrentUser leo = Families.open(accounts, "leo");

        StoryView asked = stories.create(mia, new NewStory("a turtle named Shelly who finds treasure",
                "Shelly's Treasure", null, null, null, null, null, null));

        StoryView found = stories.find(mia, asked.id());
        assertThat(found.title()).isEqualTo("Shelly's Treasure");
        assertThat(found.prompt()).isEqualTo("a turtle named Shelly who finds treasure");
        assertThat(found.status()).isEqualTo(StoryStatus.GENERATING);
        assertThat(stories.isVisibleTo(mia, asked.id())).isTrue();

        assertThat(stories.isVisibleTo(leo, asked.id())).isFalse();
        assertThatThrownBy(() -> stories.find(leo, asked.id())).isInstanceOf(StoryNotFound.class);
    }
}
