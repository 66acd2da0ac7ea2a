package com.novastoryteller.generation;

import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import com.novastoryteller.engine.Illustrator;
import com.novastoryteller.engine.Illustrator.Illustration;
import com.novastoryteller.engine.Scene;
import com.novastoryteller.media.ContentNames;
import com.novastoryteller.media.MediaStorage;
import com.novastoryteller.story.StoryIllustrations;
import com.novastoryteller.story.StorySegment;
import com.novastoryteller.story.StoryWriting;

/**
 * Draws a part's picture from what the part says once it is finished, keeps it by its content (a picture that
 * does not change between revisions is kept once), and sets it on the part with what it shows in words.
 */
@Component
class PartPictures {

    private final Illustrator illustrator;
    private final MediaStorage media;
    private final StoryWriting writing;

    PartPictures(Illustrator illustrator, MediaStorage media, StoryWriting writing) {
        this.illustrator = illustrator;
        this.media = media;
        this.writing = writing;
    }

    /** Draws one finished part from its text, with the child's request and the cast and place of the story so far. */
    void draw(UUID storyId, int revision, int part) {
        List<StorySegment> segments = writing.segments(storyId, revision);
        String story = segments.stream().map(StorySegment::text).collect(Collectors.joining(" "));
        String text = segments.stream().filter(segment -> segment.part() == part).map(StorySegment::text)
                .collect(Collectors.joining(" "));
        if (text.isEmpty()) {
            return;
        }
        String request = writing.prompt(storyId);
        Scene scene = SceneReader.scene(text, part, story, request, writing.castFigures(storyId));
        Illustration picture = illustrator.draw(scene, storyId.getMostSignificantBits());
        String key = StoryIllustrations.key(storyId,
                StoryIllustrations.name(ContentNames.of(picture.content()), picture.mediaType()));
        if (!media.exists(key)) {
            media.put(key, picture.content());
        }
        writing.illustration(storyId, revision, part, key, PictureWords.of(scene));
    }
}
