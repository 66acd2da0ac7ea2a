package com.novastoryteller.engine;

/** Draws the picture for one part of a story. */
public interface Illustrator {

    Illustration draw(Scene scene);

    /** A picture: SVG from the embedded illustrator, PNG from the providers. */
    record Illustration(byte[] content, String mediaType) {
    }
}
