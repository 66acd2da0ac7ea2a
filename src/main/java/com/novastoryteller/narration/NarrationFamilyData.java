package com.novastoryteller.narration;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;

import com.novastoryteller.account.AccountArchive;
import com.novastoryteller.account.FamilyData;
import com.novastoryteller.story.StoryWriting;

/**
 * Each story as it was read aloud, {@code stories/<title>/narration.mp3} in the download. Its clips are joined
 * as they are written, without storing the joined file, so a download changes nothing. The narration is
 * erased with its story ({@link NarrationCleanup}).
 */
@Component
@Order(10)
class NarrationFamilyData implements FamilyData {

    private final Narration narration;
    private final StoryWriting writing;

    NarrationFamilyData(Narration narration, StoryWriting writing) {
        this.narration = narration;
        this.writing = writing;
    }

    @Override
    public List<Count> count(UUID accountId) {
        return List.of();
    }

    @Override
    public void export(UUID accountId, AccountArchive archive) throws IOException {
        Map<UUID, String> folders = writing.archiveFolders(accountId);
        for (Map.Entry<UUID, Integer> story : writing.currentRevisions(accountId).entrySet()) {
            var spoken = narration.spoken(story.getKey(), story.getValue());
            if (spoken.isPresent() && !spoken.get().isEmpty()) {
                List<Resource> clips = spoken.get().stream().map(Narration.SpokenSegment::audio).toList();
                archive.files(folders.get(story.getKey()) + "narration.mp3", clips);
            }
        }
    }

    @Override
    public void erase(UUID accountId) {
        // Each story's narration goes with the story itself.
    }
}
