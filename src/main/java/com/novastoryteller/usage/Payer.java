package com.novastoryteller.usage;

import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The account a provider call is made for, so that what it costs counts against that family's daily spend.
 * It is bound to the thread doing the work: the request's, the story job's, a narration thread's (which
 * carries it over from the thread that handed the work on).
 */
public final class Payer {

    private static final ThreadLocal<UUID> CURRENT = new ThreadLocal<>();

    private Payer() {
    }

    public static Optional<UUID> current() {
        return Optional.ofNullable(CURRENT.get());
    }

    /** Binds the account to this thread until the scope is closed; the thread is then as it was. */
    public static Scope bind(UUID account) {
        UUID before = CURRENT.get();
        CURRENT.set(account);
        return () -> {
            if (before == null) {
                CURRENT.remove();
            }
            else {
                CURRENT.set(before);
            }
        };
    }

    /** Does {@code work} for the account. */
    public static <T> T callFor(UUID account, Supplier<T> work) {
        try (Scope bound = bind(account)) {
            return work.get();
        }
    }

    public static void runFor(UUID account, Runnable work) {
        callFor(account, () -> {
            work.run();
            return null;
        });
    }

    /** A binding of an account to a thread, undone by closing it. */
    public interface Scope extends AutoCloseable {

        @Override
        void close();
    }

    /** {@code work} as it will be done on another thread, for whoever pays on this one (if anyone). */
    public static <T> Supplier<T> carried(Supplier<T> work) {
        UUID payer = CURRENT.get();
        return payer == null ? work : () -> callFor(payer, work);
    }
}
