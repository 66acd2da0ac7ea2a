package com.novastoryteller.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Path;

/** What a test needs to run a program of its own beside it: the running JDK's {@code java}, and a free port. */
public final class LocalProcesses {

    private LocalProcesses() {
    }

    /** The {@code java} of the JDK running the tests, so a started jar runs on the same version. */
    public static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** A loopback port nothing listens on right now. */
    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
        catch (IOException e) {
            throw new UncheckedIOException("No free port", e);
        }
    }
}
