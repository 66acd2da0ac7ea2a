package com.novastoryteller.engine;

/** Draws the picture for one part of a story, and portraits of the family's characters. */
public interface Illustrator {

    Illustration draw(Scene scene);

    /**
     * A part of one story: every part of a story is drawn with the same {@code storySeed}, so that a provider that
     * takes a seed keeps the story's pictures alike. Those that take none draw as {@link #draw(Scene)}.
     */
    default Illustration draw(Scene scene, long storySeed) {
        return draw(scene);
    }

    /** A character on their own, as they will look in every story they are in. */
    Illustration portrait(Scene.Figure figure, ImageStyle style);

    /** A picture: SVG from the embedded illustrator, PNG from the providers. */
    record Illustration(byte[] content, String mediaType) {
    }
}
