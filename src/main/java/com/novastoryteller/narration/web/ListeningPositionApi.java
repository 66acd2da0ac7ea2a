package com.novastoryteller.narration.web;

import java.util.UUID;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import com.novastoryteller.account.CurrentUser;
import com.novastoryteller.narration.ListeningPosition;
import com.novastoryteller.narration.ListeningPositions;
import com.novastoryteller.story.Stories;
import com.novastoryteller.story.StoryView;
import com.novastoryteller.story.StoryWriting;
import com.novastoryteller.web.InvalidRequest;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

@RestController
@RequestMapping("/api/stories/{id}/position")
@Tag(name = "Narration")
class ListeningPositionApi {

    private final Stories stories;
    private final StoryWriting writing;
    private final ListeningPositions positions;

    ListeningPositionApi(Stories stories, StoryWriting writing, ListeningPositions positions) {
        this.stories = stories;
        this.writing = writing;
        this.positions = positions;
    }

    @Operation(summary = "Where you stopped listening to this story; segment 0 at 0 ms (and no updated_at) when you have not listened yet")
    @GetMapping
    ListeningPosition position(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
        stories.find(user, id);
        return positions.find(id, user.id()).orElse(new ListeningPosition(0, 0, null));
    }

    @Operation(summary = "Remember where you stopped listening")
    @PutMapping
    ListeningPosition save(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
            @Valid @RequestBody ListeningPosition position) {
        StoryView story = stories.find(user, id);
        int segments = writing.segments(id, story.revision()).size();
        if (position.segment() >= Math.max(segments, 1)) {
            throw new InvalidRequest("segment", "This story has " + segments + " segments, counted from 0.");
        }
        return positions.save(id, user.id(), position.segment(), position.offsetMs());
    }
}
