/**
 * Narration: each segment of a story spoken in its cast voice, with word timings, stored as MP3 and
 * listed in the story's narration manifest while the story is still being written.
 */
@org.jspecify.annotations.NullMarked
@org.springframework.modulith.ApplicationModule(displayName = "Narration")
package com.novastoryteller.narration;
