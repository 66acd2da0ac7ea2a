package com.novastoryteller.support;

import org.springframework.context.annotation.Bean;

import com.novastoryteller.story.WholeStoryAudio;

/**
 * For module tests that do not start narration, which answers whether a story can be heard: no story can.
 * Imported, not scanned, so a bench starting the application with the test classes does not find it.
 */
public class NotReadAloud {

    @Bean
    WholeStoryAudio wholeStoryAudio() {
        return story -> WholeStoryAudio.Hearing.NONE;
    }
}
