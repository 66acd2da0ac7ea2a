package com.novastoryteller.story;

import org.jspecify.annotations.Nullable;

import com.novastoryteller.media.CleanImage;

/** A child's own picture for a new story (already cleaned), with what they say it shows. */
public record Drawing(CleanImage image, @Nullable String caption) {
}
