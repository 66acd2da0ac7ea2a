package com.novastoryteller.generation;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import com.novastoryteller.story.StoryWritingRequested;

/** Turns a request to write a story into a durable job, in the same transaction, started once committed. */
@Component
class WritingRequests {

    private final GenerationTasks tasks;
    private final StoryJobs jobs;

    WritingRequests(GenerationTasks tasks, StoryJobs jobs) {
        this.tasks = tasks;
        this.jobs = jobs;
    }

    @EventListener
    void on(StoryWritingRequested request) {
        tasks.queue(request.taskId(), request.storyId(), request.revision(), request.ownerId());
        jobs.schedule(request.taskId());
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    jobs.runDueJobsNow();
                }
            });
        }
        else {
            jobs.runDueJobsNow();
        }
    }
}
