package com.novastoryteller.story;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** "My stories": the bookshelf a signed-in family lands on. */
@Controller
class StoryPages {

    @GetMapping("/stories")
    String myStories() {
        return "story/list";
    }
}
