package com.novastoryteller.narration;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

import com.novastoryteller.support.Api;
import com.novastoryteller.support.Api.Registered;
import com.novastoryteller.support.ApplicationTest;
import com.novastoryteller.support.DatabaseTest;
import com.novastoryteller.support.Eventually;
import com.novastoryteller.support.Node;

import io.micrometer.core.instrument.MeterRegistry;
import tools.jackson.databind.JsonNode;

/**
 * Sentences queued in the database: taken by whichever node has a free narration thread, taken again by another node
 * when the one that had them dies, and handed back by a node that is shut down. Heartbeats are short here, so that a
 * dead node is noticed in about two seconds rather than ten. "Voiced once" is counted in sentences a narrator spoke:
 * a queued sentence may be taken twice (a node slow to beat its heart is taken for dead), but the second time it
 * finds its clip and is only announced again.
 */
@ApplicationTest
@DatabaseTest
@TestPropertySource(properties = { "storyteller.providers.narrator=embedded", "storyteller.narration.heartbeat-interval=500ms",
        "storyteller.narration.polling-interval=200ms", "storyteller.generation.line-delay=20ms" })
class NarrationAcrossNodesTests {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    NarrationQueue queue;
    @Autowired
    MeterRegistry meters;

    Api api;
    Registered mia;

    @BeforeEach
    void signUp() {
        api = new Api(port);
        mia = api.register("mia");
    }

    @Test
    void sentencesANodeDiedWithAreVoicedByAnotherEachOnce() {
        String id = story("a badger named Bramble who builds a bridge", "short");
        int revision = api.awaitReady(id, mia.token(), Duration.ofMinutes(1)).get("revision").asInt();
        List<JsonNode> segments = segments(id);
        double spokenBefore = synthesised(meters);

        // A node took these and died: their clips were never stored, and its heartbeat stopped long ago.
        List<JsonNode> lost = segments.subList(1, segments.size());
        for (JsonNode segment : lost) {
            jdbc.sql("DELETE FROM narration_clip WHERE clip_key = ?").param(clipKey(segment)).update();
            Timestamp longAgo = Timestamp.from(Instant.now().minus(Duration.ofDays(1)));
            jdbc.sql("""
                    INSERT INTO narration_tasks (task_name, task_instance, execution_time, picked, picked_by, last_heartbeat,
                        version, priority) VALUES ('voice-segment', ?, ?, TRUE, 'a-node-that-died', ?, 1, 0)""")
                .params(id + "/" + revision + "/" + segment.get("index").asInt(), longAgo, longAgo).update();
        }
        assertThat(segments(id)).filteredOn(segment -> segment.get("audio").isNull()).hasSize(lost.size());

        List<JsonNode> heard = Eventually.get("every sentence heard again", () -> {
            List<JsonNode> now = segments(id);
            return now.stream().allMatch(segment -> !segment.get("audio").isNull()) ? now : null;
        });

        // A sentence is heard once its clip is stored; its task is done a moment later.
        Eventually.get("every task done", () -> waiting(id) == 0 ? true : null);

        assertThat(heard).extracting(segment -> segment.get("text").asString())
            .containsExactlyElementsOf(segments.stream().map(segment -> segment.get("text").asString()).toList());
        assertThat(heard).extracting(NarrationAcrossNodesTests::clipKey)
            .as("the same words in the same voices").containsExactlyElementsOf(segments.stream().map(NarrationAcrossNodesTests::clipKey).toList());
        Set<String> lostClips = lost.stream().map(NarrationAcrossNodesTests::clipKey).collect(Collectors.toSet());
        lostClips.remove(clipKey(segments.get(0)));
        assertThat(synthesised(meters) - spokenBefore).as("each lost sentence voiced once").isEqualTo(lostClips.size());
        assertThat(api.get(heard.get(1).get("audio").asString(), mia.token()).status()).isEqualTo(200);
    }

    @Test
    void aNodeShutDownHandsBackTheSentencesItTookAndAnotherVoicesThem() {
        // This node writes the story and voices its first sentence, but leaves every queued one to node B.
        queue.stop();
        try (Node nodeB = Node.start("storyteller.providers.narrator=embedded", "storyteller.generation.polling-interval=1h",
                "storyteller.narration.threads=1",
                "storyteller.narration.heartbeat-interval=500ms", "storyteller.narration.polling-interval=200ms")) {
            double spokenBefore = synthesised(meters);
            String id = story("a lighthouse keeper named Nell who rescues a seal", "short");
            MeterRegistry metersOfB = nodeB.bean(MeterRegistry.class);
            Eventually.get("node B voicing the story", () -> voicedFromQueue(metersOfB) >= 2 ? true : null);

            nodeB.close();

            assertThat(picked()).as("node B finished its sentence and handed back the rest").isZero();
            assertThat(waiting(id)).as("sentences still to voice").isPositive();
            queue.start();
            JsonNode ready = api.awaitReady(id, mia.token(), Duration.ofMinutes(2));

            assertThat(ready.get("status").asString()).isEqualTo("ready");
            List<JsonNode> segments = segments(id);
            assertThat(segments).allMatch(segment -> !segment.get("audio").isNull(), "every sentence can be heard");
            // At most: a sentence spoken for an earlier story, in the same voice, is not spoken again.
            Set<String> clips = segments.stream().map(NarrationAcrossNodesTests::clipKey).collect(Collectors.toSet());
            assertThat(synthesised(metersOfB) + synthesised(meters) - spokenBefore).as("each sentence voiced once")
                .isLessThanOrEqualTo(clips.size());
        }
        finally {
            queue.start();
        }
    }

    private String story(String prompt, String length) {
        Api.Reply created = api.post("/api/stories/", mia.token(), Map.of("prompt", prompt, "length", length));
        assertThat(created.status()).isEqualTo(202);
        return created.json().get("id").asString();
    }

    private List<JsonNode> segments(String id) {
        List<JsonNode> segments = new ArrayList<>();
        api.get("/api/stories/" + id + "/narration", mia.token()).json().get("segments").forEach(segments::add);
        return segments;
    }

    /** The clip key in a segment's audio address, {@code /api/stories/<id>/audio/<key>.mp3}. */
    private static String clipKey(JsonNode segment) {
        String audio = segment.get("audio").asString();
        return audio.substring(audio.lastIndexOf('/') + 1, audio.length() - ".mp3".length());
    }

    private int waiting(String id) {
        return jdbc.sql("SELECT COUNT(*) FROM narration_tasks WHERE task_instance LIKE ?").param(id + "/%")
            .query(Integer.class).single();
    }

    private int picked() {
        return jdbc.sql("SELECT COUNT(*) FROM narration_tasks WHERE picked = TRUE").query(Integer.class).single();
    }

    private static double synthesised(MeterRegistry registry) {
        return registry.get("storyteller.narration.synthesised").counter().count();
    }

    private static double voicedFromQueue(MeterRegistry registry) {
        return registry.get("storyteller.narration.queued").counter().count();
    }
}
