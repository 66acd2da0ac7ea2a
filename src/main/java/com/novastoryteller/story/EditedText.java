package com.novastoryteller.story;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;

/**
 * A family's own text for a story: which of its words are theirs (the rest the writer wrote and was judged
 * as it was written), and the new revision it makes unless it is the text as it was.
 */
final class EditedText {

    private final StoryText text;
    private final ApplicationEventPublisher publisher;

    EditedText(StoryText text, ApplicationEventPublisher publisher) {
        this.text = text;
        this.publisher = publisher;
    }

    /** The parts a change gives the story: its own, or its text as one part; none when the text is unchanged. */
    List<StoryChanges.PartText> newParts(Story story, StoryChanges changes) {
        if (changes.parts() != null) {
            return changes.parts();
        }
        if (changes.storyText() != null && !sameText(story, changes.storyText())) {
            String firstTitle = text.partTitles(story.id(), story.revision()).values().stream().findFirst()
                    .orElse(story.title());
            return List.of(new StoryChanges.PartText(firstTitle.isBlank() ? "The story" : firstTitle, changes.storyText()));
        }
        return List.of();
    }

    /** Text saved as it was (but for blanks and line breaks) makes no new revision: the family only pressed Save. */
    private boolean sameText(Story story, String storyText) {
        String current = text.segments(story.id(), story.revision()).stream().map(StorySegment::text)
                .collect(Collectors.joining(" "));
        return words(current).equals(words(storyText));
    }

    private static String words(String text) {
        return text.strip().replaceAll("\\s+", " ");
    }

    /** The family's text as a new revision of the story, sentence by sentence. */
    void rewrite(Story story, List<StoryChanges.PartText> parts, Instant now) {
        int revision = story.startEditedRevision(now);
        text.addRevision(story.id(), revision, Revision.EDITED, null, now);
        int seq = 0;
        for (int index = 0; index < parts.size(); index++) {
            text.addPart(story.id(), revision, index, parts.get(index).title().strip());
            for (StorySegment segment : StoryTextFormat.segments(index, seq, parts.get(index).text())) {
                text.addSegment(story.id(), revision, segment);
                seq++;
            }
        }
        publisher.publishEvent(new StoryRevised(story.id(), revision, story.language()));
    }

    /** The lines the story says now, longest first: what the writer wrote was judged as it was written. */
    List<String> said(Story story) {
        return text.segments(story.id(), story.revision()).stream().map(StorySegment::text).distinct()
                .sorted(Comparator.comparingInt(String::length).reversed()).toList();
    }

    /** What a changed text says that the story does not already: the family's own words, judged as theirs. */
    static @Nullable String unsaid(@Nullable String changed, List<String> said) {
        if (changed == null) {
            return null;
        }
        String left = changed;
        for (String line : said) {
            left = left.replace(line, " ");
        }
        return left;
    }
}
