package com.novastoryteller.narration;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import com.novastoryteller.narration.NarrationQueue.QueuedSegment;
import com.novastoryteller.story.StoryRevised;
import com.novastoryteller.story.StorySegment;
import com.novastoryteller.story.StoryWriting.SegmentToVoice;
import com.novastoryteller.story.StoryWriting;
import com.novastoryteller.usage.Payer;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * Reads stories aloud while they are being written. The first sentence of a reading is voiced at once on the node
 * that wrote it, with the whole machine to itself, because the child is waiting for it; every later one is queued in
 * the database ({@link NarrationQueue}) and voiced by whichever node has a free narration thread, several at a time,
 * while the writer goes on. Each is announced as soon as it can be heard; the page and the manifest put them in order.
 */
@Component
public class StoryReadings {

    private static final Logger log = LoggerFactory.getLogger(StoryReadings.class);
    private static final Duration STILL_QUEUED = Duration.ofMillis(500);
    /** Names the reaction in the event registry, where it outlives a renamed method. */
    static final String READ_EDITED = "narration.read-edited-story";

    private final Narration narration;
    private final NarrationThreads threads;
    private final NarrationQueue queue;
    private final StoryWriting writing;
    /** The reading of each story being read on this node. */
    private final Map<UUID, Reading> readings = new ConcurrentHashMap<>();

    private final Timer firstAudio;
    private final Counter voicedFromQueue;
    private final Counter firstLeftToBackstop;
    private final Clock clock;

    StoryReadings(Narration narration, NarrationThreads threads, NarrationQueue queue, StoryWriting writing,
            MeterRegistry registry, Clock clock) {
        this.narration = narration;
        this.threads = threads;
        this.queue = queue;
        this.writing = writing;
        this.clock = clock;
        this.firstAudio = Timer.builder("storyteller.first.audio")
                .description("From the request for a story (or a change) to its first sentence ready to be heard")
                .publishPercentileHistogram().minimumExpectedValue(Duration.ofMillis(50))
                .maximumExpectedValue(Duration.ofMinutes(1)).register(registry);
        this.voicedFromQueue = Counter.builder("storyteller.narration.queued")
                .description("Queued sentences this node took, voiced (or found spoken) and announced").register(registry);
        this.firstLeftToBackstop = Counter.builder("storyteller.narration.first.backstopped")
                .description("First sentences that could not be voiced at once, left to their back-stop in the queue")
                .register(registry);
    }

    /** Reads a revision as it is written; {@code requestedAt} is when the family asked for it, for the first-audio time. */
    public StoryReading start(UUID storyId, int revision, String language, Instant requestedAt) {
        return narration.canNarrate(language) ? begin(storyId, revision, requestedAt) : StoryReading.SILENT;
    }

    /**
     * An edited text is read again as soon as the edit is committed; segments whose words and voice did not change keep
     * their audio. The event is kept in the registry until this has queued the sentences, so an edit committed just
     * before a crash is still read (see StalledReactions).
     */
    @ApplicationModuleListener(id = READ_EDITED)
    void on(StoryRevised revised) {
        if (!narration.canNarrate(revised.language())) {
            return;
        }
        Reading reading = begin(revised.storyId(), revised.revision(), clock.instant());
        writing.segments(revised.storyId(), revised.revision()).forEach(reading::read);
        // No job waits for an edit to be heard: the queue voices the rest, and the reading ends with its first sentence.
        reading.firstHeard().whenComplete((heard, failure) -> reading.end());
    }

    /**
     * Voices a queued sentence, on whichever node took it, and announces it. Nothing is voiced for a revision that
     * is no longer the story's, nor for a sentence already spoken in its voice; on the node reading the revision,
     * it waits for the first sentence and stops mid-sentence when the child changes the story.
     */
    void voiceQueued(QueuedSegment queued) {
        Reading local = readings.get(queued.storyId());
        if (local != null && local.revision > queued.revision()) {
            return;
        }
        Optional<SegmentToVoice> toVoice = writing.toVoice(queued.storyId(), queued.revision(), queued.seq());
        if (toVoice.isEmpty()) {
            return;
        }
        StorySegment segment = toVoice.get().segment();
        Reading same = local != null && local.revision == queued.revision() ? local : null;
        StopSignal signal = same != null ? same.signal : new StopSignal();
        int priority = Math.max(1, queued.seq() - (same != null ? same.firstSeq : 0));
        try {
            if (same != null) {
                same.firstHeard().handle((heard, failure) -> null).get();
            }
            NarrationClip clip = Payer.callFor(toVoice.get().ownerId(),
                    () -> threads.submit(priority, () -> narration.voice(queued.storyId(), segment, signal))).get();
            narration.announce(queued.storyId(), queued.revision(), segment, clip);
            voicedFromQueue.increment();
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Stopped while voicing " + queued.id(), e);
        }
        catch (CancellationException e) {
            // The child changed the story mid-sentence: nobody will hear this one.
            if (!signal.stopped()) {
                throw e;
            }
        }
        catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
        }
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
     * One revision being read. A queued segment's priority is its distance from the first segment this revision
     * reads, so the first new sentence after an interruption is as urgent as a new story's first.
     */
    private final class Reading implements StoryReading {

        private final UUID storyId;
        private final int revision;
        private final StopSignal signal = new StopSignal();
        private final Instant requestedAt;
        private @Nullable CompletableFuture<Void> firstHeard;
        private volatile int firstSeq;

        Reading(UUID storyId, int revision, Instant requestedAt) {
            this.storyId = storyId;
            this.revision = revision;
            this.requestedAt = requestedAt;
        }

        @Override
        public synchronized void read(StorySegment segment) {
            QueuedSegment queued = new QueuedSegment(storyId, revision, segment.seq());
            if (firstHeard == null) {
                firstSeq = segment.seq();
                queue.backstop(queued);
                firstHeard = threads.submit(0, () -> narration.voice(storyId, segment, signal)).thenAccept(clip -> {
                    narration.announce(storyId, revision, segment, clip);
                    firstAudio.record(Duration.between(requestedAt, clock.instant()));
                    queue.voiced(queued);
                });
                firstHeard.exceptionally(failure -> {
                    if (!signal.stopped()) {
                        firstLeftToBackstop.increment();
                        log.warn("Could not read the first sentence of story {} aloud at once; it is queued", storyId, failure);
                    }
                    return null;
                });
            }
            else {
                queue.queue(queued, -Math.min(Short.MAX_VALUE, segment.seq() - firstSeq));
            }
        }

        synchronized CompletableFuture<Void> firstHeard() {
            return firstHeard != null ? firstHeard : CompletableFuture.completedFuture(null);
        }

        /** Waits until no sentence of the revision is queued on any node, then voices anything still missing. */
        @Override
        public void finish() {
            try {
                firstHeard().handle((heard, failure) -> null).join();
                while (!signal.stopped() && queue.waiting(storyId, revision) > 0) {
                    Thread.sleep(STILL_QUEUED.toMillis());
                }
                if (!signal.stopped()) {
                    narration.whole(narration.narrateAll(storyId, revision));
                }
            }
            catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Stopped while the story was still being read", e);
            }
            catch (CancellationException e) {
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
