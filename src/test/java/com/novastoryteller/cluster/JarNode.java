package com.novastoryteller.cluster;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.novastoryteller.support.Api;
import com.novastoryteller.support.Eventually;
import com.novastoryteller.support.LocalProcesses;

/** One node of an installation: the packaged jar in a process of its own, with a data directory of its own. */
final class JarNode {

    private final String name;
    private final int port;
    private final Path directory;
    private final List<String> settings;
    private final Map<String, String> environment;
    private Process process;

    JarNode(String name, Path directory, List<String> settings, Map<String, String> environment) throws IOException {
        this.name = name;
        this.port = LocalProcesses.freePort();
        this.directory = Files.createDirectories(directory.resolve(name));
        this.settings = List.copyOf(settings);
        this.environment = Map.copyOf(environment);
    }

    String name() {
        return name;
    }

    int port() {
        return port;
    }

    Path directory() {
        return directory;
    }

    Api api() {
        return new Api(port);
    }

    /** Starts the jar; answers once the node is alive (its voices may still be warming). */
    JarNode start() throws IOException {
        List<String> command = new ArrayList<>(List.of(LocalProcesses.java(),
                "-jar", System.getProperty("storyteller.jar"), "--server.port=" + port,
                "--storyteller.data-dir=" + directory));
        command.addAll(settings);
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().putAll(environment);
        process = builder.redirectErrorStream(true)
                .redirectOutput(directory.resolve("out-" + System.nanoTime() + ".log").toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))).start();
        return this;
    }

    /** Waits until the node answers the given path with 200: {@code /api/health} alive, readiness warm. */
    void await(String path, Duration timeout) {
        Api api = api();
        Eventually.within(timeout).every(Duration.ofMillis(200)).until(name + " answering 200 at " + path, () -> {
            if (!process.isAlive()) {
                throw new AssertionError(name + " stopped; its log is in " + directory);
            }
            try {
                return api.get(path, null).status() == 200;
            }
            catch (IllegalStateException notYet) {
                return false; // not listening yet
            }
        });
    }

    boolean alive() {
        return process != null && process.isAlive();
    }

    /** The CPU time the node's process has used so far, on every core together. */
    Duration cpuTime() {
        return process.toHandle().info().totalCpuDuration()
                .orElseThrow(() -> new IllegalStateException("The system does not say " + name + "'s CPU time"));
    }

    /** As a power cut would: no shutdown, nothing handed back. */
    void kill() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroyForcibly().waitFor();
        }
    }

    /** As a service manager would: SIGTERM, then a graceful shutdown. */
    void stop() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            process.waitFor();
        }
    }

}
