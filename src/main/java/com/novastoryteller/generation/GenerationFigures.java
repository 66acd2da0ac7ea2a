package com.novastoryteller.generation;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The figures of the story-writing jobs, for the admin. */
@Component
public class GenerationFigures {

    private final JdbcClient jdbc;
    private final Clock clock;

    GenerationFigures(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    private record Task(GenerationTask.Status status, int attempts, @Nullable Instant started,
            @Nullable Instant finished) {
    }

    /**
     * The tasks queued in the last 24 hours. They are read and summed here rather than in SQL because the three
     * databases disagree on subtracting timestamps; a day's tasks are few.
     */
    public TaskFigures lastDay() {
        List<Task> tasks = jdbc.sql("""
                SELECT status, attempts, started_at, finished_at FROM generation_task WHERE created_at >= :since""")
                .param("since", Timestamp.from(clock.instant().minus(Duration.ofDays(1))))
                .query((row, n) -> new Task(GenerationTask.Status.valueOf(row.getString("status").toUpperCase(Locale.ROOT)),
                        row.getInt("attempts"), instant(row.getTimestamp("started_at")),
                        instant(row.getTimestamp("finished_at"))))
                .list();
        long completed = count(tasks, GenerationTask.Status.COMPLETED);
        long failed = count(tasks, GenerationTask.Status.FAILED);
        long averageMs = Math.round(tasks.stream()
                .filter(task -> task.status() == GenerationTask.Status.COMPLETED && task.started() != null
                        && task.finished() != null)
                .mapToLong(task -> Duration.between(task.started(), task.finished()).toMillis()).average().orElse(0));
        double successRate = completed + failed == 0 ? 0 : (double) completed / (completed + failed);
        double attempts = tasks.stream().mapToInt(Task::attempts).average().orElse(0);
        return new TaskFigures(tasks.size(), completed, failed, count(tasks, GenerationTask.Status.RUNNING), averageMs,
                successRate, attempts);
    }

    private static long count(List<Task> tasks, GenerationTask.Status status) {
        return tasks.stream().filter(task -> task.status() == status).count();
    }

    private static @Nullable Instant instant(@Nullable Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
