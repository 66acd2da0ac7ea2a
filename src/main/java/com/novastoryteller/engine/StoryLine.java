package com.novastoryteller.engine;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One line of the story format that a {@link StoryWriter} writes: its label ({@code TITLE},
 * {@code PART}, {@code NARRATOR} or a character's name in capitals) and what follows the colon.
 */
public record StoryLine(String label, String content) {

    public static final String TITLE = "TITLE";
    public static final String PART = "PART";
    /** One of the options an interactive story offers the child where it stops. */
    public static final String CHOICE = "CHOICE";
    /** A word for the family about how the story was written, not part of the story; only the product writes one. */
    public static final String NOTICE = "NOTICE";

    private static final Pattern LINE = Pattern.compile("^([A-Z][A-Z0-9 .'\\-]{0,58}):\\s*(.*)$");

    /** The line read, or empty when it is not in the format or says nothing. */
    public static Optional<StoryLine> parse(String line) {
        Matcher matcher = LINE.matcher(line.strip());
        if (!matcher.matches() || matcher.group(2).isBlank()) {
            return Optional.empty();
        }
        return Optional.of(new StoryLine(matcher.group(1).strip().toUpperCase(Locale.ROOT), matcher.group(2).strip()));
    }

    /** Whether the line is told (by the narrator or a character) rather than a title, a part's heading or a choice. */
    public boolean isSpoken() {
        return !label.equals(TITLE) && !label.equals(PART) && !label.equals(CHOICE) && !label.equals(NOTICE);
    }
}
