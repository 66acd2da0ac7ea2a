package com.novastoryteller.story;

/**
 * Whether a story can be heard as one file yet, for its page when the player cannot run (no JavaScript). The
 * narration module answers, so that the story module need not know how a story is read aloud.
 */
public interface WholeStoryAudio {

    Hearing hearing(StoryView story);

    enum Hearing {
        /** Every sentence of the story as it is now is read aloud: the whole file can be played. */
        READY,
        /** The story is still being written or read aloud. */
        COMING,
        /** This story is not read aloud here (reading aloud is off, or there is no voice for its language). */
        NONE
    }
}
