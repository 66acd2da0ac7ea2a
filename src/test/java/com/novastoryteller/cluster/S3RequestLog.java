package com.novastoryteller.cluster;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.novastoryteller.support.Eventually;
import com.novastoryteller.support.LocalProcesses;

/**
 * An HAProxy in front of the S3-compatible store that logs every request the nodes make to it, so the bench can count
 * them by method. It passes requests through unchanged (the Host header included, which the nodes' signatures cover).
 */
final class S3RequestLog implements AutoCloseable {

    private static final Pattern REQUEST_LINE = Pattern.compile("\"([A-Z]+) /");

    private final URI endpoint;
    private final Path log;
    private final Process process;

    private S3RequestLog(URI endpoint, Path log, Process process) {
        this.endpoint = endpoint;
        this.log = log;
        this.process = process;
    }

    static S3RequestLog start(Path directory, URI store) throws IOException {
        int port = LocalProcesses.freePort();
        Path configuration = directory.resolve("s3-requests.cfg");
        Files.writeString(configuration, String.join("\n",
                "global", "    log stdout format raw local0 info",
                "defaults", "    mode http", "    log global", "    option httplog",
                "    timeout connect 5s", "    timeout client 1m", "    timeout server 1m",
                "frontend s3", "    bind 127.0.0.1:" + port, "    default_backend store",
                "backend store", "    server s3proxy " + store.getHost() + ":" + store.getPort(), ""));
        Path log = directory.resolve("s3-requests.log");
        return new S3RequestLog(URI.create("http://127.0.0.1:" + port), log, Balancer.run(configuration, log));
    }

    /** Where the nodes send their S3 requests. */
    URI endpoint() {
        return endpoint;
    }

    /** Requests logged so far, by method. */
    Map<String, Integer> counts() throws IOException {
        Eventually.pause(java.time.Duration.ofMillis(500)); // the last requests' lines are written as they end
        Map<String, Integer> counts = new TreeMap<>();
        for (String line : Files.readAllLines(log)) {
            Matcher request = REQUEST_LINE.matcher(line);
            if (request.find()) {
                counts.merge(request.group(1), 1, Integer::sum);
            }
        }
        return counts;
    }

    /** The requests made between two counts, by method. */
    static Map<String, Integer> between(Map<String, Integer> before, Map<String, Integer> after) {
        Map<String, Integer> made = new TreeMap<>(after);
        before.forEach((method, count) -> made.merge(method, -count, Integer::sum));
        made.values().removeIf(count -> count == 0);
        return made;
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        process.waitFor();
    }
}
