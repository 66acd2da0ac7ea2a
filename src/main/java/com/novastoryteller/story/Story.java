package com.novastoryteller.story;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

import com.novastoryteller.engine.AgeBand;
import com.novastoryteller.engine.StoryLength;
import com.novastoryteller.engine.Template;

/** The story aggregate's root: what was asked for, and which revision of the text is current. */
@Table("story")
class Story {

    @Id
    private final UUID id;
    @Version
    private @Nullable Long version;
    private final UUID ownerId;
    private String title;
    private boolean titleGiven;
    private final String prompt;
    private final Template template;
    private final AgeBand ageBand;
    private final String language;
    private final StoryLength length;
    private final boolean interactive;
    private StoryStatus status;
    private int revision;
    private boolean published;
    private final long seed;
    private final @Nullable String imageDescription;
    private final @Nullable String imageKey;
    private @Nullable UUID taskId;
    private @Nullable String failure;
    private @Nullable String notice;
    private final Instant createdAt;
    private Instant updatedAt;
    /** Hidden by the admin: gone from its family's shelf and its share link, kept for the admin. */
    private boolean hidden;
    /** Deleted by the admin: the same, for good (kept for audit). */
    private @Nullable Instant deletedAt;

    Story(UUID id, @Nullable Long version, UUID ownerId, String title, boolean titleGiven, String prompt,
            Template template, AgeBand ageBand, String language, StoryLength length, boolean interactive,
            StoryStatus status, int revision, boolean published, long seed, @Nullable String imageDescription,
            @Nullable String imageKey, @Nullable UUID taskId, @Nullable String failure, Instant createdAt, Instant updatedAt) {
        this.id = id;
        this.version = version;
        this.ownerId = ownerId;
        this.title = title;
        this.titleGiven = titleGiven;
        this.prompt = prompt;
        this.template = template;
        this.ageBand = ageBand;
        this.language = language;
        this.length = length;
        this.interactive = interactive;
        this.status = status;
        this.revision = revision;
        this.published = published;
        this.seed = seed;
        this.imageDescription = imageDescription;
        this.imageKey = imageKey;
        this.taskId = taskId;
        this.failure = failure;
        this.createdAt = createdAt;
        this.updatedAt = updatedAt;
    }

    /** A new story, with the child's drawing (its media key and description) when there is one. */
    static Story request(UUID id, UUID ownerId, NewStory request, long seed, UUID taskId, @Nullable String imageKey,
            @Nullable String imageDescription, Instant now) {
        String title = request.title() == null ? "" : request.title().strip();
        return new Story(id, null, ownerId, title, !title.isEmpty(), request.prompt().strip(),
                request.templateOrDefault(), request.ageBandOrDefault(), request.languageOrDefault(),
                request.lengthOrDefault(), Boolean.TRUE.equals(request.interactive()), StoryStatus.GENERATING, 1,
                false, seed, imageDescription, imageKey, taskId, null, now, now);
    }

    /** A new revision is being written (regenerated or rewritten from a change); the old text is kept. */
    int startRevision(UUID taskId, Instant now) {
        revision++;
        this.taskId = taskId;
        this.status = StoryStatus.GENERATING;
        this.failure = null;
        this.notice = null;
        this.updatedAt = now;
        return revision;
    }

    /** A revision written by hand (an edit): ready at once, with no job behind it. */
    int startEditedRevision(Instant now) {
        revision++;
        this.status = StoryStatus.READY;
        this.failure = null;
        this.notice = null;
        this.updatedAt = now;
        return revision;
    }

    void nameIfUntitled(String writtenTitle, Instant now) {
        if (!titleGiven && !writtenTitle.isBlank()) {
            this.title = writtenTitle.strip();
            this.updatedAt = now;
        }
    }

    void rename(String title, Instant now) {
        this.title = title.strip();
        this.titleGiven = true;
        this.updatedAt = now;
    }

    void publish(boolean published, Instant now) {
        this.published = published;
        this.updatedAt = now;
    }

    /** False when a newer revision replaced the one written, which then changes nothing. */
    boolean markReady(int writtenRevision, Instant now) {
        if (writtenRevision != revision) {
            return false;
        }
        this.status = StoryStatus.READY;
        this.updatedAt = now;
        return true;
    }

    void markFailed(int writtenRevision, String reason, Instant now) {
        if (writtenRevision == revision) {
            this.status = StoryStatus.FAILED;
            this.failure = reason;
            this.updatedAt = now;
        }
    }

    void touch(Instant now) {
        this.updatedAt = now;
    }

    boolean isOwnedBy(UUID userId) {
        return ownerId.equals(userId);
    }

    UUID id() { return id; }
    UUID ownerId() { return ownerId; }
    String title() { return title; }
    String prompt() { return prompt; }
    Template template() { return template; }
    AgeBand ageBand() { return ageBand; }
    String language() { return language; }
    StoryLength length() { return length; }
    boolean interactive() { return interactive; }
    StoryStatus status() { return status; }
    int revision() { return revision; }
    boolean published() { return published; }
    long seed() { return seed; }
    @Nullable String imageDescription() { return imageDescription; }

    @Nullable String imageKey() { return imageKey; }
    @Nullable UUID taskId() { return taskId; }
    @Nullable String failure() { return failure; }
    @Nullable String notice() { return notice; }

    /** A word for the family about how this revision was written; one for an older revision is not shown. */
    void notice(int writtenRevision, String text, Instant now) {
        if (writtenRevision == revision) {
            notice = text;
            updatedAt = now;
        }
    }
    Instant createdAt() { return createdAt; }
    Instant updatedAt() { return updatedAt; }

    boolean isHidden() {
        return hidden;
    }

    @Nullable Instant deletedAt() {
        return deletedAt;
    }

    /** Whether its family (and its share link) may still see it. */
    boolean isOnShelf() {
        return !hidden && deletedAt == null;
    }

    void hide(boolean hide, Instant now) {
        this.hidden = hide;
        this.updatedAt = now;
    }

    void softDelete(Instant now) {
        if (deletedAt == null) {
            deletedAt = now;
            updatedAt = now;
        }
    }
}
