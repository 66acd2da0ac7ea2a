package com.novastoryteller.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import com.novastoryteller.Application;
import com.novastoryteller.story.StoryWriting;
import com.novastoryteller.support.Api;
import com.novastoryteller.support.EventStream;
import com.novastoryteller.support.Eventually;
import com.novastoryteller.support.Percentile;

import tools.jackson.databind.json.JsonMapper;

/**
 * bench/event-delay: two nodes on one database (H2 in memory unless {@code spring.datasource.*} say otherwise). A story
 * is kept being written on node A while a listener on each node follows it; node A then commits audio events at
 * random moments, and the bench prints how long each took from the call that commits it on node A to its arrival at
 * the listener on node A (delivered after commit) and on node B (polled, or woken by NOTIFY on PostgreSQL).
 */
public final class EventDelayBench {

    private static final JsonMapper json = JsonMapper.builder().build();
    private static final int FIRST_SEQ = 10_000;

    private EventDelayBench() {
    }

    public static void main(String[] args) throws java.io.IOException {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        String data = java.nio.file.Files.createTempDirectory("event-delay").toString();
        String[] common = { "--server.port=0", "--storyteller.data-dir=" + data, "--storyteller.providers.narrator=off", "--logging.level.root=WARN",
            "--logging.file.name=", "--spring.datasource.url=" + System.getProperty("spring.datasource.url",
                    "jdbc:h2:mem:event-delay;DB_CLOSE_DELAY=-1") };
        // A writes one line a minute, so the story stays unfinished; B takes no story jobs.
        try (ConfigurableApplicationContext nodeA = node(common, "--storyteller.generation.line-delay=60s");
                ConfigurableApplicationContext nodeB = node(common, "--storyteller.generation.polling-interval=1h")) {
            Api api = new Api(port(nodeA));
            String token = api.register("delay").token();
            String storyId = api.post("/api/stories/", token, Map.of("prompt", "a clock named Tick who keeps time"))
                .json().get("id").asString();
            String path = "/api/stories/" + storyId + "/events";
            Map<Integer, Long> committing = new ConcurrentHashMap<>();
            try (EventStream onA = EventStream.open(port(nodeA), path, token, null);
                    EventStream onB = EventStream.open(port(nodeB), path, token, null)) {
                StoryWriting writing = nodeA.getBean(StoryWriting.class);
                for (int n = 0; n < count; n++) {
                    Eventually.pause(Duration.ofMillis(50 + ThreadLocalRandom.current().nextInt(200)));
                    committing.put(FIRST_SEQ + n, System.nanoTime());
                    writing.audio(java.util.UUID.fromString(storyId), 1, FIRST_SEQ + n, "/bench", 0);
                }
                print("same node (A)", delays(onA, committing, count));
                print("other node (B)", delays(onB, committing, count));
            }
        }
    }

    private static ConfigurableApplicationContext node(String[] common, String own) {
        List<String> args = new ArrayList<>(List.of(common));
        args.add(own);
        return new SpringApplicationBuilder(Application.class).run(args.toArray(String[]::new));
    }

    private static List<Double> delays(EventStream stream, Map<Integer, Long> committing, int count) {
        List<Double> delays = new ArrayList<>();
        while (delays.size() < count) {
            EventStream.Event event = stream.next();
            if (event.kind().equals("audio")) {
                Long started = committing.get(json.readTree(event.data()).get("seq").asInt());
                if (started != null) {
                    delays.add((event.receivedAt() - started) / 1e6);
                }
            }
        }
        return delays;
    }

    private static void print(String where, List<Double> delays) {
        System.out.printf("%-15s median %6.1f ms, p90 %6.1f ms, max %6.1f ms (%d events)%n", where,
                Percentile.of(delays, 50), Percentile.of(delays, 90), Percentile.of(delays, 100), delays.size());
    }

    private static int port(ConfigurableApplicationContext node) {
        return ((WebServerApplicationContext) node).getWebServer().getPort();
    }

}
