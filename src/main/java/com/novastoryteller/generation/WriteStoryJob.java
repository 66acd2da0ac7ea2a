package com.novastoryteller.generation;

import java.time.Duration;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import com.novastoryteller.engine.SafetyFilter;
import com.novastoryteller.engine.StoryWriter;
import com.novastoryteller.narration.StoryReading;
import com.novastoryteller.narration.StoryReadings;
import com.novastoryteller.story.StoryWriting;
import com.novastoryteller.usage.Payer;

/** What one execution of the durable "write-story" job does. */
@Component
class WriteStoryJob {

    private final StoryWriter writer;
    private final StoryWriting writing;
    private final SafetyFilter safety;
    private final GenerationTasks tasks;
    private final Duration lineDelay;
    private final StoryReadings readings;
    private final PartPictures pictures;
    private final TransactionTemplate transactions;
    private final GenerationMetrics metrics;

    WriteStoryJob(StoryWriter writer, StoryWriting writing, SafetyFilter safety, GenerationTasks tasks,
            GenerationProperties properties, StoryReadings readings, PartPictures pictures,
            PlatformTransactionManager transactionManager, GenerationMetrics metrics) {
        this.metrics = metrics;
        this.transactions = new TransactionTemplate(transactionManager);
        this.pictures = pictures;
        this.writer = writer;
        this.writing = writing;
        this.safety = safety;
        this.tasks = tasks;
        this.lineDelay = properties.lineDelay();
        this.readings = readings;
    }

    void run(UUID taskId) {
        GenerationTask task = tasks.start(taskId);
        StoryWriting.WritingOrder order = writing.order(task.storyId(), task.revision());
        Payer.runFor(order.ownerId(), () -> write(taskId, task, order));
    }

    private void write(UUID taskId, GenerationTask task, StoryWriting.WritingOrder order) {
        if (order.current()) {
            int totalParts = order.request().length().parts();
            StoryReading reading = readings.start(task.storyId(), task.revision(), order.request().language(),
                    task.createdAt());
            var assembler = new StoryAssembler(writing, safety, task.storyId(), task.revision(), order.segmentsWritten(),
                    order.kept(), order.lastPart(),
                    partsStarted -> tasks.progress(taskId, Math.min(99, 100 * (partsStarted - 1) / totalParts)),
                    reading::read, finished -> pictures.draw(task.storyId(), task.revision(), finished), notice -> {
                        writing.notice(task.storyId(), task.revision(), notice);
                        tasks.notice(taskId, notice);
                    });
            try {
                writer.write(order.request(), line -> {
                    pause();
                    if (!writing.isCurrent(task.storyId(), task.revision())) {
                        throw new Superseded();
                    }
                    assembler.accept(line);
                });
            }
            catch (Superseded newerRevision) {
                tasks.complete(taskId);
                return;
            }
            if (assembler.segments() == order.kept()) {
                throw new IllegalStateException("The writer produced no story text");
            }
            assembler.finish();
            reading.finish();
            // The story turns ready and its task completed in one transaction: whoever sees one sees the other.
            transactions.executeWithoutResult(status -> {
                writing.finish(task.storyId(), task.revision());
                tasks.complete(taskId);
            });
            metrics.written(task.createdAt());
            return;
        }
        tasks.complete(taskId);
    }

    /** The child changed the story while this revision was being written: the newer one is written instead. */
    private static final class Superseded extends RuntimeException {

        Superseded() {
            super(null, null, false, false);
        }
    }

    private void pause() {
        if (!lineDelay.isZero()) {
            try {
                Thread.sleep(lineDelay.toMillis());
            }
            catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while writing", e);
            }
        }
    }

    /** The job failed for good: say so on the task and on the story. */
    void giveUp(UUID taskId, String reason) {
        GenerationTask task = tasks.fail(taskId, reason);
        metrics.gaveUp();
        writing.fail(task.storyId(), task.revision(), "The story could not be written. Please try again.");
    }
}
