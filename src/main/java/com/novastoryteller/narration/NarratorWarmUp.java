package com.novastoryteller.narration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import com.novastoryteller.engine.Narrator;

/** Loads and warms the voices in the background, on every narration thread, so the first story after a start is not slower. */
@Component
class NarratorWarmUp {

    private final Narrator narrator;
    private final NarrationThreads threads;
    private final int count;

    NarratorWarmUp(Narrator narrator, NarrationThreads threads, @Value("${storyteller.narration.threads:2}") int count) {
        this.narrator = narrator;
        this.threads = threads;
        this.count = count;
    }

    @EventListener(ApplicationReadyEvent.class)
    void warm() {
        if (!narrator.isOn()) {
            return;
        }
        for (int n = 0; n < count; n++) {
            threads.submit(NarrationThreads.FIRST, () -> {
                narrator.warmUp();
                return null;
            });
        }
    }
}
