package com.novastoryteller.media.s3;

import java.io.IOException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import com.novastoryteller.media.MediaStorage;

/** A single node's media folder ({@code <data-dir>/media}) as {@code migrate-media} reads it. */
final class LocalMediaFolder {

    private final Path root;

    LocalMediaFolder(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    Path root() {
        return root;
    }

    /** Every file under the folder, in key order: media by their keys, and whatever else is there by its path. */
    Contents contents() throws IOException {
        List<MediaFile> media = new ArrayList<>();
        List<String> others = new ArrayList<>();
        if (!Files.isDirectory(root)) {
            return new Contents(media, others);
        }
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                String name = root.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
                if (MediaStorage.KEY.matcher(name).matches()) {
                    media.add(new MediaFile(name, file, Files.size(file)));
                }
                else {
                    others.add(name);
                }
            }
        }
        return new Contents(media, others);
    }

    /** Deletes a file that is now in the bucket. */
    void delete(MediaFile file) throws IOException {
        Files.deleteIfExists(file.path());
    }

    /** Deletes the folders the deleted files left empty, deepest first; the media folder itself stays. */
    void deleteEmptyFolders() throws IOException {
        if (!Files.isDirectory(root)) {
            return;
        }
        List<Path> folders;
        try (Stream<Path> all = Files.walk(root)) {
            folders = all.filter(Files::isDirectory).filter(folder -> !folder.equals(root))
                    .sorted(Comparator.reverseOrder()).toList();
        }
        for (Path folder : folders) {
            try {
                Files.deleteIfExists(folder);
            }
            catch (DirectoryNotEmptyException kept) {
                // it holds files that were not moved
            }
        }
    }

    record MediaFile(String key, Path path, long size) {
    }

    record Contents(List<MediaFile> media, List<String> others) {
    }
}
