package com.novastoryteller.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/** A story's folder in the download is named after its title, as a name every system unpacks as it is. */
class AccountArchiveTests {

    @Test
    void aTitleBecomesAFolderNameWithoutWhatAnySystemRefuses() {
        assertThat(AccountArchive.safeName("Pebble and the Kite")).isEqualTo("Pebble and the Kite");
        assertThat(AccountArchive.safeName("Rufus: the \"Fox\" / Hero?")).isEqualTo("Rufus the Fox Hero");
        assertThat(AccountArchive.safeName("a<b>c|d*e\\f\u0000g\u202eh\ti")).isEqualTo("a b c d e f g h i");
        assertThat(AccountArchive.safeName("  ...The End...  ")).isEqualTo("The End");
        assertThat(AccountArchive.safeName("CON")).isEqualTo("CON (story)");
        assertThat(AccountArchive.safeName("lpt1")).isEqualTo("lpt1 (story)");
        assertThat(AccountArchive.safeName("Consuela's Cake")).isEqualTo("Consuela's Cake");
        assertThat(AccountArchive.safeName("")).isEqualTo("Untitled story");
        assertThat(AccountArchive.safeName("???")).isEqualTo("Untitled story");
        assertThat(AccountArchive.safeName("Der Drache 🐉 und die Brücke")).isEqualTo("Der Drache 🐉 und die Brücke");
        String long_ = AccountArchive.safeName("The very long story of a little penguin who wanted to fly a kite at the "
                + "seaside on a windy day");
        assertThat(long_).hasSizeLessThanOrEqualTo(60).isEqualTo("The very long story of a little penguin who wanted to fly a");
    }

    @Test
    void storiesWithTheSameTitleInAnyCaseGetNumberedFoldersTheOldestFirst() {
        List<UUID> ids = List.of(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());
        LinkedHashMap<UUID, String> titles = new LinkedHashMap<>();
        titles.put(ids.get(0), "The Lost Kite");
        titles.put(ids.get(1), "the lost kite");
        titles.put(ids.get(2), "The Lost Kite?");
        titles.put(ids.get(3), "");

        assertThat(AccountArchive.storyFolders(titles)).containsExactly(
                java.util.Map.entry(ids.get(0), "stories/The Lost Kite/"),
                java.util.Map.entry(ids.get(1), "stories/the lost kite (2)/"),
                java.util.Map.entry(ids.get(2), "stories/The Lost Kite (3)/"),
                java.util.Map.entry(ids.get(3), "stories/Untitled story/"));
    }
}
