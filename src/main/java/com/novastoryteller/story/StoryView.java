package com.novastoryteller.story;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import com.novastoryteller.engine.AgeBand;
import com.novastoryteller.engine.StoryLength;
import com.novastoryteller.engine.Template;

/**
 * A story as the API shows it (the {@code story} object of the API contract), with the choices an
 * interactive story offers now and the path of options chosen so far.
 */
public record StoryView(UUID id, UUID user, String userName, String title, String prompt, String storyText,
        Template template, AgeBand ageBand, String language, StoryLength length, StoryStatus status,
        @Nullable UUID taskId, @Nullable String image, @Nullable String imageDescription, @Nullable String audioFile,
        boolean isPublished, boolean interactive, int revision, List<StoryPart> parts, List<StoryCastMember> characters,
        List<String> choices, List<String> path, @Nullable String failure, @Nullable String notice, Instant createdAt,
        Instant updatedAt, boolean isHidden, @Nullable Instant deletedAt) {
}
