package com.novastoryteller.story;

/** The story is not at a point where this can be done (still being written, or waiting for a choice): a 409. */
public class InteractionRefused extends RuntimeException {

    private final String type;

    public InteractionRefused(String type, String detail) {
        super(detail);
        this.type = type;
    }

    public String type() {
        return type;
    }
}
