package com.novastoryteller.engine;

import org.jspecify.annotations.Nullable;

/** What any provider that looks at pictures is asked about a child's drawing, and how its answer is tidied. */
public final class ImageDescriptionPrompt {

    /** A description longer than this is cut at a word: it is woven into a sentence of the story. */
    static final int MAX_LENGTH = 200;

    private ImageDescriptionPrompt() {
    }

    public static String ask(@Nullable String caption) {
        String told = caption == null || caption.isBlank() ? ""
                : " The child says it shows: \"" + caption.strip() + "\". Lead with that, in the child's words.";
        return "This is a child's drawing. Say what it shows in one short phrase that can follow \"It showed\" in"
                + " a story for children: the main thing, where it is, and its main colours. No full stop, no"
                + " judgement of the drawing, nothing frightening. For example: a dragon on a hill, in bright blue"
                + " and green." + told;
    }

    /** The kept drawing's media type: drawings are kept as PNG or JPEG. */
    public static String mediaType(byte[] image) {
        boolean png = image.length > 4 && (image[0] & 0xff) == 0x89 && image[1] == 'P' && image[2] == 'N' && image[3] == 'G';
        return png ? "image/png" : "image/jpeg";
    }

    /** The answer as one tidy phrase: no quotes, no "It showed", no full stop, not too long. */
    public static String tidy(String answer) {
        String phrase = answer.strip().replaceAll("\\s+", " ").replaceAll("^[\"']|[\"']$", "")
                .replaceFirst("(?i)^it showed\\s+", "").replaceAll("[.!]+$", "");
        if (phrase.length() > MAX_LENGTH) {
            phrase = phrase.substring(0, phrase.lastIndexOf(' ', MAX_LENGTH));
        }
        return phrase;
    }
}
