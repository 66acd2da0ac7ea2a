package com.novastoryteller.narration;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

import com.novastoryteller.story.StoryRevised;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
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
    /** The reading of each story being read on this instance. */
    private final Map<UUID, Reading> readings = new ConcurrentHashMap<>();

    private final Timer firstAudio;
    private final Clock clock;

    StoryReadings(Narration narration, NarrationThreads threads, StoryWriting writing, MeterRegistry registry,
            Clock clock) {
        this.narration = narration;
        this.threads = threads;
        this.writing = writing;
        this.clock = clock;
        this.firstAudio = Timer.builder("storyteller.first.audio")
                .description("From the request for a story (or a change) to its first sentence ready to be heard")
                .publishPercentileHistogram().minimumExpectedValue(Duration.ofMillis(50))
                .maximumExpectedValue(Duration.ofMinutes(1)).register(registry);
    }

    /** Reads a revision as it is written; {@code requestedAt} is when the family asked for it, for the first-audio time. */
    public StoryReading start(UUID storyId, int revision, String language, Instant requestedAt) {
        return narration.canNarrate(language) ? begin(storyId, revision, requestedAt) : StoryReading.SILENT;
    }

    /** An edited text is read again at once; segments whose words and voice did not change keep their audio. */
    @TransactionalEventListener(fallbackExecution = true)
    void on(StoryRevised revised) {
        if (!narration.canNarrate(revised.language())) {
            return;
        }
        Reading reading = begin(revised.storyId(), revised.revision(), clock.instant());
        writing.segments(revised.storyId(), revised.revision()).forEach(reading::read);
        reading.spoken().whenComplete((done, failure) -> reading.end()).thenRun(() -> {
            if (!reading.signal.stopped()) {
                narration.whole(revised.storyId(), revised.revision());
            }
        }).exceptionally(failure -> {
            if (!reading.signal.stopped()) {
                log.warn("Could not read the edited story {} aloud", revised.storyId(), failure);
            }
            return null;
        });
    }

    /** A new reading of the story; an older one still speaking is stopped, because nobody will hear it. */
    private Reading begin(UUID storyId, int revision, Instant requestedAt) {
        Reading reading = new Reading(storyId, revision, requestedAt);
        Reading before = readings.put(storyId, reading);
        if (before != null && before.revision < revision) {
            before.signal.stop();
        }
        return reading;
    }

    /**
     * One revision being read. A segment's priority on the narration threads is its place after the first
     * segment this revision reads, so the first new sentence after an interruption is as urgent as a new
     * story's first.
     */
    private final class Reading implements StoryReading {

        private final UUID storyId;
        private final int revision;
        private final StopSignal signal = new StopSignal();
        private CompletableFuture<Void> announced = CompletableFuture.completedFuture(null);
        /** The first sentence is spoken alone, with the whole machine to itself, because the child is waiting for it. */
        private CompletableFuture<?> firstSpoken;
        private int firstSeq;
        private final Instant requestedAt;
        private boolean heard;

        Reading(UUID storyId, int revision, Instant requestedAt) {
            this.storyId = storyId;
            this.revision = revision;
            this.requestedAt = requestedAt;
        }

        @Override
        public synchronized void read(StorySegment segment) {
            if (firstSpoken == null) {
                firstSeq = segment.seq();
            }
            int priority = Math.max(0, segment.seq() - firstSeq);
            CompletableFuture<NarrationClip> spoken = firstSpoken == null ? speak(priority, segment)
                    : firstSpoken.handle((clip, failure) -> null).thenCompose(ready -> speak(priority, segment));
            if (firstSpoken == null) {
                firstSpoken = spoken;
            }
            announced = announced.thenCombine(spoken, (before, clip) -> {
                narration.announce(storyId, revision, segment, clip);
                if (!heard) {
                    heard = true;
                    firstAudio.record(Duration.between(requestedAt, clock.instant()));
                }
                return null;
            });
        }

        private CompletableFuture<NarrationClip> speak(int priority, StorySegment segment) {
            return threads.submit(priority, () -> narration.voice(storyId, segment, signal));
        }

        synchronized CompletableFuture<Void> spoken() {
            return announced;
        }

        @Override
        public void finish() {
            try {
                spoken().join();
                if (!signal.stopped()) {
                    narration.whole(narration.narrateAll(storyId, revision));
                }
            }
            catch (CompletionException | CancellationException e) {
                if (!signal.stopped()) {
                    throw e;
                }
            }
            finally {
                end();
            }
        }

        void end() {
            readings.remove(storyId, this);
        }
    }
}
