package com.novastoryteller.narration;

import org.springframework.stereotype.Component;

import com.novastoryteller.story.StoryStatus;
import com.novastoryteller.story.StoryView;
import com.novastoryteller.story.WholeStoryAudio;

/** Whether a story's whole narration (GET /api/stories/{id}/export.mp3) can be played yet. */
@Component
class WholeStoryHearing implements WholeStoryAudio {

    private final Narration narration;

    WholeStoryHearing(Narration narration) {
        this.narration = narration;
    }

    @Override
    public Hearing hearing(StoryView story) {
        if (narration.silence(story.language()) != null || story.status() == StoryStatus.FAILED) {
            return Hearing.NONE;
        }
        if (story.status() != StoryStatus.READY) {
            return Hearing.COMING;
        }
        return narration.heard(story.id(), story.revision()).isPresent() ? Hearing.READY : Hearing.COMING;
    }
}
