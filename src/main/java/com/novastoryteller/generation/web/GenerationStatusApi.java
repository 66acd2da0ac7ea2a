package com.novastoryteller.generation.web;

import java.util.UUID;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import com.novastoryteller.account.CurrentUser;
import com.novastoryteller.generation.GenerationStatus;
import com.novastoryteller.generation.GenerationTasks;
import com.novastoryteller.story.Stories;
import com.novastoryteller.story.StoryNotFound;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@Tag(name = "Stories")
class GenerationStatusApi {

    private final GenerationTasks tasks;
    private final Stories stories;

    GenerationStatusApi(GenerationTasks tasks, Stories stories) {
        this.tasks = tasks;
        this.stories = stories;
    }

    @Operation(summary = "How the writing of a story is going")
    @GetMapping("/api/stories/generation-status/{taskId}")
    GenerationStatus status(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID taskId) {
        return tasks.status(taskId, storyId -> stories.isVisibleTo(user, storyId))
                .orElseThrow(() -> new StoryNotFound(taskId));
    }
}
