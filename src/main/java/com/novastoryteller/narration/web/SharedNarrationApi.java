package com.novastoryteller.narration.web;

import java.time.Duration;

import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import com.novastoryteller.interaction.StoryShares;
import com.novastoryteller.media.MediaStorage;
import com.novastoryteller.narration.NarrationClip;
import com.novastoryteller.narration.NarrationClips;
import com.novastoryteller.narration.NarrationManifests;
import com.novastoryteller.story.StoryIllustrations;
import com.novastoryteller.story.StoryNotFound;
import com.novastoryteller.story.StoryView;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** A shared story's narration and audio, for anyone with the link; the link is checked on every request. */
@RestController
@RequestMapping("/api/shared/{token}")
@Tag(name = "Sharing")
class SharedNarrationApi {

    private final StoryShares shares;
    private final NarrationManifests manifests;
    private final NarrationClips clips;
    private final MediaStorage media;

    SharedNarrationApi(StoryShares shares, NarrationManifests manifests, NarrationClips clips, MediaStorage media) {
        this.shares = shares;
        this.manifests = manifests;
        this.clips = clips;
        this.media = media;
    }

    @Operation(summary = "A shared story's narration, with audio URLs that work through the link")
    @GetMapping("/narration")
    NarrationManifests.NarrationView narration(@PathVariable String token) {
        return manifests.of(shares.open(token), clip -> audioUrl(token, clip),
                picture -> StoryIllustrations.shared(token, picture));
    }

    @Operation(summary = "A shared story's audio; only clips of that story")
    @GetMapping("/audio/{clip:[0-9a-f]{64}}.mp3")
    ResponseEntity<Resource> audio(@PathVariable String token, @PathVariable String clip) {
        StoryView story = shares.open(token);
        if (!manifests.heardIn(story, clip)) {
            throw new StoryNotFound("This link has no such audio.");
        }
        NarrationClip found = clips.find(clip).orElseThrow(() -> new StoryNotFound("This link has no such audio."));
        Resource audio = media.get(found.mediaKey()).orElseThrow(() -> new StoryNotFound("This link has no such audio."));
        // Not cached for long: a revoked link must stop working.
        return ResponseEntity.ok().contentType(NarrationApi.MPEG).eTag(clip)
                .cacheControl(CacheControl.maxAge(Duration.ofMinutes(5)).cachePrivate()).body(audio);
    }

    static String audioUrl(String token, String clipKey) {
        return "/api/shared/" + token + "/audio/" + clipKey + ".mp3";
    }
}
