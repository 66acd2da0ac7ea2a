package com.novastoryteller.admin.web;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.novastoryteller.account.Accounts;
import com.novastoryteller.account.CurrentUser;
import com.novastoryteller.story.Moderation;
import com.novastoryteller.story.StoryModeration;
import com.novastoryteller.story.StoryStatus;
import com.novastoryteller.story.StoryView;
import com.novastoryteller.web.PageParameters;

/** The console's moderation: every story, filtered; read one, hide or bring it back, delete it. */
@Controller
class AdminStoryPages {

    private final StoryModeration moderation;
    private final Accounts accounts;

    AdminStoryPages(StoryModeration moderation, Accounts accounts) {
        this.moderation = moderation;
        this.accounts = accounts;
    }

    @GetMapping("/admin/stories")
    String stories(@RequestParam(required = false) @Nullable String q,
            @RequestParam(name = "user_id", required = false) @Nullable UUID userId,
            @RequestParam(required = false) @Nullable StoryStatus status,
            @RequestParam(name = "created_from", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
            @RequestParam(name = "created_to", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
            @RequestParam(name = "include_hidden", defaultValue = "false") boolean includeHidden,
            @RequestParam(name = "include_deleted", defaultValue = "false") boolean includeDeleted,
            @RequestParam(defaultValue = "1") int page, Model model) {
        Moderation wanted = new Moderation(userId, q, status, includeHidden, includeDeleted,
                from == null ? null : UtcDays.startOf(from), to == null ? null : UtcDays.endOf(to));
        Page<StoryView> found = moderation.list(wanted, PageParameters.of(Math.max(1, page), 20));
        model.addAttribute("stories", found);
        model.addAttribute("pages", PageLinks.of(found));
        model.addAttribute("family", userId == null ? null : accounts.usernames(Set.of(userId)).get(userId));
        model.addAttribute("filters", Map.of("q", q == null ? "" : q, "status", status == null ? "" : status.id(),
                "created_from", from == null ? "" : from.toString(), "created_to", to == null ? "" : to.toString()));
        model.addAttribute("userId", userId);
        model.addAttribute("includeHidden", includeHidden);
        model.addAttribute("includeDeleted", includeDeleted);
        model.addAttribute("statuses", StoryStatus.values());
        model.addAttribute("pageTitle", "Stories");
        model.addAttribute("section", "stories");
        return "admin/stories";
    }

    @PostMapping("/admin/stories/{id}/hide")
    String hide(@AuthenticationPrincipal CurrentUser admin, @PathVariable UUID id, @RequestParam boolean hidden,
            RedirectAttributes flash) {
        StoryView story = moderation.hide(admin, id, hidden);
        flash.addFlashAttribute("message", "“" + story.title() + "” is " + (hidden ? "hidden from its family and its share link."
                : "back on its family's shelf."));
        return "redirect:/admin/stories?include_hidden=true";
    }

    @PostMapping("/admin/stories/{id}/delete")
    String delete(@AuthenticationPrincipal CurrentUser admin, @PathVariable UUID id, RedirectAttributes flash) {
        String title = moderation.find(admin, id).title();
        moderation.delete(admin, id);
        flash.addFlashAttribute("message", "“" + title + "” is deleted for its family; it stays here for audit.");
        return "redirect:/admin/stories";
    }
}
