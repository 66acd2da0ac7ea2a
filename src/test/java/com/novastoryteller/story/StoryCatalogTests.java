package com.novastoryteller.story;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.novastoryteller.account.Accounts;

/**
 * How the catalog turns stories into what the shelf and the API show. Which stories a page holds, and the search
 * by title and text, is one SQL query ({@link StoryCatalog#page}) and is left to StoryApiTests and
 * AdminStoriesApiTests on the real database; what is checked here is every view made from the ids found.
 */
class StoryCatalogTests {

    static final Instant NOW = Instant.parse("2026-03-01T18:00:00Z");

    final UUID mia = UUID.randomUUID();
    final UUID leo = UUID.randomUUID();
    final StoriesInMemory rows = new StoriesInMemory();
    final TextInMemory text = new TextInMemory();
    final Accounts accounts = mock(Accounts.class);
    final StoryCatalog catalog = new StoryCatalog(null, rows, text, accounts, mock(StoryCast.class));

    {
        when(accounts.usernames(any())).thenReturn(Map.of(mia, "MiaFamily", leo, "LeoFamily"));
    }

    @Test
    void aPageShowsItsStoriesInTheOrderFoundWithTheirOwnersAndLeavesOutOnesGoneMeanwhile() {
        Story older = story(mia, "The Picnic", "Lina packed a basket.");
        Story newer = story(leo, "The Storm", "The wind blew.");

        List<StoryView> views = catalog.views(List.of(newer.id(), UUID.randomUUID(), older.id()));

        assertThat(views).extracting(StoryView::title).containsExactly("The Storm", "The Picnic");
        assertThat(views).extracting(StoryView::userName).containsExactly("LeoFamily", "MiaFamily");
    }

    @Test
    void aStoryShowsItsTextPartByPartAndWholeWithABlankLineBetweenParts() {
        Story story = story(mia, "The Picnic", "Lina packed a basket. She walked to the hill.");
        text.addPart(story.id(), 1, 1, "At the Hill");
        StoryTextFormat.segments(1, 2, "They ate. Then they slept.").forEach(segment -> text.addSegment(story.id(), 1,
                segment));

        StoryView view = catalog.view(story);

        assertThat(view.parts()).extracting(StoryPart::title).containsExactly("The Picnic", "At the Hill");
        assertThat(view.parts()).extracting(StoryPart::text).containsExactly(
                "Lina packed a basket. She walked to the hill.", "They ate. Then they slept.");
        assertThat(view.storyText()).isEqualTo(
                "Lina packed a basket. She walked to the hill.\n\nThey ate. Then they slept.");
        assertThat(view.userName()).isEqualTo("MiaFamily");
        assertThat(view.image()).as("no drawing").isNull();
        assertThat(view.revision()).isEqualTo(1);
        assertThat(view.status()).isEqualTo(StoryStatus.READY);
    }

    @Test
    void aStoryWhoseAccountIsGoneShowsNoOwnerName() {
        Story story = story(UUID.randomUUID(), "Nobody's", "Once upon a time.");

        assertThat(catalog.view(story).userName()).isEmpty();
    }

    private Story story(UUID owner, String title, String prose) {
        Story story = rows.save(Story.request(UUID.randomUUID(), owner,
                new NewStory("a story", title, null, null, null, null, null, null), 7, UUID.randomUUID(), null, null, NOW));
        text.addPart(story.id(), 1, 0, title);
        StoryTextFormat.segments(0, 0, prose).forEach(segment -> text.addSegment(story.id(), 1, segment));
        story.markReady(1, NOW);
        return story;
    }
}
