package com.novastoryteller.media;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** How a stored picture is served: never taken for another type, and, if it is SVG, able to run nothing. */
public final class PictureResponses {

    private PictureResponses() {
    }

    public static ResponseEntity.BodyBuilder serving(MediaType type, CacheControl cache) {
        return ResponseEntity.ok().contentType(type).cacheControl(cache)
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'");
    }
}
