package com.novastoryteller.admin;

import com.novastoryteller.web.InvalidRequest;

/**
 * A line that a pattern may read only until the filter's time is up. java.util.regex backtracks, so a pattern
 * such as {@code (.*.*)*@@@} can take hours on one line; every read of a character checks the clock (every so
 * often, as the clock is not free) and gives up with a 400 naming the filter.
 */
final class TimedText implements CharSequence {

    private static final int READS_BETWEEN_CHECKS = 1024;

    private final CharSequence text;
    private final long deadline;
    private int reads;

    TimedText(CharSequence text, long deadline) {
        this.text = text;
        this.deadline = deadline;
    }

    @Override
    public char charAt(int index) {
        if (++reads % READS_BETWEEN_CHECKS == 0 && System.nanoTime() - deadline > 0) {
            throw new InvalidRequest("filter", "This pattern takes too long on these logs; try a simpler one.");
        }
        return text.charAt(index);
    }

    @Override
    public int length() {
        return text.length();
    }

    @Override
    public CharSequence subSequence(int start, int end) {
        return new TimedText(text.subSequence(start, end), deadline);
    }

    @Override
    public String toString() {
        return text.toString();
    }
}
