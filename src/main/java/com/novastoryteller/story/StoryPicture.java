package com.novastoryteller.story;

import org.springframework.core.io.Resource;

/** A picture kept with a story, and its media type. */
public record StoryPicture(Resource file, String mediaType) {
}
