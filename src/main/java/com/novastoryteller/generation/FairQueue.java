package com.novastoryteller.generation;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Which story task a job execution writes. Every queued task has an execution of its own in db-scheduler, which
 * starts them oldest first; an execution instead takes the task that is fairest now: the oldest waiting task of
 * the family whose last task started longest ago (a family's first story goes first of all). So one family's
 * long queue holds another family's story back by at most the story being written. An execution keeps the task
 * it took until it ends: its retries, and its revival after a crash, write that same task.
 * <p>
 * Each statement here is its own transaction, so each look at the queue sees every claim made before it.
 */
@Component
class FairQueue {

    private static final List<String> UNFINISHED = List.of(GenerationTask.Status.QUEUED.name(),
            GenerationTask.Status.RUNNING.name());

    private final JdbcClient jdbc;
    private final Clock clock;

    FairQueue(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The task the execution holds, else the fairest waiting one, now held by it; empty when none waits. */
    Optional<UUID> take(UUID execution) {
        Optional<UUID> held = heldBy(execution);
        if (held.isPresent()) {
            return held;
        }
        while (true) {
            Optional<UUID> fairest = fairest();
            // A claim lost means another execution took that task: the queue is shorter, so this ends.
            if (fairest.isEmpty() || claim(execution, fairest.get())) {
                return fairest;
            }
        }
    }

    /** The unfinished task the execution took, if it took one. */
    Optional<UUID> heldBy(UUID execution) {
        return jdbc.sql("SELECT id FROM generation_task WHERE run_by = :execution AND status IN (:unfinished)")
                .param("execution", execution.toString()).param("unfinished", UNFINISHED)
                .query(String.class).list().stream().findFirst().map(id -> UUID.fromString(id.strip()));
    }

    private Optional<UUID> fairest() {
        return jdbc.sql("""
                SELECT waiting.id FROM generation_task waiting
                WHERE waiting.status = :queued AND waiting.run_by IS NULL
                ORDER BY (SELECT COALESCE(MAX(started.started_at), TIMESTAMP '2000-01-01 00:00:00')
                          FROM generation_task started WHERE started.owner_id = waiting.owner_id),
                         waiting.created_at, waiting.id
                LIMIT 1""")
                .param("queued", GenerationTask.Status.QUEUED.name())
                .query(String.class).optional().map(id -> UUID.fromString(id.strip()));
    }

    /** Takes the task unless another execution took it first; it counts as started for its family at once. */
    private boolean claim(UUID execution, UUID task) {
        return jdbc.sql("""
                UPDATE generation_task SET run_by = :execution, started_at = COALESCE(started_at, :now),
                    version = version + 1
                WHERE id = :task AND run_by IS NULL""")
                .param("execution", execution.toString()).param("now", Timestamp.from(clock.instant()))
                .param("task", task.toString()).update() == 1;
    }
}
