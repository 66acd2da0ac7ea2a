package com.novastoryteller.narration;

import com.novastoryteller.story.StorySegment;

/** One story being read aloud as it is written. */
public interface StoryReading {

    /** A story in a language without a voice is written but not read. */
    StoryReading SILENT = new StoryReading() {
        @Override
        public void read(StorySegment segment) {
        }

        @Override
        public void finish() {
        }
    };

    /** Hands over a segment the moment it is stored; it is spoken in turn. */
    void read(StorySegment segment);

    /** Waits until every segment has been spoken, including any stored before a restart. */
    void finish();
}
