package com.novastoryteller.support;

import java.time.Duration;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;

/** Waiting in tests for what the product does in the background. */
public final class Eventually {

    private Eventually() {
    }

    /** The first non-null answer of {@code probe}, asked every 50 ms for up to a minute. */
    public static <T> T get(String what, Supplier<@Nullable T> probe) {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            T found = probe.get();
            if (found != null) {
                return found;
            }
            pause(Duration.ofMillis(50));
        }
        throw new AssertionError(what + " did not happen within a minute");
    }

    public static void pause(Duration pause) {
        try {
            Thread.sleep(pause.toMillis());
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
