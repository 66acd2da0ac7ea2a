package com.novastoryteller;

import java.time.Duration;
import java.util.List;

import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerBuilder;
import com.github.kagkarlsson.scheduler.jdbc.JdbcCustomization;
import com.github.kagkarlsson.scheduler.task.Task;

/**
 * A db-scheduler that runs one table's tasks, set up alike on every node of an installation: a node that misses four
 * heartbeats is taken for dead and its executions are taken over, a node that stops lets its running executions
 * finish for up to ten seconds, and on PostgreSQL due executions are picked and locked in one statement (SKIP
 * LOCKED), so nodes polling together never race for the same one. It can be stopped and started again: a stopped
 * db-scheduler cannot, so each start builds a new one.
 */
public final class DurableTasks {

    private final DataSource dataSource;
    private final JdbcCustomization jdbc;
    private final String table;
    private final List<Task<?>> tasks;
    private final int threads;
    private final Duration pollingInterval;
    private final Duration heartbeatInterval;
    private volatile @Nullable Scheduler scheduler;

    public DurableTasks(DataSource dataSource, JdbcCustomization jdbc, String table, List<Task<?>> tasks, int threads,
            Duration pollingInterval, Duration heartbeatInterval) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        this.table = table;
        this.tasks = tasks;
        this.threads = threads;
        this.pollingInterval = pollingInterval;
        this.heartbeatInterval = heartbeatInterval;
    }

    public synchronized void start() {
        if (scheduler == null) {
            SchedulerBuilder builder = Scheduler.create(dataSource, tasks)
                    .tableName(table)
                    .jdbcCustomization(jdbc)
                    .enablePriority()
                    .threads(threads)
                    .pollingInterval(pollingInterval)
                    .heartbeatInterval(heartbeatInterval)
                    .missedHeartbeatsLimit(4)
                    .shutdownMaxWait(Duration.ofSeconds(10));
            if (jdbc.supportsSingleStatementLockAndFetch()) {
                // Only as many as there are free threads (half to all of them), so the rest stay for other nodes.
                builder.pollUsingLockAndFetch(0.5, 1.0);
            }
            Scheduler started = builder.build();
            started.start();
            scheduler = started;
        }
    }

    public synchronized void stop() {
        Scheduler running = scheduler;
        if (running != null) {
            running.stop();
            scheduler = null;
        }
    }

    public boolean isRunning() {
        return scheduler != null;
    }

    /** Looks for due executions now rather than at the next poll. */
    public void checkNow() {
        Scheduler running = scheduler;
        if (running != null) {
            running.triggerCheckForDueExecutions();
        }
    }
}
