package com.novastoryteller.cluster;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.flywaydb.core.Flyway;

import com.novastoryteller.support.Api;
import com.novastoryteller.support.S3Proxy;

/**
 * A fresh installation for the bench: an emptied PostgreSQL database, a new bucket, some nodes of the packaged jar
 * behind HAProxy ({@code deploy/haproxy.cfg}). Nothing from an earlier installation (clips in the audio cache above
 * all) can flatter the next one's figures.
 */
final class Installation {

    final List<JarNode> nodes;
    final Balancer balancer;

    private Installation(List<JarNode> nodes, Balancer balancer) {
        this.nodes = nodes;
        this.balancer = balancer;
    }

    record Database(String url, String user, String password) {
    }

    static Installation start(int size, Path parent, Database database, URI storeEndpoint)
            throws IOException, InterruptedException {
        Flyway.configure().dataSource(database.url(), database.user(), database.password()).cleanDisabled(false).load()
                .clean();
        String bucket = S3Proxy.running().createBucket("bench-" + System.nanoTime());
        List<String> settings = List.of("--spring.datasource.url=" + database.url(),
                "--spring.datasource.username=" + database.user(), "--spring.datasource.password=" + database.password(),
                // A writer streaming lines at a provider's pace, rather than all at once as the embedded one can.
                "--storyteller.generation.line-delay=60ms",
                "--storyteller.media.store=s3", "--storyteller.media.s3.bucket=" + bucket,
                "--storyteller.media.s3.endpoint=" + storeEndpoint, "--storyteller.media.s3.path-style-access=true",
                // The bench's families ask for more stories in minutes than a family may in a day, all from one address.
                "--storyteller.quotas.stories-per-day=100000", "--storyteller.security.sign-ups-per-address=1000");
        Path directory = Files.createDirectories(parent.resolve(size + "-node" + (size == 1 ? "" : "s")));
        List<JarNode> nodes = new ArrayList<>();
        for (int n = 1; n <= size; n++) {
            JarNode node = new JarNode("node" + n, directory, settings, S3Proxy.running().credentialsEnvironment());
            // One at a time: the first creates the tables, which two nodes migrating at once would race for.
            node.start().await("/api/health", Duration.ofMinutes(2));
            nodes.add(node);
        }
        Balancer balancer = Balancer.start(directory, nodes);
        for (JarNode node : nodes) {
            node.await("/actuator/health/readiness", Duration.ofMinutes(3));
        }
        balancer.awaitPassing(Duration.ofSeconds(30));
        return new Installation(nodes, balancer);
    }

    Api api() {
        return balancer.api();
    }

    /** CPU time used so far by every node still running. */
    Duration cpuTime() {
        return nodes.stream().filter(JarNode::alive).map(JarNode::cpuTime).reduce(Duration.ZERO, Duration::plus);
    }

    void stop() throws InterruptedException {
        for (JarNode node : nodes) {
            node.kill();
        }
        balancer.stop();
    }
}
