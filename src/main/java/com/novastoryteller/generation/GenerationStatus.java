package com.novastoryteller.generation;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** {@code GET /api/stories/generation-status/{task_id}}: how the writing of a story is going. */
public record GenerationStatus(UUID taskId, UUID storyId, String status, int progress, int attempts,
        @Nullable String error, @Nullable String notice, @Nullable Instant startedAt, @Nullable Instant finishedAt) {
}
