package com.novastoryteller.narration.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.core.io.ByteArrayResource;
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
import com.novastoryteller.media.MediaStorage;
import com.novastoryteller.narration.Narration;
import com.novastoryteller.narration.NarrationClip;
import com.novastoryteller.narration.NarrationClips;
import com.novastoryteller.narration.NarrationManifests;
import com.novastoryteller.story.Stories;
import com.novastoryteller.story.StoryNotFound;
import com.novastoryteller.story.StoryPart;
import com.novastoryteller.story.StoryStatus;
import com.novastoryteller.story.StoryView;
import com.novastoryteller.web.PlainText;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api")
@Tag(name = "Narration")
class NarrationApi {

    static final MediaType MPEG = MediaType.parseMediaType("audio/mpeg");

    private final Stories stories;
    private final NarrationClips clips;
    private final MediaStorage media;
    private final Narration narration;
    private final NarrationManifests manifests;

    NarrationApi(Stories stories, NarrationClips clips, MediaStorage media, Narration narration,
            NarrationManifests manifests) {
        this.stories = stories;
        this.clips = clips;
        this.media = media;
        this.narration = narration;
        this.manifests = manifests;
    }

    @Operation(summary = "The story's narration: voices by speaker, and each segment with its audio and word timings as soon as it is spoken")
    @GetMapping("/stories/{id}/narration")
    NarrationManifests.NarrationView narration(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
        return manifests.of(stories.find(user, id), clip -> Narration.audioUrl(id, clip));
    }

    @Operation(summary = "A segment's audio, or the whole story's (MP3), of this story only; supports Range requests and is cached for good, since its content never changes")
    @GetMapping("/stories/{id}/audio/{clip:[0-9a-f]{64}}.mp3")
    ResponseEntity<Resource> audio(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @PathVariable String clip) {
        // Clip keys are not secrets (the same words in the same voice share one), so the story must be one that says it.
        if (!manifests.heardIn(stories.find(user, id), clip)) {
            throw new StoryNotFound(id);
        }
        NarrationClip found = clips.find(clip).orElseThrow(() -> new StoryNotFound(id));
        Resource audio = media.get(found.mediaKey()).orElseThrow(() -> new StoryNotFound(id));
        return ResponseEntity.ok().contentType(MPEG).eTag(clip)
                .cacheControl(CacheControl.maxAge(Duration.ofDays(365)).cachePrivate().immutable()).body(audio);
    }

    @Operation(summary = "The whole story read aloud, as one MP3 file to keep, with its title and a chapter per part; 409 while it is still being written")
    @GetMapping("/stories/{id}/export.mp3")
    ResponseEntity<Resource> download(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id)
            throws IOException {
        StoryView story = stories.find(user, id);
        String silence = narration.silence(story.language());
        if (silence != null) {
            throw new NarrationUnavailable(silence);
        }
        if (story.status() != StoryStatus.READY) {
            throw new NarrationUnavailable("The story is still being written; it can be downloaded once it is ready.");
        }
        String stillReading = "The story is still being read aloud; try again in a moment.";
        List<Narration.Heard> heard = narration.heard(id, story.revision())
                .orElseThrow(() -> new NarrationUnavailable(stillReading));
        NarrationClip whole = narration.whole(heard.stream().map(Narration.Heard::clip).toList())
                .orElseThrow(() -> new NarrationUnavailable(stillReading));
        Resource audio = media.get(whole.mediaKey()).orElseThrow(() -> new StoryNotFound(id));
        byte[] tag = Id3Tag.of(story.title(), "Nova Storyteller", chapters(story, heard));
        return ResponseEntity.ok().contentType(MPEG).eTag(whole.key())
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(PlainText.fileName(story.title() + ".mp3"), StandardCharsets.UTF_8).build().toString())
                .body(new ByteArrayResource(tagged(tag, audio)));
    }

    private static byte[] tagged(byte[] tag, Resource audio) throws IOException {
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        file.writeBytes(tag);
        file.writeBytes(audio.getContentAsByteArray());
        return file.toByteArray();
    }

    /** Each part's stretch of the whole file, from the lengths of its sentences' clips. */
    private static List<Id3Tag.Chapter> chapters(StoryView story, List<Narration.Heard> heard) {
        List<Id3Tag.Chapter> chapters = new ArrayList<>();
        long at = 0;
        for (StoryPart part : story.parts()) {
            long length = heard.stream().filter(each -> each.segment().part() == part.index())
                    .mapToLong(each -> each.clip().durationMs()).sum();
            if (length > 0) {
                chapters.add(new Id3Tag.Chapter(part.title(), at, at + length));
                at += length;
            }
        }
        return chapters;
    }
}
