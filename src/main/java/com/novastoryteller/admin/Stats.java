package com.novastoryteller.admin;

import java.util.List;
import java.util.Map;

import com.novastoryteller.account.UserCounts;
import com.novastoryteller.generation.TaskFigures;
import com.novastoryteller.story.StoryStatus;
import com.novastoryteller.usage.ProviderUsage;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The installation's figures, as API.md names them; the figures of the last day end in {@code _24h}, which snake
 * case cannot spell.
 */
public record Stats(UserCounts users, StoryCounts stories, CharacterCount characters,
        @JsonProperty("tasks_24h") TasksLastDay tasksLastDay, @JsonProperty("avg_task_ms_24h") long averageTaskMs,
        @JsonProperty("success_rate_24h") double successRate,
        @JsonProperty("avg_attempts_24h") double averageAttempts, List<ProviderUsage.Totals> providers) {

    /** The installation's stories, all of them and by where their writing stands. */
    record StoryCounts(long total, long ready, long generating, long failed) {
    }

    record CharacterCount(long total) {
    }

    record TasksLastDay(long total, long completed, long failed, long running) {
    }

    /** The rate to three decimals and the attempts to two: what a person reads, not the division's noise. */
    static Stats of(UserCounts users, Map<StoryStatus, Long> storiesByStatus, long characters, TaskFigures tasks,
            List<ProviderUsage.Totals> providers) {
        return new Stats(users, storyCounts(storiesByStatus), new CharacterCount(characters),
                new TasksLastDay(tasks.total(), tasks.completed(), tasks.failed(), tasks.running()),
                tasks.averageTaskMs(), Math.round(tasks.successRate() * 1000) / 1000.0,
                Math.round(tasks.averageAttempts() * 100) / 100.0, providers);
    }

    private static StoryCounts storyCounts(Map<StoryStatus, Long> byStatus) {
        long ready = byStatus.getOrDefault(StoryStatus.READY, 0L);
        long generating = byStatus.getOrDefault(StoryStatus.GENERATING, 0L);
        long failed = byStatus.getOrDefault(StoryStatus.FAILED, 0L);
        return new StoryCounts(ready + generating + failed, ready, generating, failed);
    }
}
