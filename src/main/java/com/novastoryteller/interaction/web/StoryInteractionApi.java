package com.novastoryteller.interaction.web;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import com.novastoryteller.account.CurrentUser;
import com.novastoryteller.interaction.StoryInteractions;
import com.novastoryteller.story.Revision;
import com.novastoryteller.story.StoryRevisions;
import com.novastoryteller.story.StoryView;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

@RestController
@RequestMapping("/api/stories/{id}")
@Tag(name = "Interaction")
class StoryInteractionApi {

    private final StoryInteractions interactions;
    private final StoryRevisions revisions;

    StoryInteractionApi(StoryInteractions interactions, StoryRevisions revisions) {
        this.interactions = interactions;
        this.revisions = revisions;
    }

    @Operation(summary = "Change what happens: keep the story up to after_segment, rewrite the rest (202)")
    @PostMapping("/interrupt")
    ResponseEntity<Changed> interrupt(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
            @Valid @RequestBody Interruption request) {
        return accepted("The story is changing from there.",
                interactions.interrupt(user, id, request.afterSegment(), request.instruction()));
    }

    @Operation(summary = "Add the next part, optionally with a wish for what happens (202)")
    @PostMapping("/continue")
    ResponseEntity<Changed> continueStory(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
            @Valid @RequestBody(required = false) @Nullable Wish request) {
        return accepted("The next part is being written.",
                interactions.continueStory(user, id, request == null ? null : request.instruction()));
    }

    @Operation(summary = "Pick one of the choices an interactive story offers: its number (from 0) or its words (202)")
    @PostMapping("/choose")
    ResponseEntity<Changed> choose(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
            @Valid @RequestBody Choice request) {
        return accepted("The story goes on the way you chose.", interactions.choose(user, id, request.choice()));
    }

    @Operation(summary = "Every version of the story, oldest first, with why it was made")
    @GetMapping("/revisions")
    List<Revision> revisions(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
        return revisions.revisions(user, id);
    }

    @Operation(summary = "Bring an earlier version back as the newest one; nothing is spoken again")
    @PostMapping("/revisions/{revision}/restore")
    StoryView restore(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @PathVariable int revision) {
        return revisions.restore(user, id, revision);
    }

    private static ResponseEntity<Changed> accepted(String message, StoryView story) {
        return ResponseEntity.accepted().location(URI.create("/api/stories/" + story.id() + "/")).body(new Changed(message, story));
    }

    record Interruption(
            @NotNull(message = "Say after which sentence the story changes.") Integer afterSegment,
            @NotBlank(message = "Say what should happen.")
            @Size(max = 500, message = "Say it in at most 500 characters.") String instruction) {
    }

    record Wish(@Size(max = 500, message = "Say it in at most 500 characters.") @Nullable String instruction) {
    }

    record Choice(@NotBlank(message = "Pick one of the choices.") @Size(max = 200) String choice) {
    }

    record Changed(String message, StoryView story) {
    }
}
