package com.novastoryteller.narration;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** Where a listener stopped: a segment of the story's current revision and how far into it. */
public record ListeningPosition(
        @NotNull(message = "Say which segment.") @Min(value = 0, message = "Segments are counted from 0.") Integer segment,
        @NotNull(message = "Say how far into the segment.") @Min(value = 0, message = "The offset cannot be negative.")
        @Max(value = 600_000, message = "A segment is never that long.") Integer offsetMs,
        @Nullable Instant updatedAt) {
}
