package com.novastoryteller.interaction.web;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import com.novastoryteller.account.CurrentUser;
import com.novastoryteller.engine.Template;
import com.novastoryteller.interaction.StoryShares;
import com.novastoryteller.media.MediaStorage;
import com.novastoryteller.story.StoryIllustrations;
import com.novastoryteller.story.StoryNotFound;
import com.novastoryteller.story.StoryPart;
import com.novastoryteller.story.StoryStatus;
import com.novastoryteller.story.StoryView;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@Tag(name = "Sharing")
class StoryShareApi {

    private final StoryShares shares;
    private final MediaStorage media;

    StoryShareApi(StoryShares shares, MediaStorage media) {
        this.shares = shares;
        this.media = media;
    }

    @Operation(summary = "Make a link anyone can open without signing in (201), or give the one the story has (200)")
    @PostMapping("/api/stories/{id}/share")
    ResponseEntity<ShareLink> share(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
        StoryShares.Share share = shares.share(user, id);
        return ResponseEntity.status(share.created() ? HttpStatus.CREATED : HttpStatus.OK).body(link(share.token()));
    }

    @Operation(summary = "The story's share link; 404 when it is not shared")
    @GetMapping("/api/stories/{id}/share")
    ShareLink link(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
        return shares.sharedAs(user, id).map(this::link)
                .orElseThrow(() -> new StoryNotFound("This story is not shared."));
    }

    @Operation(summary = "Stop sharing: the link stops working at once (204)")
    @DeleteMapping("/api/stories/{id}/share")
    ResponseEntity<Void> revoke(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
        shares.revoke(user, id);
        return ResponseEntity.noContent().build();
    }

    @Operation(summary = "A shared story, for anyone with the link; nothing about who wrote it")
    @GetMapping("/api/shared/{token}")
    ResponseEntity<SharedStory> open(@PathVariable String token) {
        StoryView story = shares.open(token);
        return ResponseEntity.ok().header("X-Robots-Tag", "noindex, nofollow")
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(new SharedStory(story.title(), story.template(), story.language(), story.status(), story.revision(),
                        StoryIllustrations.sharedParts(token, story.parts()), "/api/shared/" + token + "/narration",
                        story.createdAt()));
    }

    @Operation(summary = "A shared story's part picture")
    @GetMapping("/api/shared/{token}/illustrations/{name}")
    ResponseEntity<Resource> illustration(@PathVariable String token, @PathVariable String name) {
        return StoryIllustrations.find(media, shares.open(token).id(), name)
                .map(StoryIllustrations.serving(name, CacheControl.maxAge(Duration.ofMinutes(5)).cachePrivate())
                        .header("X-Robots-Tag", "noindex, nofollow")::body)
                .orElseThrow(() -> new StoryNotFound("This story has no such picture."));
    }

    private ShareLink link(String token) {
        return new ShareLink(shares.url(token), token);
    }

    record ShareLink(String shareUrl, String token) {
    }

    /** What a share link shows: the story alone, without its owner, prompt or anything else about them. */
    record SharedStory(String title, Template template, String language, StoryStatus status, int revision,
            List<StoryPart> parts, String narration, Instant createdAt) {
    }
}
