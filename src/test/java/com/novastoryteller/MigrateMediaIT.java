package com.novastoryteller;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import com.novastoryteller.support.LocalProcesses;
import com.novastoryteller.support.S3Proxy;
import com.novastoryteller.support.S3ProxyRequired;

/**
 * {@code migrate-media}, run from the packaged jar as an operator moving a single node's media into a bucket would:
 * with the servers' settings on the command line and the credentials in the environment.
 */
@ExtendWith(S3ProxyRequired.class)
class MigrateMediaIT {

    static final String CLIP = "audio/ab/ab" + "0".repeat(62) + ".mp3";
    static final String DRAWING = "pictures/" + UUID.randomUUID() + "/drawing.png";
    static final String PICTURE = "illustrations/" + UUID.randomUUID() + "/" + "c".repeat(32) + ".svg";

    @TempDir
    Path workingDirectory;

    Path media;
    String bucket;

    @BeforeEach
    void aSingleNodesMediaFolder() throws IOException {
        media = workingDirectory.resolve("data").resolve("media");
        write(CLIP, bytes(48_000));
        write(DRAWING, bytes(3_000));
        write(PICTURE, "<svg xmlns=\"http://www.w3.org/2000/svg\"/>".getBytes(StandardCharsets.UTF_8));
        write("audio/ab/.partial-123.tmp", bytes(10));
        bucket = S3Proxy.running().createBucket("migrate-" + UUID.randomUUID());
    }

    @Test
    void copiesTheFolderIntoTheBucketSkipsWhatIsThereAndRemovesLocalFilesOnlyWhenAsked() throws Exception {
        S3Proxy.running().put(bucket, "nova/" + DRAWING, Files.readAllBytes(media.resolve(DRAWING)));

        Run copy = run("migrate-media");

        assertThat(copy.exitCode()).as(copy.output()).isZero();
        assertThat(copy.output().lines()).containsExactly(
                "1 of 3: " + CLIP + " copied (48,000 bytes)",
                "2 of 3: " + PICTURE + " copied (41 bytes)",
                "3 of 3: " + DRAWING + " already in the bucket, skipped",
                "Moved 2 file(s) (48,041 bytes) from " + media.toAbsolutePath().normalize() + " to s3://" + bucket + "/nova/ at "
                        + S3Proxy.running().endpoint() + "; skipped 1 already there with the same size; 0 failed."
                        + " The local files were left in place; once every node uses the bucket, run migrate-media"
                        + " --delete-local to remove them.",
                "Left alone 1 file(s) that are not media: audio/ab/.partial-123.tmp");
        for (String key : List.of(CLIP, DRAWING, PICTURE)) {
            assertThat(S3Proxy.running().object(bucket, "nova/" + key)).as(key).isEqualTo(Files.readAllBytes(media.resolve(key)));
        }

        Run again = run("migrate-media", "--delete-local");

        assertThat(again.exitCode()).as(again.output()).isZero();
        assertThat(again.output()).contains("Moved 0 file(s) (0 bytes)", "skipped 3 already there",
                "Removed 3 local file(s) now in the bucket.");
        assertThat(S3Proxy.running().keys(bucket, "nova/")).hasSize(3);
        try (var left = Files.walk(media)) {
            assertThat(left.filter(Files::isRegularFile).map(file -> media.relativize(file).toString()))
                    .containsExactly("audio/ab/.partial-123.tmp");
        }
        assertThat(media.resolve("pictures")).doesNotExist();
    }

    @Test
    void aMissingBucketOrLocalStorageIsSaidInOneLineAndNothingIsCopied() throws Exception {
        Run noBucket = run("migrate-media", "--storyteller.media.s3.bucket=no-such-bucket");
        Run local = run("migrate-media", "--storyteller.media.store=local");

        assertThat(noBucket.exitCode()).isNotZero();
        assertThat(noBucket.output().lines()).as(noBucket.output()).hasSize(1);
        assertThat(noBucket.output()).contains("s3://no-such-bucket/nova/", "does not exist", "Create the bucket")
                .doesNotContain("Exception");
        assertThat(local.exitCode()).isNotZero();
        assertThat(local.output()).contains("keeps its media on local disk", "storyteller.media.store=s3",
                "Nothing was copied.");
        assertThat(S3Proxy.running().keys(bucket, "")).isEmpty();
    }

    /** Runs the command with the servers' settings; an argument {@code --storyteller.…=…} replaces that setting. */
    private Run run(String command, String... arguments) throws IOException, InterruptedException {
        Map<String, String> settings = new LinkedHashMap<>(Map.of(
                "storyteller.data-dir", workingDirectory.resolve("data").toString(),
                "storyteller.media.store", "s3",
                "storyteller.media.s3.bucket", bucket,
                "storyteller.media.s3.prefix", "nova",
                "storyteller.media.s3.endpoint", S3Proxy.running().endpoint().toString(),
                "storyteller.media.s3.path-style-access", "true"));
        List<String> line = new ArrayList<>(List.of(LocalProcesses.java(),
                "-jar", System.getProperty("storyteller.jar"), command));
        for (String argument : arguments) {
            String[] setting = argument.substring(2).split("=", 2);
            if (setting.length == 2 && settings.containsKey(setting[0])) {
                settings.put(setting[0], setting[1]);
            }
            else {
                line.add(argument);
            }
        }
        settings.forEach((name, value) -> line.add("--" + name + "=" + value));
        ProcessBuilder builder = new ProcessBuilder(line).directory(workingDirectory.toFile()).redirectErrorStream(true)
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        builder.environment().putAll(S3Proxy.running().credentialsEnvironment());
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(3, TimeUnit.MINUTES)).isTrue();
        return new Run(process.exitValue(), output);
    }

    private void write(String key, byte[] content) throws IOException {
        Files.createDirectories(media.resolve(key).getParent());
        Files.write(media.resolve(key), content);
    }

    private static byte[] bytes(int count) {
        byte[] content = new byte[count];
        new Random(count).nextBytes(content);
        return content;
    }

    record Run(int exitCode, String output) {
    }
}
