package com.novastoryteller.media;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;

/** Media in {@code <data-dir>/media}; files are written to a temporary name and moved, so a reader never sees half a file. */
@Component
@ConditionalOnProperty(name = "storyteller.media.store", havingValue = "local", matchIfMissing = true)
class LocalMediaStorage implements MediaStorage {

    private final Path root;

    LocalMediaStorage(@Value("${storyteller.data-dir}") Path dataDirectory) {
        this.root = dataDirectory.resolve("media").toAbsolutePath().normalize();
    }

    @Override
    public void put(String key, byte[] content) {
        Path file = file(key);
        try {
            Files.createDirectories(file.getParent());
            Path partial = Files.createTempFile(file.getParent(), ".partial-", ".tmp");
            Files.write(partial, content);
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        }
        catch (IOException e) {
            throw new UncheckedIOException("Could not store " + key, e);
        }
    }

    @Override
    public Optional<Resource> get(String key) {
        Path file = file(key);
        return Files.isRegularFile(file) ? Optional.of(new FileSystemResource(file)) : Optional.empty();
    }

    @Override
    public boolean exists(String key) {
        return Files.isRegularFile(file(key));
    }

    /** Deletes the file, and the folders it leaves empty (up to the media folder), so nothing of it is left. */
    @Override
    public void delete(String key) {
        try {
            Path file = file(key);
            Files.deleteIfExists(file);
            for (Path folder = file.getParent(); !folder.equals(root) && isEmptyFolder(folder); folder = folder.getParent()) {
                Files.deleteIfExists(folder);
            }
        }
        catch (DirectoryNotEmptyException raced) {
            // another file arrived in the folder meanwhile: it stays
        }
        catch (IOException e) {
            throw new UncheckedIOException("Could not delete " + key, e);
        }
    }

    private static boolean isEmptyFolder(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return false;
        }
        try (var entries = Files.list(folder)) {
            return entries.findAny().isEmpty();
        }
    }

    private Path file(String key) {
        Path file = root.resolve(MediaStorage.requireKey(key)).normalize();
        if (!file.startsWith(root)) {
            throw new IllegalArgumentException("Not a media key: " + key);
        }
        return file;
    }
}
