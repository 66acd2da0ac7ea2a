package com.novastoryteller.story;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import com.novastoryteller.account.CurrentUser;
import com.novastoryteller.web.InvalidRequest;

/**
 * A child changing a story while it is told: interrupting it, asking for the next part, choosing a
 * branch, and going back to an earlier version. Each makes a new revision that starts with what was
 * already heard; the rest is written (and read aloud) like a new story, so nothing heard is lost.
 * The child's words are checked by the safety filter before the transaction that stores the change begins.
 */
@Service
public class StoryInteractions {

    private final StoryRepository stories;
    private final StoryText text;
    private final StoryCatalog catalog;
    private final Stories family;
    private final ApplicationEventPublisher publisher;
    private final StoryEvents events;
    private final Clock clock;
    private final DailyLimits dailyLimits;
    private final TransactionTemplate transactions;

    StoryInteractions(StoryRepository stories, StoryText text, StoryCatalog catalog, Stories family,
            ApplicationEventPublisher publisher, StoryEvents events, Clock clock, DailyLimits dailyLimits,
            PlatformTransactionManager transactionManager) {
        this.transactions = new TransactionTemplate(transactionManager);
        this.dailyLimits = dailyLimits;
        this.stories = stories;
        this.text = text;
        this.catalog = catalog;
        this.family = family;
        this.publisher = publisher;
        this.events = events;
        this.clock = clock;
    }

    /** Keeps every segment up to and including {@code afterSegment} as heard, and writes the rest so the instruction happens. */
    public StoryView interrupt(CurrentUser user, UUID id, int afterSegment, String instruction) {
        family.requireSafe("instruction", instruction);
        return transactions.execute(status -> {
            Story story = family.owned(user, id);
            int written = text.segmentCount(id, story.revision());
            if (afterSegment < 0 || afterSegment >= written) {
                throw new InvalidRequest("after_segment", written == 0 ? "The story has no sentences yet."
                        : "Pick a sentence from 0 to " + (written - 1) + ".");
            }
            return carryOn(story, Revision.INTERRUPTED, instruction.strip(), afterSegment + 1);
        });
    }

    /** A next part that follows from the ending, with the child's wish for it if there is one. */
    public StoryView continueStory(CurrentUser user, UUID id, @Nullable String instruction) {
        String wish = instruction == null || instruction.isBlank() ? null : instruction.strip();
        family.requireSafe("instruction", wish);
        return transactions.execute(status -> {
            Story story = family.owned(user, id);
            requireFinished(story);
            if (!text.choices(id, story.revision()).isEmpty()) {
                throw new InteractionRefused("choose-first", "The story is waiting for a choice. Pick one to go on.");
            }
            return carryOn(story, Revision.CONTINUED, wish, text.segmentCount(id, story.revision()));
        });
    }

    /** Goes on down the branch the child picked: {@code choice} is the option's number (from 0) or its words. */
    @Transactional
    public StoryView choose(CurrentUser user, UUID id, String choice) {
        Story story = family.owned(user, id);
        requireFinished(story);
        List<String> options = text.choices(id, story.revision());
        if (options.isEmpty()) {
            throw new InteractionRefused("no-choices", "This story has no choices to make right now.");
        }
        String chosen = option(options, choice);
        return carryOn(story, Revision.CHOSE, chosen, text.segmentCount(id, story.revision()));
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

    private StoryView carryOn(Story story, String reason, @Nullable String instruction, int kept) {
        dailyLimits.startWriting(story.ownerId());
        Instant now = clock.instant();
        int base = story.revision();
        int revision = story.startRevision(UUID.randomUUID(), now);
        stories.save(story);
        text.addRevision(story.id(), revision, reason, instruction, base, kept, now);
        if (kept > 0) {
            text.copyText(story.id(), base, revision, kept - 1);
        }
        publisher.publishEvent(new StoryWritingRequested(story.id(), revision, story.taskId(), story.ownerId()));
        events.publishAfterCommit(story.id(), "status", new StoryEvents.StatusEvent("generating", revision));
        return catalog.view(story);
    }

    private static void requireFinished(Story story) {
        if (story.status() == StoryStatus.GENERATING) {
            throw new InteractionRefused("still-writing", "The story is still being written. Wait for the end, or change it as it goes.");
        }
    }

    private static String option(List<String> options, String choice) {
        String said = choice.strip();
        if (said.matches("\\d{1,2}")) {
            int index = Integer.parseInt(said);
            if (index < options.size()) {
                return options.get(index);
            }
        }
        String wanted = said.toLowerCase(Locale.ROOT);
        return options.stream().filter(option -> option.toLowerCase(Locale.ROOT).equals(wanted)).findFirst()
                .orElseThrow(() -> new InvalidRequest("choice", "Pick one of: " + String.join(", ", options) + "."));
    }

}
