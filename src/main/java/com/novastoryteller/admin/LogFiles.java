package com.novastoryteller.admin;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The installation's log files, in the log folder only. A file is found by its bare name, checked against the
 * folder's own listing: no path, however spelled or encoded, reaches anything else, and links are not followed.
 */
@Component
public class LogFiles {

    /** A log file's name: letters, digits, dots, dashes and underscores, nothing that could be a path. */
    static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,200}");

    private final Path folder;

    LogFiles(@Value("${storyteller.logs.dir:${storyteller.data-dir:./data}/logs}") Path folder) {
        this.folder = folder.toAbsolutePath().normalize();
    }

    public record LogFile(String name, long size, Instant modified) {
    }

    List<LogFile> list() {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(file -> Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS))
                    .filter(file -> NAME.matcher(file.getFileName().toString()).matches())
                    .map(LogFiles::describe)
                    .sorted(Comparator.comparing(LogFile::modified).reversed().thenComparing(LogFile::name))
                    .toList();
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The file of that name in the log folder, if the name is a log file's and the file is there. */
    Optional<Path> find(String name) {
        if (!NAME.matcher(name).matches()) {
            return Optional.empty();
        }
        return list().stream().filter(file -> file.name().equals(name)).findFirst()
                .map(file -> folder.resolve(file.name()));
    }

    /** The last {@code count} lines that {@code keep} accepts, oldest first; gzipped files are read unzipped. */
    List<String> tail(Path file, int count, Predicate<String> keep) {
        Deque<String> last = new ArrayDeque<>(count);
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(open(file), StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (keep.test(line)) {
                    if (last.size() == count) {
                        last.removeFirst();
                    }
                    last.addLast(line);
                }
            }
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(last);
    }

    private static InputStream open(Path file) throws IOException {
        InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS);
        return file.getFileName().toString().endsWith(".gz") ? new GZIPInputStream(in) : in;
    }

    private static LogFile describe(Path file) {
        try {
            return new LogFile(file.getFileName().toString(), Files.size(file),
                    Files.getLastModifiedTime(file, LinkOption.NOFOLLOW_LINKS).toInstant());
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
