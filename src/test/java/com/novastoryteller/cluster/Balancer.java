package com.novastoryteller.cluster;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

import com.novastoryteller.support.Api;
import com.novastoryteller.support.Eventually;
import com.novastoryteller.support.LocalProcesses;

/**
 * HAProxy with the configuration this repository ships ({@code deploy/haproxy.cfg}), its listening port and its
 * servers changed to the test's nodes: what is tested is what an installation would run.
 */
final class Balancer {

    private final int port;
    private final Process process;

    private Balancer(int port, Process process) {
        this.port = port;
        this.process = process;
    }

    static Balancer start(Path directory, List<JarNode> nodes) throws IOException {
        int port = LocalProcesses.freePort();
        String shipped = Files.readString(Path.of("deploy", "haproxy.cfg"));
        String servers = nodes.stream().map(node -> "    server " + node.name() + " 127.0.0.1:" + node.port())
                .collect(Collectors.joining("\n"));
        String configuration = shipped.replaceFirst("(?m)^    bind :\\d+$", "    bind 127.0.0.1:" + port)
                .replaceAll("(?m)^    server .*\\n?", "")
                .stripTrailing() + "\n" + servers + "\n";
        Path file = directory.resolve("haproxy.cfg");
        Files.writeString(file, configuration);
        return new Balancer(port, run(file, directory.resolve("haproxy.log")));
    }

    /** Runs haproxy in the foreground with a configuration, its output (and any request log) going to {@code log}. */
    static Process run(Path configuration, Path log) throws IOException {
        return new ProcessBuilder(haproxy(), "-db", "-f", configuration.toString()).redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))).start();
    }

    /** The haproxy executable, or null when it is not installed. */
    static String haproxy() {
        for (String candidate : List.of("/usr/sbin/haproxy", "/usr/local/sbin/haproxy", "/usr/bin/haproxy")) {
            if (Files.isExecutable(Path.of(candidate))) {
                return candidate;
            }
        }
        return null;
    }

    int port() {
        return port;
    }

    Api api() {
        return new Api(port);
    }

    /** Waits until HAProxy passes a request to a node, which it does once a health check has found one ready. */
    void awaitPassing(Duration timeout) {
        Eventually.within(timeout).every(Duration.ofMillis(200)).until("HAProxy passing a request to a node", () -> {
            try {
                return api().get("/api/health", null).status() == 200;
            }
            catch (IllegalStateException notYet) {
                return false; // HAProxy is starting, or has not seen a ready node yet
            }
        });
    }

    void stop() throws InterruptedException {
        process.destroy();
        process.waitFor();
    }
}
