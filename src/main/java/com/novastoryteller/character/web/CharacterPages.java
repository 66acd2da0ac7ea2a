package com.novastoryteller.character.web;

import java.util.Arrays;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import com.novastoryteller.account.CurrentUser;
import com.novastoryteller.character.Characters;
import com.novastoryteller.engine.ImageStyle;
import com.novastoryteller.engine.Narrator;
import com.novastoryteller.engine.NarratorVoice;

/**
 * The Characters page: the library, edited in place through the API. The page also lists the characters itself
 * (a page of them, found by {@code q}), for a browser that runs no script.
 */
@Controller
class CharacterPages {

    private static final int PAGE_SIZE = 12;

    private final Characters characters;
    private final Narrator narrator;

    CharacterPages(Characters characters, Narrator narrator) {
        this.characters = characters;
        this.narrator = narrator;
    }

    @GetMapping("/characters")
    String library(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) @Nullable String q,
            @RequestParam(defaultValue = "1") int page, Model model) {
        model.addAttribute("voices", narrator.voices());
        model.addAttribute("voiceNames", narrator.voices().stream()
                .collect(Collectors.toMap(NarratorVoice::id, NarratorVoice::description, (a, b) -> a)));
        model.addAttribute("styles", Arrays.asList(ImageStyle.values()));
        model.addAttribute("q", q == null ? "" : q.strip());
        model.addAttribute("library", characters.list(user, q == null ? null : q.strip(),
                PageRequest.of(Math.max(page, 1) - 1, PAGE_SIZE)));
        return "character/list";
    }
}
