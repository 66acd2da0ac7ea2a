package com.novastoryteller.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.springframework.test.context.DynamicPropertyRegistry;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * s3proxy ({@code org.gaul:s3proxy}, fetched into {@code target/s3proxy/} by the build) with its filesystem backend,
 * on a free loopback port: an S3-compatible store for the media tests. It runs as a process of its own, since it
 * brings its own Jackson and AWS SDK; it is started once for the whole test run (see {@link S3ProxyRequired}) and
 * each test class takes a bucket of its own.
 */
public final class S3Proxy implements AutoCloseable {

    public static final Path JAR = Path.of("target", "s3proxy", "s3proxy.jar");
    public static final String IDENTITY = "storyteller-test";
    public static final String CREDENTIAL = "storyteller-test-secret";

    private static S3Proxy running;

    private final Process process;
    private final Path folder;
    private final URI endpoint;
    private final S3Client client;

    private S3Proxy(Process process, Path folder, URI endpoint) {
        this.process = process;
        this.folder = folder;
        this.endpoint = endpoint;
        this.client = S3Client.builder().endpointOverride(endpoint).region(Region.US_EAST_1).forcePathStyle(true)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(IDENTITY, CREDENTIAL)))
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED).build();
    }

    /** The store, started at the first call; fails with why when it cannot be. */
    public static synchronized S3Proxy running() {
        if (running == null) {
            running = start();
        }
        return running;
    }

    public URI endpoint() {
        return endpoint;
    }

    /** A new, empty bucket. */
    public String createBucket(String name) {
        client.createBucket(request -> request.bucket(name));
        return name;
    }

    /**
     * Points the application's media at a bucket here. The credentials reach the application as the AWS SDK's default
     * chain finds them: as the {@code aws.accessKeyId} and {@code aws.secretAccessKey} system properties.
     */
    public void configure(DynamicPropertyRegistry registry, String bucket, String prefix) {
        System.setProperty("aws.accessKeyId", IDENTITY);
        System.setProperty("aws.secretAccessKey", CREDENTIAL);
        registry.add("storyteller.media.store", () -> "s3");
        registry.add("storyteller.media.s3.bucket", () -> bucket);
        registry.add("storyteller.media.s3.prefix", () -> prefix);
        registry.add("storyteller.media.s3.endpoint", endpoint::toString);
        registry.add("storyteller.media.s3.region", () -> "us-east-1");
        registry.add("storyteller.media.s3.path-style-access", () -> "true");
    }

    /** The environment a separate process needs to use this store as the application would. */
    public Map<String, String> credentialsEnvironment() {
        return Map.of("AWS_ACCESS_KEY_ID", IDENTITY, "AWS_SECRET_ACCESS_KEY", CREDENTIAL, "AWS_REGION", "us-east-1");
    }

    /** The keys of the objects in a bucket under a prefix, in order. */
    public List<String> keys(String bucket, String prefix) {
        return client.listObjectsV2Paginator(request -> request.bucket(bucket).prefix(prefix)).contents().stream()
                .map(S3Object::key).sorted().toList();
    }

    /** An object's content, or null when there is none. */
    public byte[] object(String bucket, String key) {
        try {
            return client.getObjectAsBytes(request -> request.bucket(bucket).key(key)).asByteArray();
        }
        catch (NoSuchKeyException e) {
            return null;
        }
    }

    public void put(String bucket, String key, byte[] content) {
        client.putObject(request -> request.bucket(bucket).key(key), RequestBody.fromBytes(content));
    }

    @Override
    public synchronized void close() throws IOException, InterruptedException {
        client.close();
        process.destroy();
        process.waitFor();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        }
        synchronized (S3Proxy.class) {
            running = null;
        }
    }

    private static S3Proxy start() {
        if (!Files.isRegularFile(JAR)) {
            throw new IllegalStateException("There is no s3proxy at " + JAR + ": fetch it with ./mvnw process-test-resources");
        }
        try {
            Path folder = Files.createTempDirectory("s3proxy");
            Files.createDirectories(folder.resolve("objects"));
            int port = LocalProcesses.freePort();
            URI endpoint = URI.create("http://127.0.0.1:" + port);
            Files.writeString(folder.resolve("s3proxy.properties"), String.join("\n",
                    "s3proxy.endpoint=" + endpoint,
                    "s3proxy.authorization=aws-v2-or-v4",
                    "s3proxy.identity=" + IDENTITY,
                    "s3proxy.credential=" + CREDENTIAL,
                    "jclouds.provider=filesystem",
                    "jclouds.filesystem.basedir=" + folder.resolve("objects")), StandardCharsets.UTF_8);
            Process process = new ProcessBuilder(LocalProcesses.java(),
                    "-Xmx256m", "-jar", JAR.toAbsolutePath().toString(), "--properties",
                    folder.resolve("s3proxy.properties").toString())
                    .redirectErrorStream(true).redirectOutput(folder.resolve("s3proxy.log").toFile()).start();
            awaitAnswer(process, endpoint, folder.resolve("s3proxy.log"));
            return new S3Proxy(process, folder, endpoint);
        }
        catch (IOException e) {
            throw new UncheckedIOException("s3proxy did not start", e);
        }
    }

    /** Any HTTP answer will do (an unsigned request is refused with 403): the server is listening. */
    private static void awaitAnswer(Process process, URI endpoint, Path log) throws IOException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("s3proxy stopped at start-up: " + Files.readString(log));
            }
            try {
                http.send(HttpRequest.newBuilder(endpoint).GET().build(), HttpResponse.BodyHandlers.discarding());
                return;
            }
            catch (IOException notYet) {
                Eventually.pause(Duration.ofMillis(100));
            }
            catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        process.destroyForcibly();
        throw new IllegalStateException("s3proxy did not answer within 30 s: " + Files.readString(log));
    }

}
