package com.novastoryteller.narration;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.exceptions.TaskInstanceException;
import com.github.kagkarlsson.scheduler.jdbc.AutodetectJdbcCustomization;
import com.github.kagkarlsson.scheduler.jdbc.JdbcCustomization;
import com.github.kagkarlsson.scheduler.task.CompletionHandler;
import com.github.kagkarlsson.scheduler.task.FailureHandler;
import com.github.kagkarlsson.scheduler.task.TaskDescriptor;
import com.github.kagkarlsson.scheduler.task.helper.CustomTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.novastoryteller.Application;
import com.novastoryteller.DurableTasks;

/**
 * The sentences waiting to be read aloud, kept by db-scheduler in the {@code narration_tasks} table, so that every
 * node with a free narration thread takes a share of them and none is lost with a node: one taken by a node that
 * dies is taken again by another once its heartbeat stops (about ten seconds). A node that is shut down finishes
 * the sentence it is voicing and hands back those it had taken but not begun.
 * <p>
 * The first sentence of a reading does not wait here: the node that wrote it voices it at once, and its task is only
 * a back-stop, due later, cancelled once the sentence is heard.
 */
@Component
class NarrationQueue implements SmartLifecycle {

    static final TaskDescriptor<Void> VOICE_SEGMENT = TaskDescriptor.of("voice-segment");

    private static final Logger log = LoggerFactory.getLogger(NarrationQueue.class);
    private static final int RETRIES = 3;
    /** Long enough for any first sentence to be voiced on a busy node, short enough that a lost one is soon voiced. */
    static final Duration BACKSTOP = Duration.ofSeconds(30);

    private final JdbcClient sql;
    private final SchedulerClient client;
    private final DurableTasks queue;
    private final boolean serving;

    NarrationQueue(DataSource dataSource, JdbcClient sql, ObjectProvider<StoryReadings> readings,
            @Value("${storyteller.narration.threads:2}") int threads,
            @Value("${storyteller.narration.polling-interval:250ms}") Duration pollingInterval,
            @Value("${storyteller.narration.heartbeat-interval:2s}") Duration heartbeatInterval, Environment environment) {
        this.sql = sql;
        JdbcCustomization jdbc = new AutodetectJdbcCustomization(dataSource, true);
        CustomTask<Void> voiceSegment = Tasks.custom(VOICE_SEGMENT)
                .onFailure(new FailureHandler.MaxRetriesFailureHandler<>(RETRIES,
                        new FailureHandler.ExponentialBackoffFailureHandler<>(Duration.ofSeconds(2), 2.0)))
                .onDeadExecutionRevive()
                .execute((instance, context) -> {
                    if (context.getSchedulerState().isShuttingDown()) {
                        return handBack();
                    }
                    readings.getObject().voiceQueued(QueuedSegment.parse(instance.getId()));
                    return new CompletionHandler.OnCompleteRemove<>();
                });
        this.client = SchedulerClient.Builder.create(dataSource, List.of(voiceSegment)).jdbcCustomization(jdbc)
                .tableName("narration_tasks").enablePriority().build();
        this.queue = new DurableTasks(dataSource, jdbc, "narration_tasks", List.of(voiceSegment), threads, pollingInterval,
                heartbeatInterval);
        // A one-off command voices nothing: what it leaves queued is voiced by a server.
        this.serving = !Application.runsCommand(environment);
    }

    /** Queues a sentence for any node; the nearer it is to what the listener waits for, the sooner it is taken. */
    void queue(QueuedSegment segment, int priority) {
        client.scheduleIfNotExists(VOICE_SEGMENT.instance(segment.id()).priority(priority).scheduledTo(Instant.now()));
        queue.checkNow();
    }

    /** Queues a sentence this node voices at once, to be voiced by another only if this one has not after a while. */
    void backstop(QueuedSegment segment) {
        client.scheduleIfNotExists(VOICE_SEGMENT.instance(segment.id()).priority(Short.MAX_VALUE)
                .scheduledTo(Instant.now().plus(BACKSTOP)));
    }

    /** The sentence was voiced here: its back-stop is no longer needed. */
    void voiced(QueuedSegment segment) {
        try {
            client.cancel(VOICE_SEGMENT.instanceId(segment.id()));
        }
        catch (TaskInstanceException takenOrGone) {
            // Another node took it after all (it will find the clip and only announce it), or it was never stored.
        }
    }

    /** How many sentences of a revision are still queued or being voiced, on any node. */
    int waiting(UUID storyId, int revision) {
        return sql.sql("SELECT COUNT(*) FROM narration_tasks WHERE task_name = ? AND task_instance LIKE ?")
                .params(VOICE_SEGMENT.getTaskName(), QueuedSegment.prefix(storyId, revision) + "%")
                .query(Integer.class).single();
    }

    @Override
    public void start() {
        if (serving) {
            queue.start();
        }
    }

    @Override
    public void stop() {
        queue.stop();
    }

    @Override
    public boolean isRunning() {
        return queue.isRunning();
    }

    /** Stops after the story jobs, which may be waiting for their last sentences, and before the web server. */
    @Override
    public int getPhase() {
        return SmartLifecycle.DEFAULT_PHASE - 1;
    }

    /** A sentence this node took but will not voice, being shut down, goes back to the queue for another node. */
    private static CompletionHandler<Void> handBack() {
        return (complete, operations) -> {
            log.info("Handing back {} for another node to voice", complete.getExecution().taskInstance.getId());
            operations.reschedule(complete, Instant.now());
        };
    }

    /** A sentence of a story's revision, named as its task instance: {@code <story id>/<revision>/<seq>}. */
    record QueuedSegment(UUID storyId, int revision, int seq) {

        String id() {
            return prefix(storyId, revision) + seq;
        }

        static String prefix(UUID storyId, int revision) {
            return storyId + "/" + revision + "/";
        }

        static QueuedSegment parse(String id) {
            String[] parts = id.split("/");
            return new QueuedSegment(UUID.fromString(parts[0]), Integer.parseInt(parts[1]), Integer.parseInt(parts[2]));
        }
    }
}
