package com.novastoryteller.interaction;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

import com.novastoryteller.account.CurrentUser;
import com.novastoryteller.story.InteractionRefused;
import com.novastoryteller.story.Revision;
import com.novastoryteller.story.Stories;
import com.novastoryteller.story.StoryRevisions.CarryOn;
import com.novastoryteller.story.StoryRevisions.Told;
import com.novastoryteller.story.StoryRevisions;
import com.novastoryteller.story.StoryView;
import com.novastoryteller.web.InvalidRequest;

/**
 * When a child may change a story while it is told: interrupting it after a sentence, asking for the next
 * part, or choosing a branch. The child's words are checked by the safety filter before anything is stored.
 */
@Service
public class StoryInteractions {

    private final Stories stories;
    private final StoryRevisions revisions;

    StoryInteractions(Stories stories, StoryRevisions revisions) {
        this.stories = stories;
        this.revisions = revisions;
    }

    /** Keeps every sentence up to and including {@code afterSegment} as heard, and writes the rest so the instruction happens. */
    public StoryView interrupt(CurrentUser user, UUID id, int afterSegment, String instruction) {
        stories.requireSafe("instruction", instruction);
        return revisions.carryOn(user, id, told -> {
            if (afterSegment < 0 || afterSegment >= told.sentences()) {
                throw new InvalidRequest("after_segment", told.sentences() == 0 ? "The story has no sentences yet."
                        : "Pick a sentence from 0 to " + (told.sentences() - 1) + ".");
            }
            return new CarryOn(Revision.INTERRUPTED, afterSegment + 1, instruction.strip());
        });
    }

    /** A next part that follows from the ending, with the child's wish for it if there is one. */
    public StoryView continueStory(CurrentUser user, UUID id, @Nullable String instruction) {
        String wish = instruction == null || instruction.isBlank() ? null : instruction.strip();
        stories.requireSafe("instruction", wish);
        return revisions.carryOn(user, id, told -> {
            requireFinished(told);
            if (!told.choices().isEmpty()) {
                throw new InteractionRefused("choose-first", "The story is waiting for a choice. Pick one to go on.");
            }
            return new CarryOn(Revision.CONTINUED, told.sentences(), wish);
        });
    }

    /** Goes on down the branch the child picked: {@code choice} is the option's number (from 0) or its words. */
    public StoryView choose(CurrentUser user, UUID id, String choice) {
        return revisions.carryOn(user, id, told -> {
            requireFinished(told);
            if (told.choices().isEmpty()) {
                throw new InteractionRefused("no-choices", "This story has no choices to make right now.");
            }
            return new CarryOn(Revision.CHOSE, told.sentences(), option(told.choices(), choice));
        });
    }

    private static void requireFinished(Told told) {
        if (told.stillWriting()) {
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
