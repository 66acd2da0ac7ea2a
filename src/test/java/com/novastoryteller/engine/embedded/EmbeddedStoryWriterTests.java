package com.novastoryteller.engine.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.novastoryteller.engine.AgeBand;
import com.novastoryteller.engine.Continuation;
import com.novastoryteller.engine.StoryCharacter;
import com.novastoryteller.engine.StoryLength;
import com.novastoryteller.engine.StoryRequest;
import com.novastoryteller.engine.Template;

class EmbeddedStoryWriterTests {

    static final Pattern LINE = Pattern.compile("^(TITLE: .+|PART: .+|NARRATOR: [A-Z].*[.!?]|[A-Z][A-Z .'-]*: \"[A-Z].*[.!?]\")$");
    static final List<String> PROMPTS = List.of("tell me a story about a brave astronaut named Captain Mirelle",
            "a hamster called Quibbleton who sails a teacup",
            "a dragon and a robot in the Whispering Woods with a golden key",
            "a boy named Tomasz and his dog Biscuit", "a shy octopus called Inky who lives under the old pier",
            "something funny");

    final EmbeddedStoryWriter writer = new EmbeddedStoryWriter();

    @Test
    void usesEveryNamedThing() {
        assertThat(prose(write("tell me a story about a brave astronaut named Captain Mirelle", 1)))
                .contains("Captain Mirelle", "astronaut", "brave");
        assertThat(prose(write("a hamster called Quibbleton who sails a teacup", 2))).contains("Quibbleton", "hamster", "teacup");
        assertThat(prose(write("a dragon and a robot in the Whispering Woods with a golden key", 3)))
                .contains("dragon", "robot", "Whispering Woods", "golden key");
        assertThat(prose(write("a boy named Tomasz and his dog Biscuit", 4))).contains("Tomasz", "Biscuit");
    }

    @Test
    void theSameSeedTellsTheSameStoryAndAnotherSeedAnotherOne() {
        assertThat(write(PROMPTS.get(0), 42)).isEqualTo(write(PROMPTS.get(0), 42));
        assertThat(write(PROMPTS.get(0), 42)).isNotEqualTo(write(PROMPTS.get(0), 43));
        assertThat(write(PROMPTS.get(0), 42)).isNotEqualTo(write(PROMPTS.get(1), 42));
    }

    @Test
    void partsFollowTheLengthWithMoreWordsEachStep() {
        int previousWords = 0;
        for (StoryLength length : StoryLength.values()) {
            List<String> lines = write(request(PROMPTS.get(1), Template.FANTASY, AgeBand.AGES_8_10, length, List.of(), 5));
            assertThat(lines.stream().filter(line -> line.startsWith("PART: "))).hasSize(length.parts());
            int words = prose(lines).split("\\s+").length;
            assertThat(words).isGreaterThan(previousWords);
            previousWords = words;
        }
    }

    @Test
    void linesFollowTheFormatWithoutDebrisOrRepeats() {
        for (Template template : Template.values()) {
            for (AgeBand band : AgeBand.values()) {
                for (int n = 0; n < PROMPTS.size(); n++) {
                    List<String> lines = write(request(PROMPTS.get(n), template, band, StoryLength.values()[n % 3],
                            List.of("add a friendly whale named Pip"), n));
                    assertThat(lines.get(0)).startsWith("TITLE: ");
                    assertThat(lines).allSatisfy(line -> assertThat(line).matches(LINE)
                            .doesNotContain("{", "}", "null", "  ", " a a ", " a an ").doesNotContainPattern("\\ba (?!uni|use|one|eu)[aeiou]"));
                    List<String> spoken = lines.stream().filter(line -> !line.startsWith("PART") && !line.startsWith("TITLE")).toList();
                    assertThat(new HashSet<>(spoken)).hasSameSizeAs(spoken);
                }
            }
        }
    }

    @Test
    void honoursEveryChangeAndKeepsTheHeroAndWhoeverTheChangeBrings() {
        List<String> lines = write(request(PROMPTS.get(1), Template.ADVENTURE, AgeBand.AGES_5_7, StoryLength.MEDIUM,
                List.of("make the moon made of cheese", "add a friendly whale named Pip"), 9));
        String story = prose(lines);

        assertThat(story).contains("Quibbleton", "the moon was made of cheese", "a friendly whale named Pip appeared");
        assertThat(lines).as("the whale speaks and comes back to help").anyMatch(line -> line.startsWith("PIP: "));
        assertThat(story.substring(story.indexOf("named Pip appeared") + 20)).contains("Pip");
    }

    @Test
    void weavesInLibraryCharactersAndWhatTheDrawingShows() {
        var request = new StoryRequest(PROMPTS.get(0), Template.SCI_FI, AgeBand.AGES_8_10, StoryLength.SHORT, "en-US",
                List.of(new StoryCharacter("Granny Rose", "She knits scarves for everyone.", null)),
                "a dragon, in bright red and green, with blue across the top, green along the bottom and a round red shape"
                        + " near the top right", List.of(), null, 11);
        List<String> lines = write(request);
        String story = prose(lines);

        assertThat(story).contains("Granny Rose", "knits scarves", "the sky was blue", "the ground was green",
                "the red dragon in your drawing");
        assertThat(story).doesNotContain("It showed", "a picture");
        assertThat(lines).anyMatch(line -> line.startsWith("GRANNY ROSE: "));
    }

    @Test
    void aDescribedDrawingSetsTheSceneWhenTheRequestNamesNoPlace() {
        var request = new StoryRequest("a shy tortoise wants to make a friend", Template.FANTASY, AgeBand.AGES_5_7,
                StoryLength.SHORT, "en-US", List.of(), "A purple unicorn standing on a rainbow bridge.", List.of(), null, 4);
        String story = prose(write(request));

        assertThat(story).contains("rainbow bridge", "purple unicorn");
    }

    @Test
    void theRestOfAStoryAProviderBeganKeepsItsCast() {
        String prompt = "two robots, Cog and Sprocket, repair a broken telescope on Mars";
        List<String> soFar = List.of("TITLE: The Telescope", "PART: A Dusty Morning",
                "NARRATOR: Cog and Sprocket rolled across the red sand to the old telescope.",
                "OLLIE: \"I am Ollie, the rover. I know every crater around here!\"",
                "NARRATOR: The telescope's lens was cracked, and its gears would not turn.");
        var request = new StoryRequest(prompt, Template.SCI_FI, AgeBand.AGES_8_10, StoryLength.MEDIUM, "en-US", List.of(),
                null, List.of(), null, 3, false, new Continuation(Continuation.Kind.INTERRUPT, soFar, null, List.of()));
        List<String> rest = write(request);

        assertThat(prose(rest)).contains("Cog", "Sprocket", "Ollie", "repaired the broken telescope");
        assertThat(rest).anyMatch(line -> line.startsWith("OLLIE: "));
    }

    @Test
    void theYoungestHearShorterSentences() {
        double young = averageSentenceLength(AgeBand.AGES_5_7);
        double old = averageSentenceLength(AgeBand.AGES_11_12);

        assertThat(young).isLessThan(old);
        assertThat(young).isLessThanOrEqualTo(9);
    }

    private double averageSentenceLength(AgeBand band) {
        int sentences = 0;
        int words = 0;
        for (int n = 0; n < PROMPTS.size(); n++) {
            for (String sentence : prose(write(request(PROMPTS.get(n), Template.ADVENTURE, band, StoryLength.MEDIUM, List.of(), n)))
                    .split("(?<=[.!?])\"?\\s+")) {
                sentences++;
                words += sentence.split("\\s+").length;
            }
        }
        return (double) words / sentences;
    }

    private List<String> write(String prompt, long seed) {
        return write(request(prompt, Template.ADVENTURE, AgeBand.AGES_8_10, StoryLength.MEDIUM, List.of(), seed));
    }

    private static StoryRequest request(String prompt, Template template, AgeBand band, StoryLength length,
            List<String> changes, long seed) {
        return new StoryRequest(prompt, template, band, length, "en-US", List.of(), null, changes, null, seed);
    }

    private List<String> write(StoryRequest request) {
        List<String> lines = new ArrayList<>();
        writer.write(request, lines::add);
        return lines;
    }

    private static String prose(List<String> lines) {
        Set<String> skip = Set.of("TITLE", "PART");
        StringBuilder prose = new StringBuilder();
        for (String line : lines) {
            int colon = line.indexOf(':');
            if (!skip.contains(line.substring(0, colon))) {
                prose.append(line.substring(colon + 1).strip().replace("\"", "")).append(' ');
            }
        }
        return prose.toString().strip();
    }
}
