package com.novastoryteller.engine;

/** Draws the picture for one part of a story, and portraits of the family's characters. */
public interface Illustrator {

    Illustration draw(Scene scene);

    /** A character on their own, as they will look in every story they are in. */
    Illustration portrait(Scene.Figure figure, ImageStyle style);

    /** A picture: SVG from the embedded illustrator, PNG from the providers. */
    record Illustration(byte[] content, String mediaType) {
    }
}
