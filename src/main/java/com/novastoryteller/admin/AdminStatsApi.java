package com.novastoryteller.admin;

import java.util.List;
import java.util.Map;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.novastoryteller.account.Accounts;
import com.novastoryteller.account.UserCounts;
import com.novastoryteller.character.Characters;
import com.novastoryteller.engine.provider.ProviderUsage;
import com.novastoryteller.generation.GenerationFigures;
import com.novastoryteller.generation.TaskFigures;
import com.novastoryteller.story.StoryModeration;
import com.novastoryteller.story.StoryStatus;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The installation's figures: accounts, stories, characters, the last day's writing, and the providers' usage. */
@RestController
@Tag(name = "Admin")
class AdminStatsApi {

    private final Accounts accounts;
    private final StoryModeration stories;
    private final Characters characters;
    private final GenerationFigures generation;
    private final ProviderUsage usage;

    AdminStatsApi(Accounts accounts, StoryModeration stories, Characters characters, GenerationFigures generation,
            ProviderUsage usage) {
        this.accounts = accounts;
        this.stories = stories;
        this.characters = characters;
        this.generation = generation;
        this.usage = usage;
    }

    /** The installation's stories, all of them and by where their writing stands. */
    record StoryCounts(long total, long ready, long generating, long failed) {

        static StoryCounts of(Map<StoryStatus, Long> byStatus) {
            long ready = byStatus.getOrDefault(StoryStatus.READY, 0L);
            long generating = byStatus.getOrDefault(StoryStatus.GENERATING, 0L);
            long failed = byStatus.getOrDefault(StoryStatus.FAILED, 0L);
            return new StoryCounts(ready + generating + failed, ready, generating, failed);
        }
    }

    record CharacterCount(long total) {
    }

    record TasksLastDay(long total, long completed, long failed, long running) {
    }

    /** As API.md names them; the figures of the last day end in {@code _24h}, which snake case cannot spell. */
    record Stats(UserCounts users, StoryCounts stories, CharacterCount characters,
            @JsonProperty("tasks_24h") TasksLastDay tasksLastDay, @JsonProperty("avg_task_ms_24h") long averageTaskMs,
            @JsonProperty("success_rate_24h") double successRate,
            @JsonProperty("avg_attempts_24h") double averageAttempts, List<ProviderUsage.Totals> providers) {
    }

    @Operation(summary = "Accounts, stories, characters, the last 24 hours of writing, and each provider's usage and estimated cost")
    @GetMapping("/api/admin/stats")
    Stats api() {
        return stats();
    }

    /** The figures, for the API and for the console's first page. */
    Stats stats() {
        TaskFigures tasks = generation.lastDay();
        return new Stats(accounts.counts(), StoryCounts.of(stories.countByStatus()), new CharacterCount(characters.total()),
                new TasksLastDay(tasks.total(), tasks.completed(), tasks.failed(), tasks.running()),
                tasks.averageTaskMs(), Math.round(tasks.successRate() * 1000) / 1000.0,
                Math.round(tasks.averageAttempts() * 100) / 100.0, usage.totals());
    }
}
