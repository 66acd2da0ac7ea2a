package com.novastoryteller.admin;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import org.jspecify.annotations.Nullable;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import com.novastoryteller.web.InvalidRequest;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The log files: listed, their last lines read (with a text or pattern filter), and downloaded. */
@RestController
@RequestMapping("/api/admin/logs")
@Tag(name = "Admin")
class AdminLogsApi {

    static final int FEWEST_LINES = 10;
    static final int MOST_LINES = 5000;
    private static final int LONGEST_FILTER = 200;
    /** How long a pattern may search the file before the filter is refused (see {@link TimedText}). */
    private static final Duration PATTERN_TIME = Duration.ofSeconds(2);

    private final LogFiles logs;

    AdminLogsApi(LogFiles logs) {
        this.logs = logs;
    }

    record Tail(String file, int lines, @Nullable String filter, boolean regex, List<String> text) {
    }

    @Operation(summary = "The log files, newest first")
    @GetMapping({ "", "/" })
    List<LogFiles.LogFile> list() {
        return logs.list();
    }

    @Operation(summary = "The last lines of a log file (10 to 5000), optionally only those with a text or matching a pattern")
    @GetMapping("/{file}")
    Tail tail(@PathVariable String file, @RequestParam(defaultValue = "200") int lines,
            @RequestParam(required = false) @Nullable String filter, @RequestParam(defaultValue = "false") boolean regex) {
        if (lines < FEWEST_LINES || lines > MOST_LINES) {
            throw new InvalidRequest("lines", "Ask for " + FEWEST_LINES + " to " + MOST_LINES + " lines.");
        }
        Path found = find(file);
        return new Tail(file, lines, filter, regex, logs.tail(found, lines, keep(filter, regex)));
    }

    @Operation(summary = "A whole log file")
    @GetMapping("/{file}/download")
    ResponseEntity<Resource> download(@PathVariable String file) {
        Path found = find(file);
        return ResponseEntity.ok()
                .contentType(file.endsWith(".gz") ? MediaType.parseMediaType("application/gzip") : MediaType.TEXT_PLAIN)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(file).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(new FileSystemResource(found));
    }

    private Path find(String file) {
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
