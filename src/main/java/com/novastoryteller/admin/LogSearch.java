package com.novastoryteller.admin;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.web.server.ResponseStatusException;

import com.novastoryteller.web.InvalidRequest;

/** The log files for the admin's API and console: listed, their last lines read with a text or pattern filter. */
@Service
public class LogSearch {

    private static final int FEWEST_LINES = 10;
    private static final int MOST_LINES = 5000;
    private static final int LONGEST_FILTER = 200;
    /** How long a pattern may search the file before the filter is refused (see {@link TimedText}). */
    private static final Duration PATTERN_TIME = Duration.ofSeconds(2);

    private final LogFiles logs;

    LogSearch(LogFiles logs) {
        this.logs = logs;
    }

    public record Tail(String file, int lines, @Nullable String filter, boolean regex, List<String> text) {
    }

    /** The log files, newest first. */
    public List<LogFiles.LogFile> list() {
        return logs.list();
    }

    /** The last {@code lines} lines of the file, only those with the filter's text or matching it as a pattern. */
    public Tail tail(String file, int lines, @Nullable String filter, boolean regex) {
        if (lines < FEWEST_LINES || lines > MOST_LINES) {
            throw new InvalidRequest("lines", "Ask for " + FEWEST_LINES + " to " + MOST_LINES + " lines.");
        }
        Path found = file(file);
        return new Tail(file, lines, filter, regex, logs.tail(found, lines, keep(filter, regex)));
    }

    public Path file(String file) {
        return logs.find(file).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
                "There is no log file " + (LogFiles.NAME.matcher(file).matches() ? file : "by that name") + "."));
    }

    private static Predicate<String> keep(@Nullable String filter, boolean regex) {
        if (filter == null || filter.isEmpty()) {
            return line -> true;
        }
        if (filter.length() > LONGEST_FILTER) {
            throw new InvalidRequest("filter", "A filter is at most " + LONGEST_FILTER + " characters.");
        }
        if (!regex) {
            String wanted = filter.toLowerCase(Locale.ROOT);
            return line -> line.toLowerCase(Locale.ROOT).contains(wanted);
        }
        try {
            Pattern pattern = Pattern.compile(filter);
            long deadline = System.nanoTime() + PATTERN_TIME.toNanos();
            return line -> pattern.matcher(new TimedText(line, deadline)).find();
        }
        catch (PatternSyntaxException wrong) {
            throw new InvalidRequest("filter", "Not a pattern: " + wrong.getDescription() + ".");
        }
    }
}
