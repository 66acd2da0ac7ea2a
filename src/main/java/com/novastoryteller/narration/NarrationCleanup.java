package com.novastoryteller.narration;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import com.novastoryteller.media.MediaStorage;
import com.novastoryteller.story.StoryDeleting;
import com.novastoryteller.story.StorySegment;
import com.novastoryteller.story.StoryWriting;

/**
 * When a story is deleted, its narration goes too: every clip of every revision, and the whole-story files.
 * A clip is kept only when another story says the same sentence, since it is then not this story's alone
 * (clips are shared by their words and voice); the files go once the deletion is committed.
 */
@Component
class NarrationCleanup {

    private final Narration narration;
    private final VoiceCasting casting;
    private final NarrationClips clips;
    private final StoryWriting writing;
    private final MediaStorage media;

    NarrationCleanup(Narration narration, VoiceCasting casting, NarrationClips clips, StoryWriting writing,
            MediaStorage media) {
        this.narration = narration;
        this.casting = casting;
        this.clips = clips;
        this.writing = writing;
        this.media = media;
    }

    @EventListener
    void forget(StoryDeleting deleting) {
        Map<String, String> cast = casting.cast(deleting.storyId());
        Map<Integer, List<StorySegment>> revisions = writing.everyRevision(deleting.storyId());
        List<String> sentences = revisions.values().stream().flatMap(List::stream).map(StorySegment::text).toList();
        Set<String> toldElsewhere = writing.toldElsewhere(deleting.storyId(), sentences);
        Set<String> keys = new HashSet<>();
        for (List<StorySegment> segments : revisions.values()) {
            List<String> revisionKeys = new ArrayList<>();
            for (StorySegment segment : segments) {
                Optional<String> key = narration.clipKey(segment, cast);
                key.ifPresent(revisionKeys::add);
                key.filter(any -> !toldElsewhere.contains(segment.text())).ifPresent(keys::add);
            }
            keys.add(narration.wholeKey(revisionKeys));
        }
        List<String> files = new ArrayList<>();
        for (String key : keys) {
            clips.find(key).ifPresent(clip -> {
                clips.delete(key);
                files.add(clip.mediaKey());
            });
        }
        media.deleteAfterCommit(files);
    }
}
