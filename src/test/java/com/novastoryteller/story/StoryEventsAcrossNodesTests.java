package com.novastoryteller.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.LongStream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

import com.novastoryteller.Application;
import com.novastoryteller.support.Api;
import com.novastoryteller.support.Api.Registered;
import com.novastoryteller.support.ApplicationTest;
import com.novastoryteller.support.DatabaseTest;
import com.novastoryteller.support.EventStream;
import com.novastoryteller.support.EventStream.Event;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Two nodes on one database: this test's application (node A, which writes the stories: it is slowed down so that a
 * story takes a few seconds) and a second one started beside it (node B, which takes no story jobs). A family
 * follows a story on one node while the other writes it, and moves between them as a browser behind a balancer does.
 */
@ApplicationTest
@DatabaseTest
@TestPropertySource(properties = "storyteller.generation.line-delay=40ms")
class StoryEventsAcrossNodesTests {

    private static final JsonMapper json = JsonMapper.builder().build();
    private static ConfigurableApplicationContext nodeB;

    @LocalServerPort
    int portA;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    StoryEventPruning pruning;
    @Autowired
    StoryEventLog eventLog;

    int portB;
    Api api;
    Registered mia;

    @BeforeAll
    static void startNodeB() {
        // Node B looks for story jobs once an hour, so the stories node A is asked for are written on node A. On
        // PostgreSQL it polls the events once an hour too: what it hears of them, it hears through NOTIFY.
        boolean postgres = System.getProperty("spring.datasource.url", "").startsWith("jdbc:postgresql:");
        nodeB = new SpringApplicationBuilder(Application.class)
            .properties("server.port=0", "storyteller.generation.polling-interval=1h",
                    "storyteller.events.poll-interval=" + (postgres ? "1h" : "300ms"))
            .run();
    }

    @AfterAll
    static void stopNodeB() {
        nodeB.close();
    }

    @BeforeEach
    void signUp() {
        portB = ((WebServerApplicationContext) nodeB).getWebServer().getPort();
        api = new Api(portA);
        mia = api.register("mia");
    }

    @Test
    void aStoryWrittenOnOneNodeIsFollowedToItsEndOnTheOther() {
        String id = create("a fox named Zoë who paints the sunrise");

        List<Event> events;
        try (EventStream onB = EventStream.open(portB, "/api/stories/" + id + "/events", mia.token(), null)) {
            events = onB.until("done");
        }

        assertThat(events.get(0).kind()).isEqualTo("status");
        List<Event> numbered = events.stream().filter(event -> event.id() != null).toList();
        assertThat(numbered.stream().mapToLong(Event::seq)).containsExactlyElementsOf(consecutiveFrom(numbered.get(0).seq(),
                numbered.size()));
        assertThat(numbered.size()).as("events that came live, written on the other node").isGreaterThan(3);
        assertThat(segmentTexts(events)).containsExactlyElementsOf(toldSegments(id));
        assertThat(String.join(" ", segmentTexts(events))).contains("Zoë");
    }

    @Test
    void aClientThatReconnectsToTheOtherNodeMissesNothingAndGetsNothingTwice() {
        String id = create("an owl named Hoot who counts the stars");

        List<Event> beforeTheDrop = new java.util.ArrayList<>();
        try (EventStream onA = EventStream.open(portA, "/api/stories/" + id + "/events", mia.token(), null)) {
            while (beforeTheDrop.stream().filter(event -> event.kind().equals("segment") && event.id() != null).count() < 3) {
                beforeTheDrop.add(onA.next());
            }
        }
        String lastSeen = beforeTheDrop.get(beforeTheDrop.size() - 1).id();
        List<Event> afterTheDrop;
        try (EventStream onB = EventStream.open(portB, "/api/stories/" + id + "/events", mia.token(), lastSeen)) {
            afterTheDrop = onB.until("done");
        }

        assertThat(afterTheDrop).allMatch(event -> event.id() != null, "every event resumed carries its id");
        assertThat(afterTheDrop.stream().mapToLong(Event::seq))
            .containsExactlyElementsOf(consecutiveFrom(Long.parseLong(lastSeen) + 1, afterTheDrop.size()));
        List<Event> heard = new java.util.ArrayList<>(beforeTheDrop);
        heard.addAll(afterTheDrop);
        assertThat(segmentTexts(heard)).containsExactlyElementsOf(toldSegments(id));
    }

    @Test
    void aClientWhoseEventsWerePrunedIsSentTheStoryAsItStands() {
        String id = create("a tortoise named Shelby who wins a race");
        api.awaitReady(id, mia.token(), Duration.ofSeconds(60));
        long written = eventCount(id);

        eventLog.deleteWrittenBefore(Instant.now().plusSeconds(1));
        List<Event> events;
        try (EventStream onB = EventStream.open(portB, "/api/stories/" + id + "/events", mia.token(), "2")) {
            events = onB.until("done");
        }

        assertThat(written).isGreaterThan(3);
        assertThat(eventCount(id)).isZero();
        assertThat(events.get(0).kind()).isEqualTo("status");
        assertThat(segmentTexts(events)).containsExactlyElementsOf(toldSegments(id));
        assertThat(events.get(events.size() - 1).seq()).isEqualTo(written);
    }

    @Test
    void eventsArePrunedOnceTheyAreOlderThanTheyAreKept() {
        String id = create("a kite named Skye who flies over the hills");
        api.awaitReady(id, mia.token(), Duration.ofSeconds(60));
        jdbc.sql("UPDATE story_event SET created_at = ? WHERE story_id = ? AND seq <= 2")
            .params(Timestamp.from(Instant.now().minus(Duration.ofHours(2))), id).update();

        pruning.prune();

        assertThat(jdbc.sql("SELECT seq FROM story_event WHERE story_id = ? ORDER BY seq").param(id).query(Long.class)
            .list()).isNotEmpty().allMatch(seq -> seq > 2);
    }

    @Test
    void aLastEventIdThatIsNotOneIsRefused() {
        String id = create("a snail named Pip who races the rain");

        try (EventStream stream = EventStream.open(portB, "/api/stories/" + id + "/events", mia.token(), "yesterday")) {
            assertThat(stream.status()).isEqualTo(400);
        }
    }

    private String create(String prompt) {
        Api.Reply created = api.post("/api/stories/", mia.token(), Map.of("prompt", prompt, "length", "short"));
        assertThat(created.status()).isEqualTo(202);
        return created.json().get("id").asString();
    }

    /** The segments the events announced, each once (a client keeps the first of each seq), in order. */
    private static List<String> segmentTexts(List<Event> events) {
        Map<Integer, String> bySeq = new LinkedHashMap<>();
        events.stream().filter(event -> event.kind().equals("segment")).map(event -> json.readTree(event.data()))
            .forEach(segment -> bySeq.putIfAbsent(segment.get("seq").asInt(), segment.get("text").asString()));
        assertThat(List.copyOf(bySeq.keySet())).isSorted();
        return List.copyOf(bySeq.values());
    }

    private List<String> toldSegments(String id) {
        JsonNode story = api.awaitReady(id, mia.token(), Duration.ofSeconds(60));
        assertThat(story.get("status").asString()).isEqualTo("ready");
        JsonNode narration = api.get("/api/stories/" + id + "/narration", mia.token()).json();
        return narration.get("segments").valueStream().map(segment -> segment.get("text").asString())
            .filter(Objects::nonNull).toList();
    }

    private long eventCount(String id) {
        return jdbc.sql("SELECT COUNT(*) FROM story_event WHERE story_id = ?").param(id).query(Long.class).single();
    }

    private static List<Long> consecutiveFrom(long first, int count) {
        return LongStream.range(first, first + count).boxed().toList();
    }
}
