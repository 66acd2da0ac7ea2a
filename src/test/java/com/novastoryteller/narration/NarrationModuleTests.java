package com.novastoryteller.narration;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.test.context.ActiveProfiles;

import com.novastoryteller.account.Accounts;
import com.novastoryteller.account.CurrentUser;
import com.novastoryteller.engine.Narrator;
import com.novastoryteller.engine.NarratorVoice;
import com.novastoryteller.engine.Speech;
import com.novastoryteller.story.NewStory;
import com.novastoryteller.story.Stories;
import com.novastoryteller.story.StorySegment;
import com.novastoryteller.story.StoryView;
import com.novastoryteller.story.StoryWriting;
import com.novastoryteller.support.Families;

/**
 * Narration with what it uses (story, interaction, account, engine, media, usage, web), on the test database, with a
 * narrator that hums a short tone instead of the installation's (switched off in tests); generation is not started,
 * so the test writes the sentence itself through the story module's writing face.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
@ActiveProfiles("test")
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
