package com.novastoryteller.story;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import com.novastoryteller.account.AccountArchive;
import com.novastoryteller.account.FamilyData;
import com.novastoryteller.media.MediaStorage;

/**
 * A family's stories in its download ({@code stories/<title>/}: the story as the API shows it, with its id, its
 * text, the drawing and the pictures), and erased with the account: every story, hidden and deleted ones too.
 */
@Component
@Order(20)
class StoryFamilyData implements FamilyData {

    private final StoryRepository stories;
    private final StoryCatalog catalog;
    private final StoryText text;
    private final MediaStorage media;
    private final Stories removal;
    private final StoryWriting writing;

    StoryFamilyData(StoryRepository stories, StoryCatalog catalog, StoryText text, MediaStorage media, Stories removal,
            StoryWriting writing) {
        this.writing = writing;
        this.stories = stories;
        this.catalog = catalog;
        this.text = text;
        this.media = media;
        this.removal = removal;
    }

    @Override
    public List<Count> count(UUID accountId) {
        List<Story> all = stories.findByOwnerIdOrderByCreatedAt(accountId);
        long pictures = all.stream().mapToLong(story -> (story.imageKey() == null ? 0 : 1)
                + text.allIllustrationKeys(story.id()).size()).sum();
        return List.of(new Count("stories", all.size()), new Count("pictures", pictures));
    }

    @Override
    public void export(UUID accountId, AccountArchive archive) throws IOException {
        Map<UUID, String> folders = writing.archiveFolders(accountId);
        for (Story story : stories.findByOwnerIdOrderByCreatedAt(accountId)) {
            String folder = folders.get(story.id());
            StoryView view = catalog.view(story);
            archive.json(folder + "story.json", view);
            archive.text(folder + "story.txt", view.title() + "\n\n" + view.storyText() + "\n");
            String drawing = story.imageKey();
            if (drawing != null) {
                var file = media.get(drawing);
                if (file.isPresent()) {
                    archive.file(folder + "drawing" + drawing.substring(drawing.lastIndexOf('.')), file.get());
                }
            }
            for (String key : text.allIllustrationKeys(story.id())) {
                var file = media.get(key);
                if (file.isPresent()) {
                    archive.file(folder + "pictures/" + key.substring(key.lastIndexOf('/') + 1), file.get());
                }
            }
        }
    }

    @Override
    public void erase(UUID accountId) {
        stories.findByOwnerIdOrderByCreatedAt(accountId).forEach(removal::remove);
    }
}
