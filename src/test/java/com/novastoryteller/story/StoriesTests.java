package com.novastoryteller.story;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import com.novastoryteller.account.CurrentUser;
import com.novastoryteller.account.Role;
import com.novastoryteller.character.Characters;
import com.novastoryteller.engine.ImageDescriber;
import com.novastoryteller.engine.SafetyCategory;
import com.novastoryteller.engine.SafetyFilter;
import com.novastoryteller.engine.SafetyVerdict;
import com.novastoryteller.media.MediaStorage;
import com.novastoryteller.support.NoTransactions;

/**
 * Asking for, editing and finding stories, with the stories and their text in memory ({@link StoriesInMemory},
 * {@link TextInMemory}), a safety filter that objects to one word, and a fixed clock. The catalog, the cast, the
 * events, the daily limits and the media store are SQL, SSE or files through and through: Mockito stands in for them,
 * so what is checked here is what this class decides, and the journeys stay with StoryApiTests.
 */
class StoriesTests {

    static final Instant NOW = Instant.parse("2026-03-01T18:00:00Z");

    final CurrentUser mia = new CurrentUser(UUID.randomUUID(), "mia", "Mia", Role.USER);
    final CurrentUser leo = new CurrentUser(UUID.randomUUID(), "leo", "Leo", Role.USER);
    final CurrentUser ada = new CurrentUser(UUID.randomUUID(), "ada", "Ada", Role.ADMIN);
    final StoriesInMemory rows = new StoriesInMemory();
    final TextInMemory text = new TextInMemory();
    final List<Object> published = new ArrayList<>();
    final Stories stories = new Stories(rows, text, mock(StoryCatalog.class), new KindWordsOnly(), published::add,
            mock(StoryEvents.class), Clock.fixed(NOW, ZoneOffset.UTC), mock(ImageDescriber.class),
            mock(MediaStorage.class), mock(Characters.class), mock(StoryCast.class), mock(DailyLimits.class),
            new NoTransactions());
    final StoryRevisions revisions = new StoryRevisions(rows, text, mock(StoryCatalog.class), stories, published::add,
            mock(StoryEvents.class), Clock.fixed(NOW, ZoneOffset.UTC), mock(DailyLimits.class), new NoTransactions());

    @Test
    void aStoryAskedForIsKeptAsAskedAndHandedToTheWriter() {
        stories.create(mia, request("  a turtle named Shelly who finds treasure  ", "Shelly's Treasure"));

        Story story = rows.only();
        assertThat(story.ownerId()).isEqualTo(mia.id());
        assertThat(story.prompt()).isEqualTo("a turtle named Shelly who finds treasure");
        assertThat(story.title()).isEqualTo("Shelly's Treasure");
        assertThat(story.status()).isEqualTo(StoryStatus.GENERATING);
        assertThat(story.revision()).isEqualTo(1);
        assertThat(story.createdAt()).isEqualTo(NOW);
        assertThat(text.reasons.get(story.id())).containsExactly(Revision.CREATED);
        assertThat(published).containsExactly(new StoryWritingRequested(story.id(), 1, story.taskId(), mia.id()));
    }

    @Test
    void anUnkindPromptOrTitleIsRefusedNamingTheFieldAndNothingIsWritten() {
        assertThatThrownBy(() -> stories.create(mia, request("a scary monster", null)))
                .isInstanceOfSatisfying(UnsafeRequest.class, refused -> {
                    assertThat(refused.field()).isEqualTo("prompt");
                    assertThat(refused.categories()).containsExactly(SafetyCategory.VIOLENCE);
                });
        assertThatThrownBy(() -> stories.create(mia, request("a picnic", "The Scary Picnic")))
                .isInstanceOfSatisfying(UnsafeRequest.class, refused -> assertThat(refused.field()).isEqualTo("title"));

        assertThat(rows.byId).isEmpty();
        assertThat(published).isEmpty();
    }

    @Test
    void editingTheTextKeepsTheOldRevisionAndWritesTheNewOneInSentences() {
        Story story = written(mia, "The Picnic", "Lina packed a basket. She walked to the hill.");

        stories.change(mia, story.id(), new StoryChanges(null, "Lina packed a big basket. She ran to the hill.\n\nThey ate.",
                null, null));

        assertThat(story.revision()).isEqualTo(2);
        assertThat(story.status()).isEqualTo(StoryStatus.READY);
        assertThat(text.reasons.get(story.id())).containsExactly(Revision.CREATED, Revision.EDITED);
        assertThat(text.segments(story.id(), 1)).extracting(StorySegment::text).as("the old text is kept")
                .containsExactly("Lina packed a basket.", "She walked to the hill.");
        assertThat(text.segments(story.id(), 2)).extracting(StorySegment::text)
                .containsExactly("Lina packed a big basket.", "She ran to the hill.", "They ate.");
        assertThat(text.partTitles(story.id(), 2)).as("the first part's title carries over").containsExactly(
                Map.entry(0, "The Picnic"));
        assertThat(published).contains(new StoryRevised(story.id(), 2, story.language()));
    }

    @Test
    void textSavedAsItWasMakesNoNewRevision() {
        Story story = written(mia, "The Picnic", "Lina packed a basket. She walked to the hill.");

        stories.change(mia, story.id(), new StoryChanges(null, "  Lina packed a basket.\n\nShe walked to the hill.\n",
                null, null));

        assertThat(story.revision()).isEqualTo(1);
        assertThat(published).noneMatch(StoryRevised.class::isInstance);
    }

    @Test
    void renamingOrPublishingAloneMakesNoNewRevision() {
        Story story = written(mia, "The Picnic", "Lina packed a basket.");

        stories.change(mia, story.id(), new StoryChanges("Lina's Picnic", null, null, true));

        assertThat(story.revision()).isEqualTo(1);
        assertThat(story.title()).isEqualTo("Lina's Picnic");
        assertThat(story.published()).isTrue();
        assertThat(text.reasons.get(story.id())).containsExactly(Revision.CREATED);
        assertThat(published).noneMatch(StoryRevised.class::isInstance);
    }

    @Test
    void onlyTheFamilysOwnWordsAreJudgedInAnEdit() {
        Story story = written(mia, "The Storm", "A scary storm came. Lina hid under the table.");

        stories.change(mia, story.id(), new StoryChanges(null, "A scary storm came. Lina hid under the table. Then the sun"
                + " came out.", null, null));
        assertThat(story.revision()).as("the writer's own sentence was judged when it was written").isEqualTo(2);

        assertThatThrownBy(() -> stories.change(mia, story.id(), new StoryChanges(null, "A scary storm came. A scary"
                + " ghost came too.", null, null)))
                .isInstanceOfSatisfying(UnsafeRequest.class, refused -> assertThat(refused.field()).isEqualTo("story_text"));
        assertThat(story.revision()).isEqualTo(2);
    }

    @Test
    void anotherFamilysStoryIsNotFoundButTheAdminSeesIt() {
        Story story = written(mia, "The Picnic", "Lina packed a basket.");

        assertThatThrownBy(() -> stories.change(leo, story.id(), new StoryChanges("Mine now", null, null, null)))
                .isInstanceOf(StoryNotFound.class);
        assertThat(stories.isVisibleTo(leo, story.id())).isFalse();
        assertThat(stories.isVisibleTo(ada, story.id())).isTrue();
        assertThat(story.title()).isEqualTo("The Picnic");
    }

    @Test
    void aHiddenStoryLeavesTheFamilysShelf() {
        Story story = written(mia, "The Picnic", "Lina packed a basket.");

        story.hide(true, NOW);

        assertThat(stories.isVisibleTo(mia, story.id())).isFalse();
        assertThat(stories.isVisibleTo(ada, story.id())).isTrue();
    }

    @Test
    void writingAgainIsANewRevisionThatRemembersWhatToChange() {
        Story story = written(mia, "The Picnic", "Lina packed a basket.");
        UUID firstTask = story.taskId();

        revisions.regenerate(mia, story.id(), "  more about the ducks ");

        assertThat(story.revision()).isEqualTo(2);
        assertThat(story.status()).isEqualTo(StoryStatus.GENERATING);
        assertThat(story.taskId()).isNotEqualTo(firstTask);
        assertThat(text.reasons.get(story.id())).containsExactly(Revision.CREATED, Revision.REGENERATED);
        assertThat(text.instructions.get(story.id())).containsExactly("more about the ducks");
        assertThat(text.bases.get(story.id())).as("written afresh, carrying on from no version").containsExactly(null, null);
        assertThat(published).contains(new StoryWritingRequested(story.id(), 2, story.taskId(), mia.id()));
        assertThatThrownBy(() -> revisions.regenerate(mia, story.id(), "make it scary")).isInstanceOf(UnsafeRequest.class);
    }

    /** A ready story of {@code owner}, one part long, as the writer would have left it. */
    private Story written(CurrentUser owner, String title, String prose) {
        stories.create(owner, request("a story", title));
        Story story = rows.byId.values().stream().reduce((first, second) -> second).orElseThrow();
        text.addPart(story.id(), 1, 0, title);
        StoryTextFormat.segments(0, 0, prose).forEach(segment -> text.addSegment(story.id(), 1, segment));
        story.markReady(1, NOW);
        published.clear();
        return story;
    }

    private static NewStory request(String prompt, @Nullable String title) {
        return new NewStory(prompt, title, null, null, null, null, null, null);
    }

    /** Objects to anything scary; all else is safe. */
    static final class KindWordsOnly implements SafetyFilter {

        @Override
        public SafetyVerdict check(String words) {
            return words.toLowerCase().contains("scary") ? new SafetyVerdict(Set.of(SafetyCategory.VIOLENCE))
                    : SafetyVerdict.SAFE;
        }
    }
}
