package com.novastoryteller.engine.provider;

import java.util.function.Consumer;

/** Cuts streamed text into the story's lines, handing on each line the moment it is complete. */
public final class StoryLines {

    private final Consumer<String> lines;
    private final StringBuilder pending = new StringBuilder();

    public StoryLines(Consumer<String> lines) {
        this.lines = lines;
    }

    public void accept(String chunk) {
        pending.append(chunk);
        for (int end = pending.indexOf("\n"); end >= 0; end = pending.indexOf("\n")) {
            emit(pending.substring(0, end));
            pending.delete(0, end + 1);
        }
    }

    /** The last line, which may come without a newline. */
    public void finish() {
        emit(pending.toString());
        pending.setLength(0);
    }

    private void emit(String line) {
        String clean = line.strip();
        if (!clean.isEmpty()) {
            lines.accept(clean);
        }
    }
}
