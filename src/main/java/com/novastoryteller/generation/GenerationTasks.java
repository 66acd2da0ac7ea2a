package com.novastoryteller.generation;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Predicate;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Keeps each job's status row up to date; every change is its own short transaction. */
@Component
@Transactional
public class GenerationTasks {

    private final GenerationTaskRepository tasks;
    private final Clock clock;

    GenerationTasks(GenerationTaskRepository tasks, Clock clock) {
        this.tasks = tasks;
        this.clock = clock;
    }

    void queue(UUID taskId, UUID storyId, int revision, UUID ownerId) {
        tasks.save(GenerationTask.queue(taskId, storyId, revision, ownerId, clock.instant()));
    }

    GenerationTask start(UUID taskId) {
        return change(taskId, task -> task.start(clock.instant()));
    }

    void progress(UUID taskId, int percent) {
        change(taskId, task -> task.progress(percent));
    }

    void notice(UUID taskId, String notice) {
        change(taskId, task -> task.notice(notice));
    }

    void complete(UUID taskId) {
        change(taskId, task -> task.complete(clock.instant()));
    }

    void attemptFailed(UUID taskId, String reason) {
        change(taskId, task -> task.attemptFailed(reason));
    }

    GenerationTask fail(UUID taskId, String reason) {
        return change(taskId, task -> task.fail(reason, clock.instant()));
    }

    /** How the writing is going, for whoever may see the story it writes. */
    @Transactional(readOnly = true)
    public Optional<GenerationStatus> status(UUID taskId, Predicate<UUID> storyVisible) {
        return tasks.findById(taskId).filter(task -> storyVisible.test(task.storyId())).map(GenerationTask::view);
    }

    private GenerationTask change(UUID taskId, Consumer<GenerationTask> change) {
        GenerationTask task = tasks.findById(taskId)
                .orElseThrow(() -> new IllegalStateException("No generation task " + taskId));
        change.accept(task);
        return tasks.save(task);
    }
}
