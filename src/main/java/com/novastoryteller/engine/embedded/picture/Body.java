package com.novastoryteller.engine.embedded.picture;

/** A body plan: where its parts are, and how it is drawn. */
interface Body {

    Frame frame(Sketch sketch);

    void paint(Sketch sketch, Frame frame);
}
