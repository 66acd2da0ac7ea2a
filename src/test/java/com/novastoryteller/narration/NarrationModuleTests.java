package com.novastoryteller.narration;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.modulith.events.core.EventPublicationRegistry;
import org.springframework.modulith.events.core.PublicationTargetIdentifier;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

import com.novastoryteller.account.Accounts;
import com.novastoryteller.account.CurrentUser;
import com.novastoryteller.engine.Narrator;
import com.novastoryteller.engine.NarratorVoice;
import com.novastoryteller.engine.Speech;
import com.novastoryteller.story.NewStory;
import com.novastoryteller.story.Stories;
import com.novastoryteller.story.StoryRevised;
import com.novastoryteller.story.StorySegment;
import com.novastoryteller.story.StoryView;
import com.novastoryteller.story.StoryWriting;
import com.novastoryteller.support.DatabaseTest;
import com.novastoryteller.support.Eventually;
import com.novastoryteller.support.Families;

/**
 * Narration with what it uses (story, interaction, account, engine, media, usage, web), on the test database, with a
 * narrator that hums a short tone instead of the installation's (switched off in tests); generation is not started,
 * so the test writes the sentence itself through the story module's writing face. Reactions left unfinished are
 * tried again after a fifth of a second rather than a minute. On every database, for the event registry's table.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
@DatabaseTest
@ActiveProfiles("test")
@TestPropertySource(properties = "storyteller.events.retry-after=200ms")
@Import(NarrationModuleTests.HummingNarrator.class)
class NarrationModuleTests {

    @Autowired
    Accounts accounts;

    @Autowired
    Stories stories;

    @Autowired
    StoryWriting writing;

    @Autowired
    StoryReadings readings;

    @Autowired
    Narration narration;

    @Autowired
    EventPublicationRegistry registry;

    @Test
    void aWrittenStorysSentenceIsVoicedIntoAClip() throws Exception {
        CurrentUser mia = Families.open(accounts, "mia");
        StoryView asked = stories.create(mia, new NewStory("a turtle named Shelly who finds treasure",
                "Shelly's Treasure", null, null, "en-US", null, null, null));
        StorySegment sentence = new StorySegment(0, 0, StorySegment.NARRATOR, "Shelly found a shiny shell.");
        writing.part(asked.id(), 1, 0, "The Shiny Shell");
        writing.segment(asked.id(), 1, sentence);

        StoryReading reading = readings.start(asked.id(), 1, "en-US", Instant.now());
        reading.read(sentence);
        reading.finish();

        List<Narration.SpokenSegment> spoken = narration.spoken(asked.id(), 1).orElseThrow();
        assertThat(spoken).hasSize(1);
        assertThat(spoken.get(0).segment().text()).isEqualTo("Shelly found a shiny shell.");
        assertThat(spoken.get(0).durationMs()).isPositive();
        assertThat(spoken.get(0).audio().getContentAsByteArray()).isNotEmpty();
    }

    @Test
    void anEditedTextIsReadAloudOnceTheEditIsCommitted(Scenario scenario) {
        UUID story = storyWith("Shelly swam to the shore.");

        scenario.publish(new StoryRevised(story, 1, "en-US"))
            .andWaitAtMost(Duration.ofSeconds(30))
            .andWaitForStateChange(() -> narration.spoken(story, 1).orElse(null))
            .andVerify(spoken -> assertThat(spoken).extracting(each -> each.segment().text())
                .containsExactly("Shelly swam to the shore."));
        Eventually.get("the reaction marked done", () -> reactionDone(story) ? true : null);
    }

    @Test
    void anEditCommittedJustBeforeACrashIsStillReadAloud() {
        UUID story = storyWith("Shelly dug in the warm sand.");

        // What a crash right after the commit leaves: the edit's event stored, and nobody reading it.
        registry.store(new StoryRevised(story, 1, "en-US"),
                Stream.of(PublicationTargetIdentifier.of(StoryReadings.READ_EDITED)));

        List<Narration.SpokenSegment> spoken = Eventually.get("the edit read aloud",
                () -> narration.spoken(story, 1).orElse(null));
        assertThat(spoken.get(0).segment().text()).isEqualTo("Shelly dug in the warm sand.");
        Eventually.get("the reaction marked done", () -> reactionDone(story) ? true : null);
    }

    private boolean reactionDone(UUID story) {
        return registry.findIncompletePublications().stream()
            .noneMatch(publication -> publication.getEvent() instanceof StoryRevised revised && revised.storyId().equals(story));
    }

    /** A story whose first revision says one sentence. */
    private UUID storyWith(String sentence) {
        CurrentUser family = Families.open(accounts, "family");
        StoryView asked = stories.create(family, new NewStory("a turtle named Shelly at the seaside", "Shelly at the Sea",
                null, null, "en-US", null, null, null));
        writing.part(asked.id(), 1, 0, "The Shore");
        writing.segment(asked.id(), 1, new StorySegment(0, 0, StorySegment.NARRATOR, sentence));
        return asked.id();
    }

    /** Imported, not scanned; primary over the switched-off narrator of the test profile. */
    static class HummingNarrator {

        @Bean
        @Primary
        Narrator hummingNarrator() {
            return new Narrator() {

                @Override
                public List<NarratorVoice> voices() {
                    return List.of(new NarratorVoice("hum", "a steady hum"));
                }

                @Override
                public boolean speaks(String language) {
                    return true;
                }

                @Override
                public Speech speak(String text, String voice) {
                    int rate = 22_050;
                    byte[] pcm = new byte[rate / 2 * 2];
                    for (int i = 0; i < pcm.length / 2; i++) {
                        short sample = (short) (Math.sin(2 * Math.PI * 440 * i / rate) * 8_000);
                        pcm[2 * i] = (byte) sample;
                        pcm[2 * i + 1] = (byte) (sample >> 8);
                    }
                    return new Speech(pcm, rate, List.of(new Speech.WordTiming(text, 0, 500)));
                }

                @Override
                public String edition() {
                    return "hum";
                }
            };
        }
    }
}
