package com.novastoryteller.narration;

import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

import com.novastoryteller.story.StoryRevised;
import com.novastoryteller.story.StorySegment;
import com.novastoryteller.story.StoryWriting;

/**
 * Reads stories aloud while they are being written: each stored segment is handed over at once and
 * spoken on the narration threads, several segments of a story at the same time, while the writer goes
 * on; the segments are announced strictly in order, each as soon as it and all before it can be heard.
 */
@Component
public class StoryReadings {

    private static final Logger log = LoggerFactory.getLogger(StoryReadings.class);

    private final Narration narration;
    private final NarrationThreads threads;
    private final StoryWriting writing;

    StoryReadings(Narration narration, NarrationThreads threads, StoryWriting writing) {
        this.narration = narration;
        this.threads = threads;
        this.writing = writing;
    }

    public StoryReading start(UUID storyId, int revision, String language) {
        return narration.canNarrate(language) ? new Reading(storyId, revision) : StoryReading.SILENT;
    }

    /** An edited text is read again at once; segments whose words and voice did not change keep their audio. */
    @TransactionalEventListener(fallbackExecution = true)
    void on(StoryRevised revised) {
        if (!narration.canNarrate(revised.language())) {
            return;
        }
        Reading reading = new Reading(revised.storyId(), revised.revision());
        writing.segments(revised.storyId(), revised.revision()).forEach(reading::read);
        reading.spoken().thenRun(() -> narration.whole(revised.storyId(), revised.revision())).exceptionally(failure -> {
            log.warn("Could not read the edited story {} aloud", revised.storyId(), failure);
            return null;
        });
    }

    private final class Reading implements StoryReading {

        private final UUID storyId;
        private final int revision;
        private CompletableFuture<Void> announced = CompletableFuture.completedFuture(null);
        /** The first sentence is spoken alone, with the whole machine to itself, because the child is waiting for it. */
        private CompletableFuture<?> firstSpoken;

        Reading(UUID storyId, int revision) {
            this.storyId = storyId;
            this.revision = revision;
        }

        @Override
        public synchronized void read(StorySegment segment) {
            CompletableFuture<NarrationClip> spoken = firstSpoken == null
                    ? threads.submit(segment.seq(), () -> narration.voice(storyId, segment))
                    : firstSpoken.handle((clip, failure) -> null)
                            .thenCompose(ready -> threads.submit(segment.seq(), () -> narration.voice(storyId, segment)));
            if (firstSpoken == null) {
                firstSpoken = spoken;
            }
            announced = announced.thenCombine(spoken, (before, clip) -> {
                narration.announce(storyId, revision, segment, clip);
                return null;
            });
        }

        synchronized CompletableFuture<Void> spoken() {
            return announced;
        }

        @Override
        public void finish() {
            spoken().join();
            narration.whole(narration.narrateAll(storyId, revision));
        }
    }
}
