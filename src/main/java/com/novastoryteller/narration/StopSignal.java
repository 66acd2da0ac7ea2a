package com.novastoryteller.narration;

import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.function.Supplier;

/**
 * Stops a reading that nobody will hear any more (the child changed the story) in the middle of a
 * sentence, so the threads are free at once for the new words. Threads are interrupted only while they
 * are inside the synthesiser, which checks for it, never while they store or encode what was spoken.
 */
final class StopSignal {

    private final Set<Thread> speaking = new HashSet<>();
    private boolean stopped;

    synchronized void stop() {
        stopped = true;
        speaking.forEach(Thread::interrupt);
    }

    synchronized boolean stopped() {
        return stopped;
    }

    /** Runs the synthesis, unless the reading was stopped; a stop meanwhile ends it with a CancellationException. */
    <T> T whileSpeaking(Supplier<T> synthesis) {
        Thread thread = Thread.currentThread();
        synchronized (this) {
            if (stopped) {
                throw new CancellationException("Nobody will hear this any more");
            }
            speaking.add(thread);
        }
        try {
            return synthesis.get();
        }
        finally {
            synchronized (this) {
                speaking.remove(thread);
                Thread.interrupted();
            }
        }
    }
}
