package com.novastoryteller.media.s3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.net.ServerSocket;
import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.core.io.Resource;

import com.novastoryteller.support.S3Proxy;
import com.novastoryteller.support.S3ProxyRequired;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

/** The bucket as the storage sees it: objects under the prefix, read by range, and a clear refusal at start-up. */
@ExtendWith(S3ProxyRequired.class)
class S3MediaStorageTests {

    static final String BUCKET = S3Proxy.running().createBucket("storage-tests");

    final List<String> ranges = new CopyOnWriteArrayList<>();
    final S3MediaStorage storage = new S3MediaStorage(client(S3Proxy.CREDENTIAL, ranges), settings(BUCKET, "/school-one"));

    @Test
    void filesAreObjectsUnderThePrefixAndGoWhenDeleted() throws Exception {
        byte[] picture = bytes(2_000);
        storage.put("portraits/rex/ab12.png", picture);

        assertThat(S3Proxy.running().keys(BUCKET, "")).contains("school-one/portraits/rex/ab12.png");
        assertThat(storage.exists("portraits/rex/ab12.png")).isTrue();
        Resource found = storage.get("portraits/rex/ab12.png").orElseThrow();
        assertThat(found.contentLength()).isEqualTo(2_000);
        assertThat(found.getFilename()).isEqualTo("ab12.png");
        assertThat(found.getContentAsByteArray()).isEqualTo(picture);
        assertThat(storage.get("portraits/rex/none.png")).isEmpty();

        storage.delete("portraits/rex/ab12.png");
        storage.delete("portraits/rex/ab12.png");
        assertThat(storage.exists("portraits/rex/ab12.png")).isFalse();
        assertThat(S3Proxy.running().keys(BUCKET, "school-one/portraits/")).isEmpty();
        assertThatThrownBy(() -> storage.put("../db/storyteller.mv.db", picture)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aRangeIsFetchedFromItsStartAndTheRestIsNotDownloaded() throws Exception {
        byte[] audio = bytes(300_000);
        storage.put("audio/cd/cd34.mp3", audio);
        Resource clip = storage.get("audio/cd/cd34.mp3").orElseThrow();

        byte[] read = new byte[100];
        try (InputStream in = clip.getInputStream()) {
            // As Spring serves "Range: bytes=250000-250099": skip to the start, read the range, close.
            assertThat(in.skip(250_000)).isEqualTo(250_000);
            assertThat(in.readNBytes(read, 0, 100)).isEqualTo(100);
        }
        try (InputStream in = clip.getInputStream()) {
            assertThat(in.readAllBytes()).isEqualTo(audio);
        }

        assertThat(read).isEqualTo(Arrays.copyOfRange(audio, 250_000, 250_100));
        assertThat(ranges).as("the Range header of each GET").containsExactly("bytes=250000-", "(whole object)");
    }

    @Test
    void aBucketThatIsNotThereStopsTheStartWithWhatToDo() {
        assertThatThrownBy(() -> new S3MediaStorage(client(S3Proxy.CREDENTIAL, ranges), settings("no-such-bucket", "")))
                .isInstanceOf(MediaBucketUnavailable.class)
                .hasMessageContaining("The media bucket s3://no-such-bucket/ at " + S3Proxy.running().endpoint()
                        + " does not exist.")
                .hasMessageContaining("Create the bucket, or set storyteller.media.s3.bucket to one that exists.");
        assertThatThrownBy(() -> new S3MediaStorage(client(S3Proxy.CREDENTIAL, ranges), settings(null, "")))
                .isInstanceOf(MediaBucketUnavailable.class).hasMessageContaining("storyteller.media.s3.bucket is not set");
    }

    @Test
    void wrongCredentialsOrNoServerStopTheStartWithWhatToCheck() throws Exception {
        assertThatThrownBy(() -> new S3MediaStorage(client("not the secret", ranges), settings(BUCKET, "")))
                .isInstanceOf(MediaBucketUnavailable.class).hasMessageContaining("refused these credentials (HTTP 403)")
                .hasMessageContaining("AWS_ACCESS_KEY_ID");

        URI nobody = URI.create("http://127.0.0.1:" + closedPort());
        S3MediaProperties nowhere = new S3MediaProperties(BUCKET, "", nobody, "us-east-1", true);
        assertThatThrownBy(() -> new S3MediaStorage(client(S3Proxy.CREDENTIAL, ranges, nobody), nowhere))
                .isInstanceOf(MediaBucketUnavailable.class).hasMessageContaining("could not be reached")
                .hasMessageContaining("Check storyteller.media.s3.endpoint");
    }

    static S3MediaProperties settings(String bucket, String prefix) {
        return new S3MediaProperties(bucket, prefix, S3Proxy.running().endpoint(), "us-east-1", true);
    }

    private static S3Client client(String secret, List<String> ranges) {
        return client(secret, ranges, S3Proxy.running().endpoint());
    }

    /** The client the storage makes, with the test's credentials and an ear on the Range of every GET. */
    private static S3Client client(String secret, List<String> ranges, URI endpoint) {
        ExecutionInterceptor rangeRecorder = new ExecutionInterceptor() {
            @Override
            public void beforeTransmission(Context.BeforeTransmission context, ExecutionAttributes attributes) {
                if (context.httpRequest().method().name().equals("GET") && context.httpRequest().encodedPath().contains("/cd34")) {
                    ranges.add(context.httpRequest().firstMatchingHeader("Range").orElse("(whole object)"));
                }
            }
        };
        S3MediaProperties settings = new S3MediaProperties("any", "", endpoint, "us-east-1", true);
        return S3Clients.builder(settings)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(S3Proxy.IDENTITY, secret)))
                .overrideConfiguration(override -> override.addExecutionInterceptor(rangeRecorder)).build();
    }

    private static byte[] bytes(int count) {
        byte[] content = new byte[count];
        new Random(count).nextBytes(content);
        return content;
    }

    private static int closedPort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
