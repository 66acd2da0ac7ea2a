package com.novastoryteller.support;

import java.time.Duration;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;

/**
 * Waiting in tests for what the product does in the background: ask again and again until the answer comes, and
 * fail with what was awaited when it does not come in time. Tests wait through here rather than with loops and
 * sleeps of their own, so that a wait is as short as the product allows and says what it was for when it fails.
 * <p>
 * {@code Eventually.get(...)} waits up to a minute, asking every 50 ms; {@code Eventually.within(timeout)} and
 * {@link Waiting#every(Duration)} change either.
 */
public final class Eventually {

    private static final Waiting A_MINUTE = new Waiting(Duration.ofMinutes(1), Duration.ofMillis(50));

    private Eventually() {
    }

    /** The first non-null answer of {@code probe}, asked every 50 ms for up to a minute. */
    public static <T> T get(String what, Supplier<@Nullable T> probe) {
        return A_MINUTE.get(what, probe);
    }

    /** Returns once {@code condition} holds, asked every 50 ms for up to a minute. */
    public static void until(String what, BooleanSupplier condition) {
        A_MINUTE.until(what, condition);
    }

    /** Waits of up to {@code timeout}, asking every 50 ms. */
    public static Waiting within(Duration timeout) {
        return new Waiting(timeout, A_MINUTE.every());
    }

    /**
     * Checks that {@code condition} holds throughout {@code period}, failing as soon as it does not: for what must
     * <em>not</em> happen (a paused player moving on), which no answer can end early.
     */
    public static void holdsFor(String what, Duration period, BooleanSupplier condition) {
        long end = System.nanoTime() + period.toNanos();
        do {
            if (!condition.getAsBoolean()) {
                throw new AssertionError(what + " stopped holding within " + period.toMillis() + " ms");
            }
            pause(A_MINUTE.every());
        }
        while (System.nanoTime() < end);
        if (!condition.getAsBoolean()) {
            throw new AssertionError(what + " stopped holding within " + period.toMillis() + " ms");
        }
    }

    /** A wait of up to {@code timeout}, asking every {@code every}. */
    public record Waiting(Duration timeout, Duration every) {

        /** The same wait, asking every {@code interval}: for probes that cost the product something. */
        public Waiting every(Duration interval) {
            return new Waiting(timeout, interval);
        }

        /** The first non-null answer of {@code probe}. What {@code probe} throws ends the wait. */
        public <T> T get(String what, Supplier<@Nullable T> probe) {
            long deadline = System.nanoTime() + timeout.toNanos();
            while (true) {
                T found = probe.get();
                if (found != null) {
                    return found;
                }
                if (System.nanoTime() - deadline >= 0) {
                    throw new AssertionError(what + " did not happen within " + describe(timeout));
                }
                pause(every);
            }
        }

        /** Returns once {@code condition} holds. */
        public void until(String what, BooleanSupplier condition) {
            get(what, () -> condition.getAsBoolean() ? Boolean.TRUE : null);
        }

        /**
         * Returns once {@code assertion} passes; when it never does, fails with its last failure, so the message
         * says what was found rather than only that the wait ended.
         */
        public void untilAsserted(Runnable assertion) {
            long deadline = System.nanoTime() + timeout.toNanos();
            while (true) {
                try {
                    assertion.run();
                    return;
                }
                catch (AssertionError notYet) {
                    if (System.nanoTime() - deadline >= 0) {
                        notYet.addSuppressed(new AssertionError("still failing after " + describe(timeout)));
                        throw notYet;
                    }
                }
                pause(every);
            }
        }
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

    private static String describe(Duration timeout) {
        if (timeout.equals(Duration.ofMinutes(1))) {
            return "a minute";
        }
        return timeout.toSeconds() >= 120 && timeout.toSecondsPart() == 0 ? timeout.toMinutes() + " minutes"
                : timeout.toMillis() % 1000 == 0 ? timeout.toSeconds() + " s" : timeout.toMillis() + " ms";
    }
}
