package com.novastoryteller.narration;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Service;

import com.novastoryteller.engine.Narrator;
import com.novastoryteller.engine.Speech;
import com.novastoryteller.media.MediaStorage;
import com.novastoryteller.story.StorySegment;
import com.novastoryteller.story.StoryWriting;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Speaks the segments of stories: casts the voice, synthesises what was never spoken, stores it and
 * announces it; and joins a finished story's clips into one file.
 */
@Service
public class Narration {

    static final String WHOLE_STORY = "whole story";

    private final Narrator narrator;
    private final Mp3Encoder mp3;
    private final MediaStorage media;
    private final NarrationClips clips;
    private final VoiceCasting casting;
    private final StoryWriting writing;
    private final Counter synthesised;

    Narration(Narrator narrator, Mp3Encoder mp3, MediaStorage media, NarrationClips clips, VoiceCasting casting,
            StoryWriting writing, MeterRegistry registry) {
        this.narrator = narrator;
        this.mp3 = mp3;
        this.media = media;
        this.clips = clips;
        this.casting = casting;
        this.writing = writing;
        this.synthesised = Counter.builder("storyteller.narration.synthesised")
                .description("Sentences this node spoke with its narrator, rather than finding them spoken before")
                .register(registry);
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

    /** The segment's clip: spoken now, unless the same words in the same voice were spoken before. */
    NarrationClip voice(UUID storyId, StorySegment segment) {
        return voice(storyId, segment, new StopSignal());
    }

    /** As {@link #voice(UUID, StorySegment)}, stopping mid-sentence when the signal says nobody will hear it. */
    NarrationClip voice(UUID storyId, StorySegment segment, StopSignal signal) {
        String voice = casting.voiceFor(storyId, segment.speaker());
        String key = key(voice, segment.text());
        return stored(key).orElseGet(() -> {
            Speech speech = signal.whileSpeaking(() -> narrator.speak(segment.text(), voice));
            synthesised.increment();
            return store(new NarrationClip(key, voice, mediaKey(key), 0, speech.words()),
                    mp3.encode(Loudness.normalised(speech.pcm()), speech.sampleRate()));
        });
    }

    /** Tells the story's listeners that a segment can be heard. */
    void announce(UUID storyId, int revision, StorySegment segment, NarrationClip clip) {
        writing.audio(storyId, revision, segment.seq(), audioUrl(storyId, clip.key()), clip.durationMs());
    }

    /**
     * Speaks and announces every segment of a revision that has no audio yet, in order (what a resumed
     * job still owes), and returns every segment's clip.
     */
    List<NarrationClip> narrateAll(UUID storyId, int revision) {
        Map<String, String> cast = new HashMap<>(casting.cast(storyId));
        List<NarrationClip> all = new ArrayList<>();
        for (StorySegment segment : writing.segments(storyId, revision)) {
            all.add(clipFor(segment, cast).orElseGet(() -> {
                NarrationClip spoken = voice(storyId, segment);
                announce(storyId, revision, segment, spoken);
                cast.put(segment.speaker(), spoken.voice());
                return spoken;
            }));
        }
        return all;
    }

    /**
     * Every segment of a revision with its spoken clip, in order, for a book that reads itself aloud; empty while
     * a segment has no audio.
     */
    public Optional<List<SpokenSegment>> spoken(UUID storyId, int revision) {
        return heard(storyId, revision).flatMap(heard -> {
            List<SpokenSegment> spoken = new ArrayList<>();
            for (Heard each : heard) {
                Optional<Resource> audio = media.get(each.clip().mediaKey());
                if (audio.isEmpty()) {
                    return Optional.empty();
                }
                NarrationClip clip = each.clip();
                spoken.add(new SpokenSegment(each.segment(), clip.key(), audio.get(), clip.durationMs(), clip.words()));
            }
            return Optional.of(spoken);
        });
    }

    /** A segment as heard: its clip's key and audio (MP3), how long it lasts, and when each word is said. */
    public record SpokenSegment(StorySegment segment, String clipKey, Resource audio, long durationMs,
            List<Speech.WordTiming> words) {
    }

    /** Every segment of a revision with its clip, in order; empty while a segment has no audio. */
    public Optional<List<Heard>> heard(UUID storyId, int revision) {
        Map<String, String> cast = casting.cast(storyId);
        List<Heard> heard = new ArrayList<>();
        for (StorySegment segment : writing.segments(storyId, revision)) {
            Optional<NarrationClip> clip = clipFor(segment, cast);
            if (clip.isEmpty()) {
                return Optional.empty();
            }
            heard.add(new Heard(segment, clip.get()));
        }
        return Optional.of(heard);
    }

    /** A segment and the clip it is heard as. */
    public record Heard(StorySegment segment, NarrationClip clip) {
    }

    /** The whole revision as one file; empty while a segment has no audio. */
    public Optional<NarrationClip> whole(UUID storyId, int revision) {
        return heard(storyId, revision).flatMap(heard -> whole(heard.stream().map(Heard::clip).toList()));
    }

    /**
     * The given clips as one file: their MP3 frames one after the other (all clips share one format and
     * constant bit rate, so the joined file is itself a valid MP3). Made once per distinct sequence of
     * clips; empty when there are none.
     */
    public Optional<NarrationClip> whole(List<NarrationClip> parts) {
        if (parts.isEmpty()) {
            return Optional.empty();
        }
        String key = wholeKey(parts.stream().map(NarrationClip::key).toList());
        return stored(key).or(() -> {
            ByteArrayOutputStream joined = new ByteArrayOutputStream();
            for (NarrationClip part : parts) {
                media.get(part.mediaKey()).ifPresent(audio -> copy(audio, joined));
            }
            return Optional.of(store(new NarrationClip(key, WHOLE_STORY, mediaKey(key), 0, List.of()), joined.toByteArray()));
        });
    }

    /** The clip already spoken for a segment in the voice cast for its speaker, if its audio is still there. */
    Optional<NarrationClip> clipFor(StorySegment segment, Map<String, String> cast) {
        return clipKey(segment, cast).flatMap(this::stored);
    }

    /** The key a segment's clip has in the voice cast for its speaker, worked out without looking anything up. */
    Optional<String> clipKey(StorySegment segment, Map<String, String> cast) {
        String voice = cast.get(segment.speaker());
        return voice == null ? Optional.empty() : Optional.of(key(voice, segment.text()));
    }

    /** The key of the file that joins these clips, in this order. */
    String wholeKey(List<String> clipKeys) {
        return key(WHOLE_STORY, String.join("\n", clipKeys));
    }

    private NarrationClip store(NarrationClip clip, byte[] audio) {
        media.put(clip.mediaKey(), audio);
        NarrationClip stored = new NarrationClip(clip.key(), clip.voice(), clip.mediaKey(), Mp3Encoder.durationMs(audio),
                clip.words());
        clips.save(stored);
        return stored;
    }

    private Optional<NarrationClip> stored(String key) {
        return clips.find(key).filter(clip -> media.exists(clip.mediaKey()));
    }

    private static String mediaKey(String key) {
        return "audio/" + key.substring(0, 2) + "/" + key + ".mp3";
    }

    private static void copy(Resource audio, ByteArrayOutputStream into) {
        try (InputStream in = audio.getInputStream()) {
            in.transferTo(into);
        }
        catch (IOException e) {
            throw new UncheckedIOException("Could not read a stored clip", e);
        }
    }

    /** A clip's key: the engine edition, the voice and the words, so the same words in the same voice are spoken once. */
    private String key(String voice, String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((narrator.edition() + "\n" + voice + "\n" + text).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        }
        catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Where the family's player fetches a clip of their story. */
    public static String audioUrl(UUID storyId, String clipKey) {
        return "/api/stories/" + storyId + "/audio/" + clipKey + ".mp3";
    }
}
