package com.novastoryteller.story;

import org.jspecify.annotations.Nullable;

import com.novastoryteller.media.CleanImage;
import com.novastoryteller.web.InvalidRequest;

/** A child's own picture for a new story (already cleaned), with what they say it shows. */
public record Drawing(CleanImage image, @Nullable String caption) {

    /** What the child says the picture shows, as kept: trimmed, null when nothing was said. */
    public static @Nullable String caption(@Nullable String said) {
        if (said != null && said.length() > NewStory.MAX_CAPTION) {
            throw new InvalidRequest("image_caption",
                    "Say what the picture shows in at most " + NewStory.MAX_CAPTION + " characters.");
        }
        return said == null || said.isBlank() ? null : said.strip();
    }
}
