package com.novastoryteller.story.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** What a child wants changed when the story is written again; the page's form and the API's body alike. */
record Modifications(
        @NotBlank(message = "Say what should change.")
        @Size(max = 2000, message = "Changes can be at most 2000 characters.") String modifications) {
}
