package com.novastoryteller.narration;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import com.novastoryteller.engine.Speech.WordTiming;
import com.novastoryteller.story.StorySegment;
import com.novastoryteller.story.StoryStatus;
import com.novastoryteller.story.StoryView;
import com.novastoryteller.story.StoryWriting;

/**
 * The narration manifest of a story's current revision: every segment with its audio (as soon as it is
 * spoken), its length and word timings, the voices, and the whole-story file once all of it is spoken.
 * Audio URLs are made by the caller, so the owner's page and a share link each get URLs they may fetch.
 */
@Component
public class NarrationManifests {

    private final StoryWriting writing;
    private final VoiceCasting casting;
    private final Narration narration;

    NarrationManifests(StoryWriting writing, VoiceCasting casting, Narration narration) {
        this.writing = writing;
        this.casting = casting;
        this.narration = narration;
    }

    public NarrationView of(StoryView story, UnaryOperator<String> audioUrl) {
        return of(story, audioUrl, UnaryOperator.identity());
    }

    /** @param pictureUrl turns a part picture's owner address into the one the listener can open */
    public NarrationView of(StoryView story, UnaryOperator<String> audioUrl, UnaryOperator<String> pictureUrl) {
        Map<String, String> voices = casting.cast(story.id());
        List<SegmentView> segments = new ArrayList<>();
        List<NarrationClip> spoken = new ArrayList<>();
        for (StorySegment segment : writing.segments(story.id(), story.revision())) {
            Optional<NarrationClip> clip = narration.clipFor(segment, voices);
            clip.ifPresent(spoken::add);
            segments.add(new SegmentView(segment.seq(), segment.part(), segment.speaker(), segment.text(),
                    clip.map(c -> audioUrl.apply(c.key())).orElse(null), clip.map(NarrationClip::durationMs).orElse(null),
                    clip.map(NarrationClip::words).orElse(List.of())));
        }
        String silence = narration.silence(story.language());
        boolean allSpoken = spoken.size() == segments.size();
        String whole = story.status() == StoryStatus.READY && silence == null && allSpoken
                ? narration.whole(spoken).map(c -> audioUrl.apply(c.key())).orElse(null)
                : null;
        List<PartView> parts = story.parts().stream().map(part -> new PartView(part.index(), part.title(),
                part.illustration() == null ? null : pictureUrl.apply(part.illustration()),
                part.illustrationDescription())).toList();
        return new NarrationView(silence != null ? "unavailable" : story.status().id(), story.status().id(), story.title(),
                story.revision(), voices, parts, segments, story.choices(), whole, silence);
    }

    /**
     * Whether the clip is one of this story's (a sentence, or the finished story joined), so that a share link
     * opens no other audio. The keys are worked out from the words and voices, without looking up every clip.
     */
    public boolean heardIn(StoryView story, String clipKey) {
        Map<String, String> voices = casting.cast(story.id());
        List<StorySegment> segments = writing.segments(story.id(), story.revision());
        List<String> keys = new ArrayList<>();
        for (StorySegment segment : segments) {
            Optional<String> key = narration.clipKey(segment, voices);
            if (key.isPresent() && key.get().equals(clipKey)) {
                return true;
            }
            key.ifPresent(keys::add);
        }
        return story.status() == StoryStatus.READY && !keys.isEmpty() && keys.size() == segments.size()
                && narration.wholeKey(keys).equals(clipKey);
    }

    /**
     * {@code status} is the story's, or "unavailable" when it cannot be heard; {@code story_status} is always
     * the story's; {@code choices} are the options an interactive story offers where it stops.
     */
    public record NarrationView(String status, String storyStatus, String title, int revision, Map<String, String> voices,
            List<PartView> parts, List<SegmentView> segments, List<String> choices, @Nullable String fullAudio,
            @Nullable String message) {
    }

    record PartView(int index, String title, @Nullable String illustration, @Nullable String illustrationDescription) {
    }

    record SegmentView(int index, int part, String speaker, String text, @Nullable String audio, @Nullable Long durationMs,
            List<WordTiming> words) {
    }
}
