package com.novastoryteller.book;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import com.novastoryteller.narration.Narration.SpokenSegment;
import com.novastoryteller.story.StorySegment;

/**
 * A story laid out as a book: a cover, then a page per part with its picture and its sentences; and, when the
 * whole story has been read aloud, each sentence's audio, by its number.
 */
public record Book(UUID id, String title, String language, Instant created, @Nullable BookPicture cover, List<Page> pages,
        Map<Integer, SpokenSegment> voice) {

    /** @param pictureDescription what the picture shows, in words (its alt text); null when there is no picture */
    record Page(int index, String title, List<StorySegment> segments, @Nullable BookPicture picture,
            @Nullable String pictureDescription) {

        /** The sentences in paragraphs, as the story page shows them. */
        List<List<StorySegment>> paragraphs() {
            List<List<StorySegment>> paragraphs = new ArrayList<>();
            StorySegment previous = null;
            for (StorySegment segment : segments) {
                if (!segment.continuesParagraphOf(previous)) {
                    paragraphs.add(new ArrayList<>());
                }
                paragraphs.get(paragraphs.size() - 1).add(segment);
                previous = segment;
            }
            return paragraphs;
        }
    }

    boolean isSpoken() {
        return !voice.isEmpty();
    }
}
