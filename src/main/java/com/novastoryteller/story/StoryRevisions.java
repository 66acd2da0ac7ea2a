package com.novastoryteller.story;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import com.novastoryteller.account.CurrentUser;

/**
 * A story's versions. A change that carries the story on starts a new revision with what was already heard
 * and writes the rest (read aloud like a new story), so nothing heard is lost; an earlier version can be
 * brought back without speaking anything again.
 */
@Service
public class StoryRevisions {

    private final StoryRepository stories;
    private final StoryText text;
    private final StoryCatalog catalog;
    private final Stories family;
    private final ApplicationEventPublisher publisher;
    private final StoryEvents events;
    private final Clock clock;
    private final DailyLimits dailyLimits;
    private final TransactionTemplate transactions;

    StoryRevisions(StoryRepository stories, StoryText text, StoryCatalog catalog, Stories family,
            ApplicationEventPublisher publisher, StoryEvents events, Clock clock, DailyLimits dailyLimits,
            PlatformTransactionManager transactionManager) {
        this.stories = stories;
        this.text = text;
        this.catalog = catalog;
        this.family = family;
        this.publisher = publisher;
        this.events = events;
        this.clock = clock;
        this.dailyLimits = dailyLimits;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /**
     * Starts a new revision of the family's story as {@code decide} says, from how the current one stands;
     * {@code decide} may refuse by throwing, and then nothing changes.
     */
    public StoryView carryOn(CurrentUser user, UUID id, Function<Told, CarryOn> decide) {
        return transactions.execute(status -> {
            Story story = family.owned(user, id);
            Told told = new Told(story.status(), text.segmentCount(id, story.revision()),
                    text.choices(id, story.revision()));
            CarryOn change = decide.apply(told);
            return carryOn(story, change);
        });
    }

    /** Writes the story again from the request as a new revision, honouring the modifications; the old text is kept. */
    public StoryView regenerate(CurrentUser user, UUID id, String modifications) {
        family.requireSafe("modifications", modifications);
        return carryOn(user, id, told -> CarryOn.afresh(modifications.strip()));
    }

    @Transactional(readOnly = true)
    public List<Revision> revisions(CurrentUser user, UUID id) {
        Story story = family.owned(user, id);
        return text.revisions(id).stream()
                .map(row -> new Revision(row.revision(), row.reason(), row.instruction(), row.baseRevision(),
                        row.revision() == story.revision(), row.createdAt()))
                .toList();
    }

    /**
     * Brings back an earlier version as the newest revision: its text, its choices and (since every clip is
     * kept by its words and voice) its narration, without speaking anything again.
     */
    @Transactional
    public StoryView restore(CurrentUser user, UUID id, int revision) {
        Story story = family.owned(user, id);
        int old = text.revision(id, revision).map(StoryText.RevisionRow::revision)
                .orElseThrow(() -> new StoryNotFound("This story has no version " + revision + "."));
        if (old == story.revision()) {
            return catalog.view(story);
        }
        int written = text.segmentCount(id, old);
        if (written == 0) {
            throw new InteractionRefused("empty-version", "That version has no text to bring back.");
        }
        Instant now = clock.instant();
        int restored = story.startEditedRevision(now);
        stories.save(story);
        text.addRevision(id, restored, Revision.RESTORED, null, old, written, now);
        text.copyText(id, old, restored, written - 1);
        text.copyChoices(id, old, restored);
        publisher.publishEvent(new StoryRevised(id, restored, story.language()));
        events.publishAfterCommit(id, "done", new StoryEvents.DoneEvent("ready", restored, story.title()));
        return catalog.view(story);
    }

    private StoryView carryOn(Story story, CarryOn change) {
        dailyLimits.startWriting(story.ownerId());
        Instant now = clock.instant();
        int base = story.revision();
        int revision = story.startRevision(UUID.randomUUID(), now);
        stories.save(story);
        text.addRevision(story.id(), revision, change.reason(), change.instruction(), change.isAfresh() ? null : base,
                change.isAfresh() ? null : change.kept(), now);
        if (change.kept() > 0) {
            text.copyText(story.id(), base, revision, change.kept() - 1);
        }
        publisher.publishEvent(new StoryWritingRequested(story.id(), revision, story.taskId(), story.ownerId()));
        events.publishAfterCommit(story.id(), "status", new StoryEvents.StatusEvent("generating", revision));
        return catalog.view(story);
    }

    /** How the story's current version stands: still being written or not, its sentences, the choices it offers. */
    public record Told(StoryStatus status, int sentences, List<String> choices) {

        public boolean stillWriting() {
            return status == StoryStatus.GENERATING;
        }
    }

    /** A new revision: why ({@link Revision}'s reasons), how many sentences it keeps, and what the child said. */
    public record CarryOn(String reason, int kept, @Nullable String instruction) {

        /** Written again from the request: it keeps nothing and carries on from no version (a fresh seed, too). */
        static CarryOn afresh(String modifications) {
            return new CarryOn(Revision.REGENERATED, 0, modifications);
        }

        boolean isAfresh() {
            return reason.equals(Revision.REGENERATED);
        }
    }
}
