package com.novastoryteller.generation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.test.context.ActiveProfiles;

import com.novastoryteller.account.Accounts;
import com.novastoryteller.account.CurrentUser;
import com.novastoryteller.story.NewStory;
import com.novastoryteller.story.Stories;
import com.novastoryteller.story.StoryStatus;
import com.novastoryteller.story.StoryView;
import com.novastoryteller.support.Eventually;
import com.novastoryteller.support.Families;

/**
 * Generation with everything it uses (story, narration, engine and theirs), on the test database and the test
 * profile's offline providers: a story asked for through the story module is written by this module's jobs.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
@ActiveProfiles("test")
class GenerationModuleTests {

    @Autowired
    Accounts accounts;

    @Autowired
    Stories stories;

    @Autowired
    GenerationTasks tasks;

    @Test
    void aRequestedStoryGetsWritten() {
        CurrentUser mia = Families.open(accounts, "mia");
        StoryView asked = stories.create(mia, new NewStory("a turtle named Shelly who finds treasure",
                "Shelly's Treasure", null, null, null, null, null, null));

        StoryView written = Eventually.get("the story written",
                () -> {
                    StoryView now = stories.find(mia, asked.id());
                    return now.status() == StoryStatus.GENERATING ? null : now;
                });

        assertThat(written.status()).as(String.valueOf(written.failure())).isEqualTo(StoryStatus.READY);
        assertThat(written.storyText()).isNotBlank();
        assertThat(written.parts()).isNotEmpty();
        assertThat(tasks.status(asked.taskId(), story -> true)).get()
                .satisfies(status -> assertThat(status.finishedAt()).isNotNull());
    }
}
