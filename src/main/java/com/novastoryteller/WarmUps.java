package com.novastoryteller;

import java.lang.management.ManagementFactory;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.sun.management.HotSpotDiagnosticMXBean;
import com.sun.management.VMOption;

/**
 * The engines' warm-ups after start (voices, language models, the safety encoder), run in the background once the
 * server is ready, and what follows the last of them: loading the models passes through far more memory than the
 * models keep (about a gigabyte of heap grown for two hundred megabytes still in use), so the heap is compacted once
 * and the free part given back to the system rather than held by a server that may then sit idle.
 */
public final class WarmUps {

    private static final Logger log = LoggerFactory.getLogger(WarmUps.class);
    private static final AtomicInteger running = new AtomicInteger();

    private WarmUps() {
    }

    /** Runs a warm-up on its own background thread. */
    public static void start(String name, Runnable warmUp) {
        CompletableFuture<Void> done = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            try {
                warmUp.run();
                done.complete(null);
            }
            catch (Throwable ex) {
                done.completeExceptionally(ex);
                throw ex;
            }
        }, name);
        thread.setDaemon(true);
        track(done);
        thread.start();
    }

    /** Counts a warm-up running elsewhere (on the narration threads) until it ends, however it ends. */
    public static <T> CompletableFuture<T> track(CompletableFuture<T> warmUp) {
        running.incrementAndGet();
        warmUp.whenComplete((result, failure) -> {
            if (running.decrementAndGet() == 0) {
                // on a thread of its own, not on the narration thread that happened to finish last
                Thread giving = new Thread(WarmUps::giveBackFreeHeap, "heap-give-back");
                giving.setDaemon(true);
                giving.start();
            }
        });
        return warmUp;
    }

    /** True while a warm-up runs: the node is up but would make its first family wait for the voices. */
    public static boolean warming() {
        return running.get() > 0;
    }

    /**
     * Once for all the warm-ups: a full collection, after which the JVM keeps no more than {@link #keepHeapSmall the
     * free share} of the heap committed.
     */
    private static void giveBackFreeHeap() {
        long before = committedHeap();
        System.gc();
        log.info("The engines are warm; the heap was compacted from {} MB to {} MB", before >> 20, committedHeap() >> 20);
    }

    private static long committedHeap() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getCommitted();
    }

    /**
     * How much free heap the JVM keeps after a full or concurrent collection (at most 30 %, not its default 70 %), and
     * that an idle server has a collection every five minutes, in which G1 gives back what it no longer needs. These
     * are the JVM's manageable settings, set here because {@code java -jar} is often started with no options; a
     * value given on the command line is left as it is.
     */
    static void keepHeapSmall() {
        try {
            HotSpotDiagnosticMXBean vm = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
            // the minimum first: the JVM refuses a maximum below the minimum (40 % by default)
            setUnlessGiven(vm, "MinHeapFreeRatio", "10");
            setUnlessGiven(vm, "MaxHeapFreeRatio", "30");
            setUnlessGiven(vm, "G1PeriodicGCInterval", "300000");
        }
        catch (RuntimeException ex) {
            log.debug("The heap settings could not be changed: {}", ex.toString());
        }
    }

    private static void setUnlessGiven(HotSpotDiagnosticMXBean vm, String name, String value) {
        VMOption option = vm.getVMOption(name);
        if (option.getOrigin() == VMOption.Origin.DEFAULT && option.isWriteable()) {
            vm.setVMOption(name, value);
        }
    }
}
