package com.novastoryteller.media;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The kinds of picture a child may upload, told apart by their first bytes, never by their name. */
enum ImageType {

    JPEG("image/jpeg", List.of("jpg", "jpeg", "jpe", "jfif"), List.of("image/jpg", "image/pjpeg")),
    PNG("image/png", List.of("png"), List.of()),
    GIF("image/gif", List.of("gif"), List.of()),
    WEBP("image/webp", List.of("webp"), List.of());

    private final String mediaType;
    private final List<String> extensions;
    private final List<String> otherNames;

    ImageType(String mediaType, List<String> extensions, List<String> otherNames) {
        this.mediaType = mediaType;
        this.extensions = extensions;
        this.otherNames = otherNames;
    }

    String mediaType() {
        return mediaType;
    }

    boolean isCalled(String mediaType) {
        return this.mediaType.equalsIgnoreCase(mediaType) || otherNames.stream().anyMatch(mediaType::equalsIgnoreCase);
    }

    boolean hasExtension(String extension) {
        return extensions.contains(extension);
    }

    static Optional<ImageType> sniff(byte[] bytes) {
        if (startsWith(bytes, 0, 0xFF, 0xD8, 0xFF)) {
            return Optional.of(JPEG);
        }
        if (startsWith(bytes, 0, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return Optional.of(PNG);
        }
        if (startsWith(bytes, 0, 'G', 'I', 'F', '8', '7', 'a') || startsWith(bytes, 0, 'G', 'I', 'F', '8', '9', 'a')) {
            return Optional.of(GIF);
        }
        if (startsWith(bytes, 0, 'R', 'I', 'F', 'F') && startsWith(bytes, 8, 'W', 'E', 'B', 'P')) {
            return Optional.of(WEBP);
        }
        return Optional.empty();
    }

    static String names() {
        return String.join(", ", Arrays.stream(values()).map(Enum::name).toList());
    }

    private static boolean startsWith(byte[] bytes, int offset, int... expected) {
        if (bytes.length < offset + expected.length) {
            return false;
        }
        for (int i = 0; i < expected.length; i++) {
            if ((bytes[offset + i] & 0xFF) != expected[i]) {
                return false;
            }
        }
        return true;
    }
}
