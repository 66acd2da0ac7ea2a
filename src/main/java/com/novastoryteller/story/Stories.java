package com.novastoryteller.story;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.io.Resource;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.http.MediaType;
import org.springframework.http.MediaTypeFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import com.novastoryteller.account.CurrentUser;
import com.novastoryteller.character.Characters;
import com.novastoryteller.character.ChosenCharacter;
import com.novastoryteller.engine.ImageDescriber;
import com.novastoryteller.engine.SafetyFilter;
import com.novastoryteller.engine.SafetyVerdict;
import com.novastoryteller.media.MediaStorage;

/**
 * The story module's face for families: ask for a story, read, list, edit, regenerate and delete it.
 * Everyone sees only their own stories (the admin sees all); anyone else's is simply not found.
 * <p>
 * The safety filter and the describer may be providers across the network: they are asked before the
 * transaction that stores the change begins, so no database connection waits on them.
 */
@Service
public class Stories {

    private final StoryRepository stories;
    private final StoryText text;
    private final StoryCatalog catalog;
    private final SafetyFilter safety;
    private final ApplicationEventPublisher publisher;
    private final StoryEvents events;
    private final Clock clock;
    private final ImageDescriber describer;
    private final MediaStorage media;
    private final Characters characters;
    private final StoryCast cast;
    private final DailyLimits dailyLimits;
    private final TransactionTemplate transactions;
    private final EditedText edits;
    private final SecureRandom seeds = new SecureRandom();

    Stories(StoryRepository stories, StoryText text, StoryCatalog catalog, SafetyFilter safety,
            ApplicationEventPublisher publisher, StoryEvents events, Clock clock, ImageDescriber describer,
            MediaStorage media, Characters characters, StoryCast cast, DailyLimits dailyLimits,
            PlatformTransactionManager transactionManager) {
        this.transactions = new TransactionTemplate(transactionManager);
        this.edits = new EditedText(text, publisher);
        this.dailyLimits = dailyLimits;
        this.characters = characters;
        this.cast = cast;
        this.describer = describer;
        this.media = media;
        this.stories = stories;
        this.text = text;
        this.catalog = catalog;
        this.safety = safety;
        this.publisher = publisher;
        this.events = events;
        this.clock = clock;
    }

    /** Stores the request and has it written; the story reads {@code generating} from now on. */
    public StoryView create(CurrentUser user, NewStory request) {
        return create(user, request, null);
    }

    /**
     * As {@link #create(CurrentUser, NewStory)}, with the child's drawing: it is described (what it shows is
     * woven into the story) and kept with the story; if the story is not stored after all, neither is the file.
     */
    public StoryView create(CurrentUser user, NewStory request, @Nullable Drawing drawing) {
        dailyLimits.checkNewStory(user.id());
        requireSafe("prompt", request.prompt());
        requireSafe("title", request.title());
        requireSafe("image_caption", drawing == null ? null : drawing.caption());
        List<ChosenCharacter> chosen = characters.chosen(user.id(),
                request.characterIds() == null ? List.of() : request.characterIds());
        UUID id = UUID.randomUUID();
        String imageKey = drawing == null ? null : "pictures/" + id + "/drawing." + drawing.image().extension();
        String description = drawing == null ? null : describer.describe(drawing.image().bytes(), drawing.caption());
        if (drawing != null) {
            media.put(imageKey, drawing.image().bytes());
        }
        try {
            return transactions.execute(status -> {
                dailyLimits.startWriting(user.id());
                Instant now = clock.instant();
                Story story = stories.save(Story.request(id, user.id(), request, seeds.nextLong(), UUID.randomUUID(),
                        imageKey, description, now));
                text.addRevision(story.id(), story.revision(), Revision.CREATED, null, now);
                cast.keep(story.id(), chosen);
                publisher.publishEvent(new StoryWritingRequested(story.id(), story.revision(), story.taskId(), user.id()));
                return catalog.view(story);
            });
        }
        catch (RuntimeException notStored) {
            if (imageKey != null) {
                media.delete(imageKey);
            }
            throw notStored;
        }
    }

    @Transactional(readOnly = true)
    public StoryView find(CurrentUser user, UUID id) {
        return catalog.view(owned(user, id));
    }

    /** The user's stories through the API: their own, or everyone's for the admin. */
    @Transactional(readOnly = true)
    public Page<StoryView> list(CurrentUser user, StoryFilter filter, Pageable pageable) {
        return page(user.isAdmin() ? null : user.id(), filter, pageable);
    }

    /**
     * The user's own bookshelf ("My stories"): only the stories this account made, for the admin too, who sees
     * everyone's on the admin's own pages.
     */
    @Transactional(readOnly = true)
    public Page<StoryView> shelf(CurrentUser user, StoryFilter filter, Pageable pageable) {
        return page(user.id(), filter, pageable);
    }

    private Page<StoryView> page(@Nullable UUID ownerId, StoryFilter filter, Pageable pageable) {
        return catalog.page(ownerId, filter, Visibility.ON_SHELF, pageable);
    }

    /** Renames, publishes, or replaces the text as a new revision. */
    public StoryView change(CurrentUser user, UUID id, StoryChanges changes) {
        requireSafe("title", changes.title());
        if (changes.storyText() != null || changes.parts() != null) {
            List<String> said = transactions.execute(status -> edits.said(owned(user, id)));
            requireSafe("story_text", EditedText.unsaid(changes.storyText(), said));
            if (changes.parts() != null) {
                changes.parts().forEach(part -> requireSafe("story_text", part.title() + " " + EditedText.unsaid(part.text(), said)));
            }
        }
        return transactions.execute(status -> {
            Story story = owned(user, id);
            Instant now = clock.instant();
            if (changes.title() != null) {
                story.rename(changes.title(), now);
            }
            if (changes.isPublished() != null) {
                story.publish(changes.isPublished(), now);
            }
            List<StoryChanges.PartText> newParts = edits.newParts(story, changes);
            if (!newParts.isEmpty()) {
                edits.rewrite(story, newParts, now);
            }
            story.touch(now);
            return catalog.view(stories.save(story));
        });
    }

    /** Deletes the story and, once that is committed, its pictures and its narration. */
    @Transactional
    public void delete(CurrentUser user, UUID id) {
        remove(owned(user, id));
    }

    void remove(Story story) {
        List<String> files = new ArrayList<>(text.allIllustrationKeys(story.id()));
        if (story.imageKey() != null) {
            files.add(story.imageKey());
        }
        publisher.publishEvent(new StoryDeleting(story.id()));
        stories.delete(story);
        media.deleteAfterCommit(files);
    }

    /** A part's picture of a story they can see. */
    @Transactional(readOnly = true)
    public Optional<Resource> illustration(CurrentUser user, UUID id, String name) {
        return StoryIllustrations.find(media, owned(user, id).id(), name);
    }

    /** The child's drawing of a story they can see, with its media type. */
    @Transactional(readOnly = true)
    public Optional<StoryPicture> picture(CurrentUser user, UUID id) {
        Story story = owned(user, id);
        String key = story.imageKey();
        return key == null ? Optional.empty()
                : media.get(key).map(file -> new StoryPicture(file, MediaTypeFactory.getMediaType(key)
                        .orElse(MediaType.APPLICATION_OCTET_STREAM).toString()));
    }

    @Transactional(readOnly = true)
    public boolean isVisibleTo(CurrentUser user, UUID storyId) {
        return visible(user, storyId).isPresent();
    }

    /** Throws {@link StoryNotFound} unless the user may see the story. */
    @Transactional(readOnly = true)
    public void requireVisible(CurrentUser user, UUID storyId) {
        owned(user, storyId);
    }

    /** A story anyone with its link may read: on its family's shelf, neither hidden by the admin nor deleted. */
    @Transactional(readOnly = true)
    public Optional<StoryView> onShelf(UUID storyId) {
        return stories.findById(storyId).filter(Story::isOnShelf).map(catalog::view);
    }

    /** The story if the user may see it (their own, or any for the admin); anyone else's is simply not found. */
    Story owned(CurrentUser user, UUID id) {
        return visible(user, id).orElseThrow(() -> new StoryNotFound(id));
    }

    /** A family sees its own stories while they are on its shelf; the admin sees every story, hidden or deleted. */
    private Optional<Story> visible(CurrentUser user, UUID id) {
        return stories.findById(id).filter(story -> user.isAdmin() || story.isOwnedBy(user.id()) && story.isOnShelf());
    }

    /** Throws {@link UnsafeRequest} naming the field when the safety filter refuses what the family wrote there. */
    public void requireSafe(String field, @Nullable String value) {
        if (value == null || value.isBlank()) {
            return;
        }
        SafetyVerdict verdict = safety.check(value);
        if (!verdict.isSafe()) {
            throw new UnsafeRequest(field, verdict.categories());
        }
    }
}
