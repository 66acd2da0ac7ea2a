package com.novastoryteller.story;

import java.time.Clock;
import java.util.Map;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.novastoryteller.account.CurrentUser;

/**
 * The story module's face for the admin: every story, hidden and deleted ones included; a story hidden from its
 * family and its share link or brought back; a story deleted for the family and kept for audit.
 */
@Service
public class StoryModeration {

    private final StoryRepository stories;
    private final StoryCatalog catalog;
    private final Clock clock;

    StoryModeration(StoryRepository stories, StoryCatalog catalog, Clock clock) {
        this.stories = stories;
        this.catalog = catalog;
        this.clock = clock;
    }

    /** One page of the stories the moderation takes in, newest first. */
    @Transactional(readOnly = true)
    public Page<StoryView> list(Moderation moderation, Pageable pageable) {
        return catalog.page(moderation.family(), moderation.filter(), moderation.visibility(), pageable);
    }

    /** Any story, hidden or deleted. */
    @Transactional(readOnly = true)
    public StoryView find(CurrentUser admin, UUID id) {
        return catalog.view(any(admin, id));
    }

    /** Hides a story from its family and its share link, or brings it back. */
    @Transactional
    public StoryView hide(CurrentUser admin, UUID id, boolean hidden) {
        Story story = any(admin, id);
        story.hide(hidden, clock.instant());
        return catalog.view(stories.save(story));
    }

    /** Takes a story away for good from its family and its share link; the admin keeps it for audit. */
    @Transactional
    public void delete(CurrentUser admin, UUID id) {
        Story story = any(admin, id);
        story.softDelete(clock.instant());
        stories.save(story);
    }

    /** Every story on the installation, by status: for the admin's figures. */
    @Transactional(readOnly = true)
    public Map<StoryStatus, Long> countByStatus() {
        return catalog.countByStatus();
    }

    private Story any(CurrentUser admin, UUID id) {
        if (!admin.isAdmin()) {
            throw new AccessDeniedException("Only the admin moderates stories");
        }
        return stories.findById(id).orElseThrow(() -> new StoryNotFound(id));
    }
}
