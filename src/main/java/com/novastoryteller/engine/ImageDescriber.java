package com.novastoryteller.engine;

import org.jspecify.annotations.Nullable;

/** Says what a child's picture shows, as a phrase a story can use ("It showed …"). */
public interface ImageDescriber {

    /**
     * @param image     the picture as it is kept (JPEG or PNG)
     * @param caption   what the child says it shows, if they said; it leads the description
     * @return a short phrase without a full stop, e.g. "a dragon on a hill, in bright blue and green"
     */
    String describe(byte[] image, @Nullable String caption);
}
