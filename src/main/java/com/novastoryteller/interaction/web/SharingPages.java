package com.novastoryteller.interaction.web;

import java.util.UUID;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

import com.novastoryteller.account.CurrentUser;
import com.novastoryteller.interaction.StoryShares;
import com.novastoryteller.story.StoryIllustrations;
import com.novastoryteller.story.StoryView;

import jakarta.servlet.http.HttpServletResponse;

/** The story page's share buttons, and the page a share link opens. */
@Controller
class SharingPages {

    private final StoryShares shares;

    SharingPages(StoryShares shares) {
        this.shares = shares;
    }

    @PostMapping("/stories/{id}/share")
    String share(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
        shares.share(user, id);
        return "redirect:/stories/" + id + "#share";
    }

    @PostMapping("/stories/{id}/share/revoke")
    String stopSharing(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
        shares.revoke(user, id);
        return "redirect:/stories/" + id + "#share";
    }

    /** The story behind a share link, for anyone who has it: no sign-in, nothing about its owner, not indexed. */
    @GetMapping("/shared/{token}")
    String shared(@PathVariable String token, Model model, HttpServletResponse response) {
        response.setHeader("X-Robots-Tag", "noindex, nofollow");
        StoryView story = shares.open(token);
        model.addAttribute("story", story);
        model.addAttribute("parts", StoryIllustrations.sharedParts(token, story.parts()));
        model.addAttribute("token", token);
        model.addAttribute("pageTitle", story.title());
        return "story/shared";
    }
}
