package com.novastoryteller.usage;

/** What one call to a provider used: tokens in and out, characters spoken, milliseconds of audio, images drawn. */
public record Usage(long inputTokens, long outputTokens, long characters, long audioMs, long images) {

    /** A call that is not charged by what it carries (moderation). */
    public static final Usage NONE = new Usage(0, 0, 0, 0, 0);

    public static Usage tokens(long input, long output) {
        return new Usage(input, output, 0, 0, 0);
    }

    public static Usage characters(long characters) {
        return new Usage(0, 0, characters, 0, 0);
    }

    public static Usage audio(long audioMs) {
        return new Usage(0, 0, 0, audioMs, 0);
    }

    public static Usage images(long images) {
        return new Usage(0, 0, 0, 0, images);
    }

    public Usage plus(Usage other) {
        return new Usage(inputTokens + other.inputTokens, outputTokens + other.outputTokens,
                characters + other.characters, audioMs + other.audioMs, images + other.images);
    }
}
