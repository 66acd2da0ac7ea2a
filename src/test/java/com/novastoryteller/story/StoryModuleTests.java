package com.novastoryteller.story;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.test.context.ActiveProfiles;

import com.novastoryteller.account.Accounts;
import com.novastoryteller.account.CurrentUser;
import com.novastoryteller.account.NewAccount;
import com.novastoryteller.account.Role;
import com.novastoryteller.account.UserProfile;

/**
 * The story module with what it uses (account, character, engine, media, usage, web), on the test database; nothing
 * writes the story (generation is not started), so it stays as asked for.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
@ActiveProfiles("test")
@Import(StoryModuleTests.NotReadAloud.class)
class StoryModuleTests {

    @Autowired
    Accounts accounts;

    @Autowired
    Stories stories;

    @Test
    void aFamilysStoryCanBeCreatedAndFoundButAnotherFamilyCannotSeeIt() {
        CurrentUser mia = family("mia");
        CurrentUser leo = family("leo");

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

    private CurrentUser family(String name) {
        String username = name + UUID.randomUUID().toString().substring(0, 8);
        UserProfile profile = accounts.open(
                new NewAccount(username + "@example.org", username, "a long secret phrase", name, "Family"), Role.USER);
        return new CurrentUser(profile.id(), profile.username(), profile.firstName(), Role.USER);
    }

    /** Imported, not scanned: narration, which answers whether a story can be heard, is not started here. */
    static class NotReadAloud {

        @Bean
        WholeStoryAudio wholeStoryAudio() {
            return story -> WholeStoryAudio.Hearing.NONE;
        }
    }
}
