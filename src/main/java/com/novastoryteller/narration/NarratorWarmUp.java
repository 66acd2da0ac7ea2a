package com.novastoryteller.narration;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import com.novastoryteller.engine.Narrator;

/** Loads and warms the voices in the background, on every narration thread, so the first story after a start is not slower. */
@Component
class NarratorWarmUp {

    private final Narrator narrator;
    private final NarrationThreads threads;
    private volatile CompletableFuture<Void> warm = CompletableFuture.completedFuture(null);

    NarratorWarmUp(Narrator narrator, NarrationThreads threads) {
        this.narrator = narrator;
        this.threads = threads;
    }

    @EventListener(ApplicationReadyEvent.class)
    void warm() {
        if (!narrator.isOn()) {
            return;
        }
        List<CompletableFuture<Object>> threadsWarmed = new ArrayList<>();
        for (int n = 0; n < threads.size(); n++) {
            threadsWarmed.add(threads.submit(NarrationThreads.FIRST, () -> {
                narrator.warmUp();
                return null;
            }));
        }
        warm = CompletableFuture.allOf(threadsWarmed.toArray(CompletableFuture[]::new));
    }

    /** Done when every narration thread has loaded and used the voices. */
    CompletableFuture<Void> warmed() {
        return warm;
    }
}
