package com.novastoryteller.narration;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

import com.novastoryteller.engine.Narrator;
import com.novastoryteller.engine.Speech;
import com.novastoryteller.media.MediaStorage;
import com.novastoryteller.story.StorySegment;
import com.novastoryteller.story.StoryWriting;

/** Speaks the segments of stories: casts the voice, synthesises what was never spoken, stores it and announces it. */
@Service
public class Narration {

    /** Part of every clip's key: change it when the voices change, so old clips are not reused. */
    private static final String VOICE_EDITION = "mary-5.2.1-v1";

    private final Narrator narrator;
    private final Mp3Encoder mp3;
    private final MediaStorage media;
    private final NarrationClips clips;
    private final VoiceCasting casting;
    private final StoryWriting writing;

    Narration(Narrator narrator, Mp3Encoder mp3, MediaStorage media, NarrationClips clips, VoiceCasting casting,
            StoryWriting writing) {
        this.narrator = narrator;
        this.mp3 = mp3;
        this.media = media;
        this.clips = clips;
        this.casting = casting;
        this.writing = writing;
    }

    /** Whether the story's language has a voice; a story without one is shown but not read aloud. */
    public boolean canNarrate(String language) {
        return narrator.speaks(language);
    }

    /** Why a story is not read aloud, or null when it is. */
    public @Nullable String silence(String language) {
        if (!narrator.isOn()) {
            return "Reading aloud is switched off on this installation.";
        }
        return narrator.speaks(language) ? null
                : "There is no voice for " + language + " yet, so this story can be read but not heard.";
    }

    /** Speaks one segment (unless the same words in the same voice were spoken before) and announces it. */
    public void narrate(UUID storyId, int revision, StorySegment segment) {
        NarrationClip clip = clip(storyId, segment);
        writing.audio(storyId, revision, segment.seq(), NarrationApi.audioUrl(storyId, clip.key()), clip.durationMs());
    }

    /** Speaks every segment of a revision that has no audio yet, in order: what a resumed job still owes. */
    public void narrateAll(UUID storyId, int revision) {
        for (StorySegment segment : writing.segments(storyId, revision)) {
            if (stored(key(casting.voiceFor(storyId, segment.speaker()), segment.text())).isEmpty()) {
                narrate(storyId, revision, segment);
            }
        }
    }

    private NarrationClip clip(UUID storyId, StorySegment segment) {
        String voice = casting.voiceFor(storyId, segment.speaker());
        String key = key(voice, segment.text());
        return stored(key).orElseGet(() -> {
            Speech speech = narrator.speak(segment.text(), voice);
            byte[] audio = mp3.encode(speech.pcm(), speech.sampleRate());
            String mediaKey = "audio/" + key.substring(0, 2) + "/" + key + ".mp3";
            media.put(mediaKey, audio);
            NarrationClip clip = new NarrationClip(key, voice, mediaKey, Mp3Encoder.durationMs(audio), speech.words());
            clips.save(clip);
            return clip;
        });
    }

    /** A clip spoken before, if its audio is still there. */
    private Optional<NarrationClip> stored(String key) {
        return clips.find(key).filter(clip -> media.exists(clip.mediaKey()));
    }

    static String key(String voice, String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((VOICE_EDITION + "\n" + voice + "\n" + text).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        }
        catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
