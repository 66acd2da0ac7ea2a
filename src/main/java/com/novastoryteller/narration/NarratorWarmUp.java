package com.novastoryteller.narration;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import com.novastoryteller.Application;
import com.novastoryteller.WarmUps;
import com.novastoryteller.engine.Narrator;
import com.novastoryteller.engine.Speech;

/**
 * Loads and warms the voices in the background, on every narration thread, and runs what follows them
 * (levelling, MP3 encoding) until it is compiled, so the first story after a start is not slower.
 */
@Component
class NarratorWarmUp {

    private final Narrator narrator;
    private final NarrationThreads threads;
    private final Mp3Encoder mp3;
    private final boolean enabled;
    private volatile CompletableFuture<Void> warm = CompletableFuture.completedFuture(null);

    NarratorWarmUp(Narrator narrator, NarrationThreads threads, Mp3Encoder mp3,
            @Value("${storyteller.narration.warm-up:true}") boolean enabled) {
        this.narrator = narrator;
        this.threads = threads;
        this.mp3 = mp3;
        this.enabled = enabled;
    }

    /** Not in a one-off command, which speaks nothing: MaryTTS would still be starting when the command exits. */
    @EventListener
    void warm(ApplicationReadyEvent ready) {
        if (!enabled || !narrator.isOn() || Application.runsCommand(ready.getApplicationContext().getEnvironment())) {
            return;
        }
        List<CompletableFuture<Object>> threadsWarmed = new ArrayList<>();
        for (int n = 0; n < threads.size(); n++) {
            threadsWarmed.add(threads.submit(NarrationThreads.FIRST, () -> {
                narrator.warmUp();
                Speech speech = narrator.speak("The story begins.", "storyteller");
                for (int round = 0; round < 20; round++) {
                    mp3.encode(Loudness.normalised(speech.pcm()), speech.sampleRate());
                }
                return null;
            }));
        }
        warm = WarmUps.track(CompletableFuture.allOf(threadsWarmed.toArray(CompletableFuture[]::new)));
    }

    /** Done when every narration thread has loaded and used the voices. */
    CompletableFuture<Void> warmed() {
        return warm;
    }
}
