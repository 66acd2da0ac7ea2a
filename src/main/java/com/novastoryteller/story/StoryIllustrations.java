package com.novastoryteller.story;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.MediaTypeFactory;
import org.springframework.http.ResponseEntity;

import com.novastoryteller.media.MediaStorage;
import com.novastoryteller.media.PictureResponses;

/**
 * Where a story's part pictures are kept ({@code illustrations/<story>/<name>.svg}, or {@code .png} when a provider
 * painted them) and served.
 */
public final class StoryIllustrations {

    /** A picture's name: a hash of its content, so the same picture is kept once. */
    public static final Pattern NAME = Pattern.compile("[0-9a-f]{32}\\.(svg|png)");

    private StoryIllustrations() {
    }

    /** A picture's name: the hash of its content, with the extension of its type. */
    public static String name(String hash, String mediaType) {
        return hash + (mediaType.equals(MediaType.IMAGE_PNG_VALUE) ? ".png" : ".svg");
    }

    public static String key(UUID storyId, String name) {
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("Not a picture name: " + name);
        }
        return "illustrations/" + storyId + "/" + name;
    }

    /** The same picture's address through a share link. */
    public static @Nullable String shared(String token, @Nullable String url) {
        return url == null ? null : "/api/shared/" + token + "/illustrations/" + url.substring(url.lastIndexOf('/') + 1);
    }

    /** The parts with their pictures' addresses through a share link. */
    public static List<StoryPart> sharedParts(String token, List<StoryPart> parts) {
        return parts.stream().map(part -> part.at(shared(token, part.illustration()))).toList();
    }

    /** The story's picture by that name, if the name is one and the picture is there. */
    public static Optional<Resource> find(MediaStorage media, UUID storyId, String name) {
        return NAME.matcher(name).matches() ? media.get(key(storyId, name)) : Optional.empty();
    }

    /** A part's picture as served (see {@link PictureResponses}). */
    public static ResponseEntity.BodyBuilder serving(String name, CacheControl cache) {
        return PictureResponses.serving(MediaTypeFactory.getMediaType(name).orElseThrow(), cache);
    }

    static @Nullable String url(UUID storyId, @Nullable String key) {
        return key == null ? null : "/api/stories/" + storyId + "/illustrations/" + key.substring(key.lastIndexOf('/') + 1);
    }
}
