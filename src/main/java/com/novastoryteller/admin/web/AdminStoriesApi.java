package com.novastoryteller.admin.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.novastoryteller.account.CurrentUser;
import com.novastoryteller.story.Moderation;
import com.novastoryteller.story.StoryModeration;
import com.novastoryteller.story.StoryStatus;
import com.novastoryteller.story.StoryView;
import com.novastoryteller.web.InvalidRequest;
import com.novastoryteller.web.PageParameters;
import com.novastoryteller.web.PagedResults;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/** The admin's moderation: every story, filtered; a story hidden or brought back; a story deleted (kept for audit). */
@RestController
@RequestMapping("/api/admin/stories")
@Tag(name = "Admin")
class AdminStoriesApi {

    private final StoryModeration moderation;

    AdminStoriesApi(StoryModeration moderation) {
        this.moderation = moderation;
    }

    record Hide(@NotNull Boolean isHidden) {
    }

    @Operation(summary = "Every story, newest first, by family, status and date; hidden and deleted ones when asked")
    @GetMapping({ "", "/" })
    PagedResults<StoryView> list(@RequestParam(defaultValue = "1") int page,
            @RequestParam(name = "page_size", defaultValue = "" + PageParameters.DEFAULT_SIZE) int pageSize,
            @RequestParam(name = "user_id", required = false) @Nullable UUID userId,
            @RequestParam(required = false) @Nullable StoryStatus status,
            @RequestParam(name = "created_from", required = false) @Nullable String createdFrom,
            @RequestParam(name = "created_to", required = false) @Nullable String createdTo,
            @RequestParam(name = "include_hidden", defaultValue = "false") boolean includeHidden,
            @RequestParam(name = "include_deleted", defaultValue = "false") boolean includeDeleted,
            @RequestParam(required = false) @Nullable String q) {
        Moderation wanted = new Moderation(userId, q, status, includeHidden, includeDeleted,
                instant("created_from", createdFrom, false), instant("created_to", createdTo, true));
        return PagedResults.of(moderation.list(wanted, PageParameters.of(page, pageSize)));
    }

    @Operation(summary = "Any story, hidden or deleted ones included")
    @GetMapping("/{id}")
    StoryView show(@AuthenticationPrincipal CurrentUser admin, @PathVariable UUID id) {
        return moderation.find(admin, id);
    }

    @Operation(summary = "Hides a story from its family and its share link, or brings it back")
    @PatchMapping("/{id}/hide")
    StoryView hide(@AuthenticationPrincipal CurrentUser admin, @PathVariable UUID id, @Valid @RequestBody Hide hide) {
        return moderation.hide(admin, id, hide.isHidden());
    }

    @Operation(summary = "Deletes a story for its family and its share link; the admin keeps it for audit")
    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@AuthenticationPrincipal CurrentUser admin, @PathVariable UUID id) {
        moderation.delete(admin, id);
        return ResponseEntity.noContent().build();
    }

    /** A date ({@code 2026-11-23}, the whole day in UTC) or an instant; {@code to} takes in all of its day. */
    private static @Nullable Instant instant(String field, @Nullable String value, boolean endOfDay) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            if (value.length() == 10) {
                LocalDate day = LocalDate.parse(value);
                return endOfDay ? UtcDays.endOf(day) : UtcDays.startOf(day);
            }
            return Instant.parse(value);
        }
        catch (DateTimeParseException wrong) {
            throw new InvalidRequest(field, "Give a date such as 2026-11-23 or a time such as 2026-11-23T08:00:00Z.");
        }
    }
}
