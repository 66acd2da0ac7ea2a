package com.novastoryteller.engine;

/** Judges a prompt, a change or a written line before it reaches a child. */
public interface SafetyFilter {

    SafetyVerdict check(String text);

    /**
     * Judges a line a writer wrote for a story the request of which was already judged. A filter may read it less
     * suspiciously than a child's own words ("They did it together" is a line of a story, not a request); by
     * default it is judged as any text.
     */
    default SafetyVerdict checkWritten(String line) {
        return check(line);
    }
}
