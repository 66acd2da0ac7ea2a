package com.novastoryteller.story.web;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import com.novastoryteller.account.CurrentUser;
import com.novastoryteller.engine.Template;
import com.novastoryteller.media.ImageUploads;
import com.novastoryteller.story.Drawing;
import com.novastoryteller.story.NewStory;
import com.novastoryteller.story.Stories;
import com.novastoryteller.story.StoryChanges;
import com.novastoryteller.story.StoryFilter;
import com.novastoryteller.story.StoryIllustrations;
import com.novastoryteller.story.StoryNotFound;
import com.novastoryteller.story.StoryRevisions;
import com.novastoryteller.story.StoryStatus;
import com.novastoryteller.story.StoryStream;
import com.novastoryteller.story.StoryView;
import com.novastoryteller.web.InvalidRequest;
import com.novastoryteller.web.PageParameters;
import com.novastoryteller.web.PagedResults;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

@RestController
@RequestMapping("/api")
@Tag(name = "Stories")
class StoryApi {

    private final Stories stories;
    private final StoryRevisions revisions;
    private final StoryStream stream;
    private final ImageUploads uploads;
    private final NewStoryForm form;

    StoryApi(Stories stories, StoryRevisions revisions, StoryStream stream, ImageUploads uploads, NewStoryForm form) {
        this.stories = stories;
        this.revisions = revisions;
        this.stream = stream;
        this.uploads = uploads;
        this.form = form;
    }

    @Operation(summary = "The kinds of story to pick from")
    @GetMapping("/templates")
    List<Map<String, String>> templates() {
        return Arrays.stream(Template.values())
                .map(template -> Map.of("id", template.id(), "name", template.displayName(),
                        "description", template.description()))
                .toList();
    }

    @Operation(summary = "Your stories, newest first; q searches titles and text")
    @GetMapping("/stories")
    PagedResults<StoryView> list(@AuthenticationPrincipal CurrentUser user,
            @RequestParam(defaultValue = "1") int page,
            @RequestParam(name = "page_size", defaultValue = "" + PageParameters.DEFAULT_SIZE) int pageSize,
            @RequestParam(required = false) @Nullable String q,
            @RequestParam(required = false) @Nullable Template template,
            @RequestParam(required = false) @Nullable StoryStatus status) {
        return PagedResults.of(stories.list(user, new StoryFilter(q, template, status), PageParameters.of(page, pageSize)));
    }

    @Operation(summary = "Ask for a story; it is written in the background (202)")
    @PostMapping(path = "/stories", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<StoryView> create(@AuthenticationPrincipal CurrentUser user, @Valid @RequestBody NewStory request) {
        StoryView story = stories.create(user, request);
        return ResponseEntity.accepted().location(URI.create("/api/stories/" + story.id() + "/")).body(story);
    }

    @Operation(summary = "Ask for a story with the child's drawing (multipart: the fields, an image part and image_caption)")
    @PostMapping(path = "/stories", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<StoryView> createWithDrawing(@AuthenticationPrincipal CurrentUser user,
            @RequestParam MultiValueMap<String, String> fields,
            @RequestPart(name = "image", required = false) @Nullable MultipartFile image) throws IOException {
        String caption = Drawing.caption(fields.getFirst("image_caption"));
        NewStory request = form.read(fields, "image_caption");
        Drawing drawing = image == null ? null
                : new Drawing(uploads.clean(image.getBytes(), image.getOriginalFilename(), image.getContentType()), caption);
        StoryView story = stories.create(user, request, drawing);
        return ResponseEntity.accepted().location(URI.create("/api/stories/" + story.id() + "/")).body(story);
    }

    @Operation(summary = "The child's drawing kept with the story")
    @GetMapping("/stories/{id}/image")
    ResponseEntity<Resource> picture(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
        return stories.picture(user, id)
                .map(picture -> ResponseEntity.ok().contentType(MediaType.parseMediaType(picture.mediaType()))
                        .cacheControl(CacheControl.maxAge(Duration.ofHours(1)).cachePrivate())
                        .header("X-Content-Type-Options", "nosniff")
                        .body(picture.file()))
                .orElseThrow(() -> new StoryNotFound("This story has no picture."));
    }

    @Operation(summary = "A part's picture (SVG, or PNG when a provider painted it)")
    @GetMapping("/stories/{id}/illustrations/{name}")
    ResponseEntity<Resource> illustration(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
            @PathVariable String name) {
        return stories.illustration(user, id, name)
                .map(StoryIllustrations.serving(name, CacheControl.maxAge(Duration.ofDays(30)).cachePrivate().immutable())::body)
                .orElseThrow(() -> new StoryNotFound("This story has no such picture."));
    }

    @GetMapping("/stories/{id}")
    StoryView show(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
        return stories.find(user, id);
    }

    @PutMapping("/stories/{id}")
    StoryView replace(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
            @Valid @RequestBody StoryChanges changes) {
        return stories.change(user, id, changes);
    }

    @PatchMapping("/stories/{id}")
    StoryView change(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
            @Valid @RequestBody StoryChanges changes) {
        return stories.change(user, id, changes);
    }

    @DeleteMapping("/stories/{id}")
    ResponseEntity<Void> delete(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
        stories.delete(user, id);
        return ResponseEntity.noContent().build();
    }

    @Operation(summary = "Write the story again with changes, as a new revision (202)")
    @PostMapping("/stories/{id}/regenerate")
    ResponseEntity<Regenerated> regenerate(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
            @Valid @RequestBody Modifications request) {
        StoryView story = revisions.regenerate(user, id, request.modifications());
        return ResponseEntity.status(HttpStatus.ACCEPTED)
                .body(new Regenerated("The story is being written again with your changes.", story));
    }

    @Operation(summary = "The story's live events: status, part, segment, done, error; after Last-Event-ID when given")
    @GetMapping(path = "/stories/{id}/events", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    SseEmitter events(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
            @RequestHeader(name = "Last-Event-ID", required = false) @Nullable String lastEventId) {
        OptionalLong lastSeen = lastSeen(lastEventId);
        if (!stories.isVisibleTo(user, id)) {
            throw new StoryNotFound(id);
        }
        return stream.open(id, lastSeen);
    }

    /** The number of the last event a reconnecting client saw; the ids this stream sends are such numbers. */
    private static OptionalLong lastSeen(@Nullable String lastEventId) {
        if (lastEventId == null || lastEventId.isBlank()) {
            return OptionalLong.empty();
        }
        if (!lastEventId.strip().matches("\\d{1,18}")) {
            throw new InvalidRequest("Last-Event-ID", "Last-Event-ID must be the id of an event of this stream.");
        }
        return OptionalLong.of(Long.parseLong(lastEventId.strip()));
    }

    record Regenerated(String message, StoryView story) {
    }
}
