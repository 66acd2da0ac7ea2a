package com.novastoryteller.story;

import java.util.List;

import org.jspecify.annotations.Nullable;

import com.novastoryteller.engine.AgeBand;
import com.novastoryteller.engine.StoryLength;
import com.novastoryteller.engine.Template;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What a family asks for: the prompt, and how the story should be told. */
public record NewStory(
        @NotBlank(message = "Tell us what the story should be about.")
        @Size(max = 2000, message = "A prompt can be at most 2000 characters.")
        String prompt,

        @Size(max = 200, message = "A title can be at most 200 characters.")
        @Nullable String title,

        @Nullable Template template,

        @Nullable AgeBand ageBand,

        @Pattern(regexp = "[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*", message = "Use a language tag such as en-US.")
        @Nullable String language,

        @Nullable StoryLength length,

        @Size(max = 10, message = "A story can have at most 10 library characters.")
        @Nullable List<String> characterIds,

        @Nullable Boolean interactive) {

    /** What a child may say their picture shows. */
    public static final int MAX_CAPTION = 300;

    public Template templateOrDefault() {
        return template != null ? template : Template.ADVENTURE;
    }

    public AgeBand ageBandOrDefault() {
        return ageBand != null ? ageBand : AgeBand.AGES_5_7;
    }

    public StoryLength lengthOrDefault() {
        return length != null ? length : StoryLength.SHORT;
    }

    public String languageOrDefault() {
        return language != null ? language : "en-US";
    }
}
