package com.novastoryteller.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import com.novastoryteller.Application;
import com.novastoryteller.support.Api;
import com.novastoryteller.support.Percentile;

/**
 * bench/busy-list: one user asks for ten stories at once; meanwhile an eleventh user lists their own
 * stories again and again. Prints that user's list latency while the ten are written, against the
 * same request on an idle server, and how long the ten took.
 */
public final class BusyListBench {

    private BusyListBench() {
    }

    public static void main(String[] args) throws Exception {
        Path data = Files.createTempDirectory("busy-list");
        String lineDelay = args.length > 0 ? args[0] : "0ms";
        try (ConfigurableApplicationContext context = SpringApplication.run(Application.class, "--server.port=0",
                "--storyteller.data-dir=" + data, "--storyteller.generation.line-delay=" + lineDelay,
                "--logging.level.root=WARN")) {
            Api api = new Api(((WebServerApplicationContext) context).getWebServer().getPort());
            String busy = api.register("busy").token();
            String eleventh = api.register("eleventh").token();
            for (int n = 0; n < 5; n++) {
                api.post("/api/stories/", eleventh, Map.of("prompt", "a fox named Ember who finds a key " + n));
            }
            awaitReady(api, eleventh, 5);
            listLatencies(api, eleventh, 50);
            List<Double> idle = listLatencies(api, eleventh, 100);

            long started = System.nanoTime();
            ExecutorService requests = Executors.newFixedThreadPool(10);
            for (int n = 0; n < 10; n++) {
                int number = n;
                requests.submit(() -> api.post("/api/stories/", busy,
                        Map.of("prompt", "a dragon named Puff who bakes a cake number " + number, "length", "long")));
            }
            requests.shutdown();
            List<Double> busyLatencies = new ArrayList<>();
            while (api.readyCount(busy) < 10) {
                busyLatencies.addAll(listLatencies(api, eleventh, 5));
            }
            double allWritten = (System.nanoTime() - started) / 1e9;

            System.out.printf("line delay %s: ten long stories written in %.1f s%n", lineDelay, allWritten);
            System.out.printf("eleventh user's list, idle:   median %5.1f ms, p95 %5.1f ms (%d requests)%n",
                    Percentile.of(idle, 50), Percentile.of(idle, 95), idle.size());
            System.out.printf("eleventh user's list, busy:   median %5.1f ms, p95 %5.1f ms, max %5.1f ms (%d requests)%n",
                    Percentile.of(busyLatencies, 50), Percentile.of(busyLatencies, 95), Percentile.of(busyLatencies, 100),
                    busyLatencies.size());
        }
    }

    private static List<Double> listLatencies(Api api, String token, int count) {
        List<Double> latencies = new ArrayList<>();
        for (int n = 0; n < count; n++) {
            long start = System.nanoTime();
            if (api.get("/api/stories/?page_size=20", token).status() != 200) {
                throw new IllegalStateException("The list failed");
            }
            latencies.add((System.nanoTime() - start) / 1e6);
        }
        return latencies;
    }

    private static void awaitReady(Api api, String token, int expected) throws InterruptedException {
        while (api.readyCount(token) < expected) {
            Thread.sleep(50);
        }
    }
}
