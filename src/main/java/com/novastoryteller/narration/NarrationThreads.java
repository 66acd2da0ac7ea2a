package com.novastoryteller.narration;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.PriorityBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.concurrent.CustomizableThreadFactory;
import org.springframework.stereotype.Component;

import com.novastoryteller.usage.Payer;

/**
 * The threads that speak, shared by every story being read. Work is taken by urgency, not arrival: a
 * segment's priority is how far it is from what its listener is waiting for, so a new story's first
 * sentence (or the first new one after a child changed a story) goes before the tenth sentence of a
 * story already playing, which will not be heard for a while anyway.
 */
@Component
class NarrationThreads implements DisposableBean {

    /** Runs before any segment: loading the voices. */
    static final int FIRST = -1;

    private final AtomicLong arrivals = new AtomicLong();
    private final ThreadPoolExecutor executor;

    NarrationThreads(@Value("${storyteller.narration.threads:2}") int threads) {
        executor = new ThreadPoolExecutor(threads, threads, 1, TimeUnit.MINUTES, new PriorityBlockingQueue<>(),
                new CustomizableThreadFactory("narration-"));
    }

    /** Runs {@code work} on a narration thread, for the same {@link Payer} as the thread that hands it on. */
    <T> CompletableFuture<T> submit(int priority, Supplier<T> handedOn) {
        Supplier<T> work = Payer.carried(handedOn);
        CompletableFuture<T> result = new CompletableFuture<>();
        executor.execute(new Task(priority, arrivals.incrementAndGet(), () -> {
            try {
                result.complete(work.get());
            }
            catch (RuntimeException | Error e) {
                result.completeExceptionally(e);
            }
        }));
        return result;
    }

    /** How many segments are spoken at once. */
    int size() {
        return executor.getCorePoolSize();
    }

    @Override
    public void destroy() {
        executor.shutdownNow();
    }

    private record Task(int priority, long arrival, Runnable work) implements Runnable, Comparable<Task> {

        @Override
        public void run() {
            work.run();
        }

        @Override
        public int compareTo(Task other) {
            int byPriority = Integer.compare(priority, other.priority);
            return byPriority != 0 ? byPriority : Long.compare(arrival, other.arrival);
        }
    }
}
