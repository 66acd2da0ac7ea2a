package com.novastoryteller.narration;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import com.novastoryteller.account.CurrentUser;
import com.novastoryteller.engine.Speech.WordTiming;
import com.novastoryteller.media.MediaStorage;
import com.novastoryteller.story.Stories;
import com.novastoryteller.story.StoryNotFound;
import com.novastoryteller.story.StorySegment;
import com.novastoryteller.story.StoryStatus;
import com.novastoryteller.story.StoryView;
import com.novastoryteller.story.StoryWriting;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api")
@Tag(name = "Narration")
class NarrationApi {

    private static final MediaType MPEG = MediaType.parseMediaType("audio/mpeg");

    private final Stories stories;
    private final StoryWriting writing;
    private final VoiceCasting casting;
    private final NarrationClips clips;
    private final MediaStorage media;
    private final Narration narration;

    NarrationApi(Stories stories, StoryWriting writing, VoiceCasting casting, NarrationClips clips, MediaStorage media,
            Narration narration) {
        this.stories = stories;
        this.writing = writing;
        this.casting = casting;
        this.clips = clips;
        this.media = media;
        this.narration = narration;
    }

    static String audioUrl(UUID storyId, String clipKey) {
        return "/api/stories/" + storyId + "/audio/" + clipKey + ".mp3";
    }

    @Operation(summary = "The story's narration: voices by speaker, and each segment with its audio and word timings as soon as it is spoken")
    @GetMapping("/stories/{id}/narration")
    NarrationView narration(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
        StoryView story = stories.find(user, id);
        Map<String, String> voices = casting.cast(id);
        List<SegmentView> segments = new ArrayList<>();
        List<NarrationClip> spoken = new ArrayList<>();
        for (StorySegment segment : writing.segments(id, story.revision())) {
            Optional<NarrationClip> clip = narration.clipFor(segment, voices);
            clip.ifPresent(spoken::add);
            segments.add(new SegmentView(segment.seq(), segment.part(), segment.speaker(), segment.text(),
                    clip.map(c -> audioUrl(id, c.key())).orElse(null), clip.map(NarrationClip::durationMs).orElse(null),
                    clip.map(NarrationClip::words).orElse(List.of())));
        }
        String silence = narration.silence(story.language());
        boolean allSpoken = spoken.size() == segments.size();
        String whole = story.status() == StoryStatus.READY && silence == null && allSpoken
                ? narration.whole(spoken).map(c -> audioUrl(id, c.key())).orElse(null)
                : null;
        List<PartView> parts = story.parts().stream().map(part -> new PartView(part.index(), part.title())).toList();
        return new NarrationView(silence != null ? "unavailable" : story.status().id(), story.status().id(), story.title(),
                story.revision(), voices, parts, segments, whole, silence);
    }

    @Operation(summary = "A segment's audio, or the whole story's (MP3); supports Range requests and is cached for good, since its content never changes")
    @GetMapping("/stories/{id}/audio/{clip:[0-9a-f]{64}}.mp3")
    ResponseEntity<Resource> audio(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @PathVariable String clip) {
        if (!stories.isVisibleTo(user, id)) {
            throw new StoryNotFound(id);
        }
        NarrationClip found = clips.find(clip).orElseThrow(() -> new StoryNotFound(id));
        Resource audio = media.get(found.mediaKey()).orElseThrow(() -> new StoryNotFound(id));
        return ResponseEntity.ok().contentType(MPEG).eTag(clip)
                .cacheControl(CacheControl.maxAge(Duration.ofDays(365)).cachePrivate().immutable()).body(audio);
    }

    @Operation(summary = "The whole story read aloud, as one MP3 file to keep; 409 while it is still being written")
    @GetMapping("/stories/{id}/export.mp3")
    ResponseEntity<Resource> download(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
        StoryView story = stories.find(user, id);
        String silence = narration.silence(story.language());
        if (silence != null) {
            throw new NarrationUnavailable(silence);
        }
        if (story.status() != StoryStatus.READY) {
            throw new NarrationUnavailable("The story is still being written; it can be downloaded once it is ready.");
        }
        NarrationClip whole = narration.whole(id, story.revision())
                .orElseThrow(() -> new NarrationUnavailable("The story is still being read aloud; try again in a moment."));
        Resource audio = media.get(whole.mediaKey()).orElseThrow(() -> new StoryNotFound(id));
        return ResponseEntity.ok().contentType(MPEG).eTag(whole.key())
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(story.title() + ".mp3", StandardCharsets.UTF_8).build().toString())
                .body(audio);
    }

    /** {@code status} is the story's, or "unavailable" when it cannot be heard; {@code story_status} is always the story's. */
    record NarrationView(String status, String storyStatus, String title, int revision, Map<String, String> voices,
            List<PartView> parts, List<SegmentView> segments, @Nullable String fullAudio, @Nullable String message) {
    }

    record PartView(int index, String title) {
    }

    record SegmentView(int index, int part, String speaker, String text, @Nullable String audio, @Nullable Long durationMs,
            List<WordTiming> words) {
    }
}
