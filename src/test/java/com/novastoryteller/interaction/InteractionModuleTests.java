package com.novastoryteller.interaction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.test.context.ActiveProfiles;

import com.novastoryteller.account.Accounts;
import com.novastoryteller.account.CurrentUser;
import com.novastoryteller.story.NewStory;
import com.novastoryteller.story.Revision;
import com.novastoryteller.story.Stories;
import com.novastoryteller.story.StoryRevisions;
import com.novastoryteller.story.StorySegment;
import com.novastoryteller.story.StoryView;
import com.novastoryteller.story.StoryWriting;
import com.novastoryteller.support.Families;
import com.novastoryteller.support.NotReadAloud;

/**
 * Interaction with what it uses (story, account, character, engine, media, usage, web), on the test database. The
 * generation module is not started: the test writes the story's sentence itself, through the story module's writing
 * face, as the writer would.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
@ActiveProfiles("test")
@Import(NotReadAloud.class)
class InteractionModuleTests {

    @Autowired
    Accounts accounts;

    @Autowired
    Stories stories;

    @Autowired
    StoryWriting writing;

    @Autowired
    StoryRevisions revisions;

    @Autowired
    StoryInteractions interactions;

    @Test
    void aFinishedStoryCanBeContinuedAndANewRevisionAppears() {
        CurrentUser mia = Families.open(accounts, "mia");
        StoryView asked = stories.create(mia, new NewStory("a turtle named Shelly who finds treasure",
                "Shelly's Treasure", null, null, null, null, null, null));
        writing.segment(asked.id(), 1, new StorySegment(0, 0, StorySegment.NARRATOR, "Shelly found a shiny shell."));
        writing.finish(asked.id(), 1);

        StoryView continued = interactions.continueStory(mia, asked.id(), "she meets a friendly crab");

        assertThat(continued.revision()).isEqualTo(2);
        assertThat(revisions.revisions(mia, asked.id())).extracting(Revision::revision, Revision::reason)
                .containsExactly(tuple(1, "created"),
                        tuple(2, Revision.CONTINUED));
        assertThat(revisions.revisions(mia, asked.id()).get(1).instruction()).isEqualTo("she meets a friendly crab");
    }
}
