package com.novastoryteller.media.s3;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.OptionalLong;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

import com.novastoryteller.Application;
import com.novastoryteller.media.s3.LocalMediaFolder.MediaFile;

/**
 * {@code java -jar nova-storyteller.jar migrate-media [--delete-local]}, run with the settings the servers will use
 * ({@code storyteller.media.store=s3} and the bucket): copies every file of the media folder into the bucket under
 * its key, skips what is already there with the same size (so it can be run again after a failure), says each file
 * as it goes and what it moved in the end. The local files stay unless {@code --delete-local} is given; then each is
 * removed once it is in the bucket.
 */
@Component
@ConditionalOnProperty(name = Application.COMMAND_PROPERTY, havingValue = "migrate-media")
class MigrateMediaCommand implements ApplicationRunner, ExitCodeGenerator {

    private final ObjectProvider<S3MediaStorage> bucket;
    private final LocalMediaFolder folder;
    private final PrintStream out;
    private final PrintStream err;
    private int exitCode = 1;

    MigrateMediaCommand(ObjectProvider<S3MediaStorage> bucket, @Value("${storyteller.data-dir}") Path dataDirectory) {
        this.bucket = bucket;
        this.folder = new LocalMediaFolder(dataDirectory.resolve("media"));
        this.out = System.out;
        this.err = System.err;
    }

    @Override
    public void run(ApplicationArguments arguments) throws IOException {
        S3MediaStorage storage = bucket.getIfAvailable();
        if (storage == null) {
            err.println("migrate-media copies the media folder into an S3 bucket, and this installation keeps its media"
                    + " on local disk. Set storyteller.media.store=s3 and storyteller.media.s3.bucket (with the"
                    + " endpoint, region and credentials the servers will use) and run migrate-media again."
                    + " Nothing was copied.");
            return;
        }
        boolean deleteLocal = arguments.containsOption("delete-local");
        LocalMediaFolder.Contents contents = folder.contents();
        Tally tally = new Tally();
        int total = contents.media().size();
        for (int n = 0; n < total; n++) {
            MediaFile file = contents.media().get(n);
            out.println((n + 1) + " of " + total + ": " + file.key() + " " + move(storage, file, deleteLocal, tally));
        }
        if (deleteLocal) {
            folder.deleteEmptyFolders();
        }
        out.println(report(storage, tally, deleteLocal));
        if (!contents.others().isEmpty()) {
            out.println("Left alone " + contents.others().size() + " file(s) that are not media: "
                    + String.join(", ", contents.others()));
        }
        exitCode = tally.failed == 0 ? 0 : 1;
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }

    /** Copies one file unless the bucket has it already; answers what was done, in words. */
    private String move(S3MediaStorage storage, MediaFile file, boolean deleteLocal, Tally tally) {
        try {
            OptionalLong stored = storage.size(file.key());
            String done;
            if (stored.isPresent() && stored.getAsLong() == file.size()) {
                tally.skipped++;
                done = "already in the bucket, skipped";
            }
            else {
                storage.put(file.key(), file.path());
                tally.moved++;
                tally.bytes += file.size();
                done = "copied (" + bytes(file.size()) + ")";
            }
            if (deleteLocal) {
                folder.delete(file);
                tally.deleted++;
            }
            return done;
        }
        catch (RuntimeException | IOException e) {
            tally.failed++;
            return "FAILED: " + (e instanceof UncheckedIOException unchecked ? unchecked.getCause() : e).getMessage();
        }
    }

    private String report(S3MediaStorage storage, Tally tally, boolean deleteLocal) {
        String moved = "Moved " + tally.moved + " file(s) (" + bytes(tally.bytes) + ") from " + folder.root() + " to "
                + storage.where() + "; skipped " + tally.skipped + " already there with the same size; "
                + tally.failed + " failed.";
        String local = deleteLocal ? " Removed " + tally.deleted + " local file(s) now in the bucket."
                : " The local files were left in place; once every node uses the bucket, run migrate-media"
                        + " --delete-local to remove them.";
        String again = tally.failed == 0 ? "" : " Run migrate-media again to copy the files that failed.";
        return moved + local + again;
    }

    private static String bytes(long count) {
        return String.format(Locale.ROOT, "%,d bytes", count);
    }

    private static final class Tally {
        int moved;
        int skipped;
        int failed;
        int deleted;
        long bytes;
    }
}
