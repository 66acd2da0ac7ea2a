package com.novastoryteller.generation;

import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;
import org.springframework.stereotype.Component;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.jdbc.AutodetectJdbcCustomization;
import com.github.kagkarlsson.scheduler.jdbc.JdbcCustomization;
import com.github.kagkarlsson.scheduler.task.FailureHandler;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.novastoryteller.Application;
import com.novastoryteller.DurableTasks;

/**
 * The durable job queue, kept by db-scheduler in the {@code scheduled_tasks} table. A job survives a
 * crash: its heartbeat stops, and after a few missed beats any node (or this one, restarted) picks it
 * up again. A failing job is retried with exponential backoff, then given up on.
 * <p>
 * Each story task has an execution of its own, but which task an execution writes is the {@link FairQueue}'s
 * choice, so that families take turns however many tasks one of them queued.
 */
@Component
class StoryJobs implements SmartLifecycle {

    static final String WRITE_STORY = "write-story";

    private static final Logger log = LoggerFactory.getLogger(StoryJobs.class);
    private static final int RETRIES = 3;

    private final SchedulerClient client;
    private final OneTimeTask<Void> writeStory;
    private final DurableTasks jobs;
    private final boolean serving;

    StoryJobs(DataSource dataSource, WriteStoryJob job, GenerationTasks tasks, FairQueue queue,
            GenerationProperties properties, Environment environment) {
        this.writeStory = Tasks.oneTime(WRITE_STORY, Void.class)
                .onFailure(new FailureHandler.MaxRetriesFailureHandler<>(RETRIES,
                        new FailureHandler.ExponentialBackoffFailureHandler<>(properties.retryBackoff(), 2.0),
                        (complete, operations) -> queue.heldBy(executionId(complete.getExecution().taskInstance.getId()))
                                .ifPresent(taskId -> job.giveUp(taskId, reason(complete.getCause().orElse(null))))))
                .onDeadExecutionRevive()
                .execute((instance, context) -> queue.take(executionId(instance.getId())).ifPresent(taskId -> {
                    try {
                        job.run(taskId);
                    }
                    catch (RuntimeException e) {
                        tasks.attemptFailed(taskId, reason(e));
                        throw e;
                    }
                }));
        // Scheduling joins the caller's transaction, so a story and its job are stored together or not at all.
        DataSource joiningTransactions = new TransactionAwareDataSourceProxy(dataSource);
        JdbcCustomization jdbc = new AutodetectJdbcCustomization(dataSource, true);
        this.client = SchedulerClient.Builder.create(joiningTransactions, List.of(writeStory)).jdbcCustomization(jdbc).build();
        this.jobs = new DurableTasks(joiningTransactions, jdbc, "scheduled_tasks", List.of(writeStory), properties.threads(),
                properties.pollingInterval(), properties.heartbeatInterval());
        // A one-off command runs no jobs: the stories seed-data asks for are written by the server, as any family's
        // are (the queue is in the database, so a server running meanwhile starts on them at once).
        this.serving = !Application.runsCommand(environment);
    }

    void schedule(UUID taskId) {
        client.scheduleIfNotExists(writeStory.instance(taskId.toString()), java.time.Instant.now());
    }

    /** Looks for due jobs now rather than at the next poll: a story starts the moment it is committed. */
    void runDueJobsNow() {
        jobs.checkNow();
    }

    @Override
    public void start() {
        if (serving) {
            jobs.start();
        }
    }

    @Override
    public void stop() {
        jobs.stop();
    }

    @Override
    public boolean isRunning() {
        return jobs.isRunning();
    }

    /** An execution is named by the task it was scheduled for, though it may write another. */
    private static UUID executionId(String instanceId) {
        return UUID.fromString(instanceId);
    }

    private static String reason(Throwable cause) {
        if (cause == null) {
            return "unknown failure";
        }
        log.warn("Writing a story failed: {}", cause.toString());
        String message = cause.getMessage() != null ? cause.getMessage() : cause.getClass().getSimpleName();
        return message.length() > 480 ? message.substring(0, 480) : message;
    }
}
