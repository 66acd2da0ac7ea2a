package com.novastoryteller.media;

/** A picture as it is kept: re-encoded from its pixels alone, so nothing else of the upload survives. */
public record CleanImage(byte[] bytes, String mediaType, int width, int height) {

    public String extension() {
        return mediaType.equals("image/jpeg") ? "jpg" : "png";
    }
}
