package com.novastoryteller.engine;

import java.util.Set;

/**
 * Turns a child's recorded words into text. The recording is only ever held in memory for the call, never kept.
 * With the default ({@code browser}) the browser's own speech recognition does this, and there is no transcriber on
 * the server ({@link #isOn()} is false).
 */
public interface Transcriber {

    /**
     * @param audio     the recording as the browser made it
     * @param format    its file extension ("webm", "ogg", "wav", "mp3", "mp4", "m4a")
     * @param language  the story's language (an IETF tag such as {@code en-US}), as a hint
     */
    String transcribe(byte[] audio, String format, String language);

    /** The recording formats it hears, by extension. */
    default Set<String> formats() {
        return Set.of("wav", "webm", "ogg", "mp3", "mp4", "m4a");
    }

    default boolean isOn() {
        return true;
    }
}
