package com.novastoryteller.generation;

import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** One job of writing one revision of a story, as its status page shows it. */
@Table("generation_task")
class GenerationTask {

    enum Status {
        QUEUED, RUNNING, COMPLETED, FAILED;

        String id() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    @Id
    private final UUID id;
    @Version
    private @Nullable Long version;
    private final UUID storyId;
    private final int revision;
    private final UUID ownerId;
    private Status status;
    private int progress;
    private int attempts;
    private @Nullable String error;
    private @Nullable String notice;
    private final Instant createdAt;
    private @Nullable Instant startedAt;
    private @Nullable Instant finishedAt;

    GenerationTask(UUID id, @Nullable Long version, UUID storyId, int revision, UUID ownerId, Status status,
            int progress, int attempts, @Nullable String error, Instant createdAt, @Nullable Instant startedAt,
            @Nullable Instant finishedAt) {
        this.id = id;
        this.version = version;
        this.storyId = storyId;
        this.revision = revision;
        this.ownerId = ownerId;
        this.status = status;
        this.progress = progress;
        this.attempts = attempts;
        this.error = error;
        this.createdAt = createdAt;
        this.startedAt = startedAt;
        this.finishedAt = finishedAt;
    }

    static GenerationTask queue(UUID id, UUID storyId, int revision, UUID ownerId, Instant now) {
        return new GenerationTask(id, null, storyId, revision, ownerId, Status.QUEUED, 0, 0, null, now, null, null);
    }

    void start(Instant now) {
        status = Status.RUNNING;
        attempts++;
        if (startedAt == null) {
            startedAt = now;
        }
    }

    void progress(int percent) {
        progress = Math.max(progress, Math.min(99, percent));
    }

    void notice(String text) {
        notice = text;
    }

    void complete(Instant now) {
        status = Status.COMPLETED;
        progress = 100;
        error = null;
        finishedAt = now;
    }

    void attemptFailed(String reason) {
        status = Status.QUEUED;
        error = reason;
    }

    void fail(String reason, Instant now) {
        status = Status.FAILED;
        error = reason;
        finishedAt = now;
    }

    GenerationStatus view() {
        return new GenerationStatus(id, storyId, status.id(), progress, attempts, error, notice, startedAt, finishedAt);
    }

    UUID id() { return id; }
    UUID storyId() { return storyId; }
    int revision() { return revision; }
    Instant createdAt() { return createdAt; }
}
