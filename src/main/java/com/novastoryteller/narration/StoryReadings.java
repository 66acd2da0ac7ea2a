package com.novastoryteller.narration;

import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

import com.novastoryteller.story.StorySegment;

/**
 * Reads stories aloud while they are being written: each stored segment is handed over at once and
 * spoken on the narration threads, in order per story, while the writer goes on.
 */
@Component
public class StoryReadings {

    private final Narration narration;
    private final Executor voices;

    StoryReadings(Narration narration, @Qualifier("narrationExecutor") Executor voices) {
        this.narration = narration;
        this.voices = voices;
    }

    public StoryReading start(UUID storyId, int revision, String language) {
        if (!narration.canNarrate(language)) {
            return StoryReading.SILENT;
        }
        return new StoryReading() {

            private CompletableFuture<Void> spoken = CompletableFuture.completedFuture(null);

            @Override
            public synchronized void read(StorySegment segment) {
                spoken = spoken.thenRunAsync(() -> narration.narrate(storyId, revision, segment), voices);
            }

            @Override
            public void finish() {
                CompletableFuture<Void> all;
                synchronized (this) {
                    all = spoken;
                }
                all.join();
                narration.narrateAll(storyId, revision);
            }
        };
    }
}
