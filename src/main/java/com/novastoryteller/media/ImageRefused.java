package com.novastoryteller.media;

import org.springframework.http.HttpStatus;

/** An upload that is not a picture we keep: the wrong kind, too big, or not readable. Nothing was stored. */
public class ImageRefused extends RuntimeException {

    private final HttpStatus status;
    private final String kind;

    ImageRefused(HttpStatus status, String kind, String message) {
        super(message);
        this.status = status;
        this.kind = kind;
    }

    public HttpStatus status() {
        return status;
    }

    /** The problem type, e.g. "image-type". */
    public String kind() {
        return kind;
    }
}
