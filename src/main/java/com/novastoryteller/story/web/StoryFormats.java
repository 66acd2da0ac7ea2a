package com.novastoryteller.story.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import com.novastoryteller.engine.AgeBand;
import com.novastoryteller.engine.StoryLength;
import com.novastoryteller.engine.Template;
import com.novastoryteller.story.StoryStatus;

/** Query parameters and form fields name templates, age bands and lengths as the API does ("sci-fi", "5-7"). */
@Configuration(proxyBeanMethods = false)
class StoryFormats implements WebMvcConfigurer {

    @Override
    public void addFormatters(FormatterRegistry registry) {
        registry.addConverter(String.class, Template.class, Template::fromId);
        registry.addConverter(String.class, AgeBand.class, AgeBand::fromId);
        registry.addConverter(String.class, StoryLength.class, StoryLength::fromId);
        registry.addConverter(String.class, StoryStatus.class, StoryStatus::fromId);
    }
}
