package com.novastoryteller.support;

import java.util.stream.Stream;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import com.novastoryteller.Application;

/**
 * Another node of the installation the test runs: the whole application again, in this JVM on a port of its own,
 * on the same database (the test's H2, or the PostgreSQL or MariaDB of the run). Nothing else is shared with the
 * test's own application but what a second machine would share: the database.
 */
public final class Node implements AutoCloseable {

    private final ConfigurableApplicationContext context;

    private Node(ConfigurableApplicationContext context) {
        this.context = context;
    }

    /** Starts a node with the test profile on a free port, and any properties given as {@code name=value}. */
    public static Node start(String... properties) {
        // As arguments, so that they win over application.properties (server.port=8080) as they would on a real node.
        String[] arguments = Stream.concat(Stream.of("server.port=0"), Stream.of(properties))
                .map(property -> "--" + property).toArray(String[]::new);
        return new Node(new SpringApplicationBuilder(Application.class).profiles("test").run(arguments));
    }

    public int port() {
        return context.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
    }

    public <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    /** Stops the node as a shutdown would: its web server, its jobs and its connections to the database. */
    @Override
    public void close() {
        context.close();
    }
}
