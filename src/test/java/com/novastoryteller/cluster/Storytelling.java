package com.novastoryteller.cluster;

import java.time.Duration;
import java.util.Map;

import com.novastoryteller.support.Api;
import com.novastoryteller.support.Eventually;

import tools.jackson.databind.JsonNode;

/** A family asking for stories through the HTTP API and following them as a polling client would. */
final class Storytelling {

    private static final String[] NAME_STARTS = { "Bram", "Juni", "Otto", "Kasi", "Pip", "Raff", "Wren", "Tobi", "Mari",
            "Ezra", "Saff", "Flori" };
    private static final String[] NAME_ENDS = { "ble", "per", "line", "mir", "pa", "erty", "nella", "as", "gold", "do" };
    private static final Duration LONGEST_STORY = Duration.ofMinutes(5);

    private final Api api;
    private final String token;
    private final String length;

    Storytelling(Api api, String token, String length) {
        this.api = api;
        this.token = token;
        this.length = length;
    }

    String token() {
        return token;
    }

    /**
     * A new story. Its hero has a name of its own for each {@code n} (up to 120), so that few of its sentences are
     * word for word an earlier story's, which the audio cache would serve without voicing them.
     */
    String ask(int n) {
        String hero = NAME_STARTS[n % NAME_STARTS.length] + NAME_ENDS[n / NAME_STARTS.length % NAME_ENDS.length];
        Api.Reply reply = api.post("/api/stories/", token, Map.of("prompt", "a hedgehog named " + hero
                + " who finds a lost kite", "length", length));
        if (reply.status() != 202) {
            throw new IllegalStateException("The story was refused: " + reply.body());
        }
        return reply.json().get("id").asString();
    }

    /** Waits until the story's first segment can be downloaded. */
    void awaitFirstAudio(String id) {
        long deadline = System.nanoTime() + LONGEST_STORY.toNanos();
        while (System.nanoTime() < deadline) {
            JsonNode first = narration(id).get("segments").path(0);
            if (first.hasNonNull("audio") && api.get(first.get("audio").asString(), token).status() == 200) {
                return;
            }
            Eventually.pause(Duration.ofMillis(20));
        }
        throw new IllegalStateException("No audio for story " + id + " within " + LONGEST_STORY);
    }

    /** Waits until the story is written and all of it can be heard; answers how long it lasts when spoken, in seconds. */
    double awaitNarrated(String id) {
        long deadline = System.nanoTime() + LONGEST_STORY.toNanos();
        while (System.nanoTime() < deadline) {
            JsonNode narration = narration(id);
            if (narration.hasNonNull("full_audio") && narration.get("story_status").asString().equals("ready")) {
                return speechSeconds(narration);
            }
            Eventually.pause(Duration.ofMillis(250));
        }
        throw new IllegalStateException("Story " + id + " was not narrated within " + LONGEST_STORY);
    }

    /** Where the story stands: segments written, segments voiced, status. It changes whenever the story moves on. */
    String progress(String id) {
        JsonNode narration = narration(id);
        int voiced = 0;
        for (JsonNode segment : narration.get("segments")) {
            voiced += segment.hasNonNull("audio") ? 1 : 0;
        }
        return narration.get("segments").size() + "/" + voiced + "/" + narration.get("story_status").asString()
                + "/" + narration.hasNonNull("full_audio");
    }

    boolean narrated(String id) {
        return progress(id).endsWith("/ready/true");
    }

    /** Downloads every clip of the story once, as a child listening to all of it would; answers how many. */
    int listen(String id) {
        int clips = 0;
        for (JsonNode segment : narration(id).get("segments")) {
            if (api.bytes(segment.get("audio").asString(), token).statusCode() != 200) {
                throw new IllegalStateException("A clip of " + id + " could not be downloaded");
            }
            clips++;
        }
        return clips;
    }

    private JsonNode narration(String id) {
        Api.Reply reply = api.get("/api/stories/" + id + "/narration", token);
        if (reply.status() != 200) {
            throw new IllegalStateException("The narration of " + id + " answered " + reply.status());
        }
        JsonNode narration = reply.json();
        if (narration.get("story_status").asString().equals("failed")) {
            throw new IllegalStateException("Story " + id + " failed: " + narration);
        }
        return narration;
    }

    private static double speechSeconds(JsonNode narration) {
        double seconds = 0;
        for (JsonNode segment : narration.get("segments")) {
            seconds += segment.path("duration_ms").asLong() / 1000.0;
        }
        return seconds;
    }
}
