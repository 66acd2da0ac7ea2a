package com.novastoryteller.character;

import java.util.Arrays;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import com.novastoryteller.engine.ImageStyle;

/** The Characters page: the library, edited in place through the API. */
@Controller
class CharacterPages {

    private final Characters characters;

    CharacterPages(Characters characters) {
        this.characters = characters;
    }

    @GetMapping("/characters")
    String library(Model model) {
        model.addAttribute("voices", characters.voices());
        model.addAttribute("styles", Arrays.asList(ImageStyle.values()));
        return "character/list";
    }
}
