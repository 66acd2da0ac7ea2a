package com.novastoryteller.cluster;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import com.novastoryteller.support.Api;
import com.novastoryteller.support.Eventually;
import com.novastoryteller.support.S3Proxy;

/**
 * bench/cluster: one node, then two nodes, of the packaged jar behind HAProxy on PostgreSQL and an s3proxy bucket, each
 * a fresh installation. For each: first audio (POST to the first segment's audio downloadable), stories fully narrated
 * per minute while some families each ask for their next story as soon as the last is narrated, {@code GET
 * /api/stories/} latency at 64 connections, what one story costs (CPU, database, S3), and for two nodes the recovery
 * from {@code kill -9} of one of them while it writes and reads stories aloud.
 */
public final class ClusterBench {

    private static final int CONNECTIONS = 64;
    private static final int LIST_REQUESTS_PER_CONNECTION = 20;

    private final Scale scale;
    private final Installation.Database database;
    private final S3RequestLog s3;
    private final Path directory;
    /** Every story of an installation has a hero of its own, so that none is voiced from another's cached clips. */
    private final AtomicInteger stories = new AtomicInteger();

    private ClusterBench(Scale scale, Installation.Database database, S3RequestLog s3, Path directory) {
        this.scale = scale;
        this.database = database;
        this.s3 = s3;
        this.directory = directory;
    }

    /** The arguments of bench/cluster, in order, each with its default. */
    record Scale(int families, Duration load, int stories, int killed, String length) {

        static Scale of(String[] args) {
            return new Scale(args.length > 0 ? Integer.parseInt(args[0]) : 4,
                    Duration.ofSeconds(args.length > 1 ? Integer.parseInt(args[1]) : 45),
                    args.length > 2 ? Integer.parseInt(args[2]) : 4, args.length > 3 ? Integer.parseInt(args[3]) : 4,
                    args.length > 4 ? args[4] : "medium");
        }
    }

    public static void main(String[] args) throws Exception {
        Scale scale = Scale.of(args);
        if (Balancer.haproxy() == null) {
            throw new IllegalStateException("HAProxy is not installed (Debian: apt-get install haproxy)");
        }
        Installation.Database database = new Installation.Database(
                System.getProperty("bench.postgresql.url", "jdbc:postgresql://127.0.0.1:5432/storyteller_bench"),
                System.getProperty("bench.postgresql.username", "storyteller"),
                System.getProperty("bench.postgresql.password", "storyteller"));
        Path directory = Files.createTempDirectory("cluster-bench");
        System.out.printf("%s; %d families, %d s of load, %d stories timed and costed, %d at the kill, %s length; "
                + "logs in %s%n", database.url(), scale.families(), scale.load().toSeconds(), scale.stories(),
                scale.killed(), scale.length(), directory);
        try (S3Proxy store = S3Proxy.running(); S3RequestLog s3 = S3RequestLog.start(directory, store.endpoint())) {
            ClusterBench bench = new ClusterBench(scale, database, s3, directory);
            Figures one = bench.measure(1);
            Figures two = bench.measure(2);
            Figures.compare(one, two);
        }
    }

    private Figures measure(int size) throws Exception {
        System.out.printf("%n%d node%s: starting%n", size, size == 1 ? "" : "s");
        Installation installation = Installation.start(size, directory, database, s3.endpoint());
        stories.set(0); // the same heroes for every installation
        try {
            Api api = installation.api();
            StoryCost.Idle idle = StoryCost.Idle.measure(installation, database, Duration.ofSeconds(15));
            for (JarNode node : installation.nodes) { // the JIT warmed on every node, as it is in a running installation
                Storytelling warmUp = new Storytelling(node.api(), api.register("warm-up").token(), scale.length());
                warmUp.awaitNarrated(warmUp.ask(stories.getAndIncrement()));
            }
            List<Double> firstAudio = new ArrayList<>();
            List<Double> wholeStory = new ArrayList<>();
            oneAtATime(new Storytelling(api, api.register("first-audio").token(), scale.length()), firstAudio, wholeStory);
            List<Storytelling> families = new ArrayList<>();
            for (int n = 0; n < scale.families(); n++) {
                families.add(new Storytelling(api, api.register("family").token(), scale.length()));
            }
            Load load = steadyLoad(families);
            StoryCost cost = StoryCost.measure(installation, database, s3, idle,
                    new Storytelling(api, api.register("costed").token(), scale.length()), scale.stories(),
                    stories.getAndAdd(scale.stories()));
            Listing list = listLatencies(api, families);
            KillRecovery recovery = size < 2 ? null
                    : KillRecovery.measure(installation, database, scale.killed(), scale.length(),
                            stories.getAndAdd(scale.killed()));
            Figures figures = new Figures(size, scale, idle, firstAudio, wholeStory, load, list, cost, recovery);
            figures.print();
            return figures;
        }
        finally {
            installation.stop();
        }
    }

    /** Stories asked for one after another: from each request to its first audio, and to all of it narrated. */
    private void oneAtATime(Storytelling listener, List<Double> firstAudio, List<Double> wholeStory) {
        for (int n = 0; n < scale.stories(); n++) {
            long started = System.nanoTime();
            String id = listener.ask(stories.getAndIncrement());
            listener.awaitFirstAudio(id);
            firstAudio.add(seconds(started));
            listener.awaitNarrated(id);
            wholeStory.add(seconds(started));
        }
    }

    /**
     * During a load: the stories fully narrated (how long each lasts when spoken), the segments that became audible
     * (a count that grows sentence by sentence, where stories finished grow a story at a time), and the seconds of
     * speech voiced for them.
     */
    record Load(List<Double> narrated, double segmentsNarrated, double speechVoiced) {
    }

    /**
     * Each family asks for a story, waits until all of it is narrated, and asks for the next, for the length of the
     * load.
     */
    private Load steadyLoad(List<Storytelling> families) throws Exception {
        double segmentsBefore = DatabaseActivity.segmentsNarrated(database.url(), database.user(), database.password());
        double voicedBefore = DatabaseActivity.speechVoiced(database.url(), database.user(), database.password());
        long end = System.nanoTime() + scale.load().toNanos();
        ExecutorService pool = Executors.newFixedThreadPool(families.size());
        try {
            List<Future<List<Double>>> running = new ArrayList<>();
            for (Storytelling family : families) {
                running.add(pool.submit(() -> {
                    List<Double> narrated = new ArrayList<>();
                    while (System.nanoTime() < end) {
                        double speech = family.awaitNarrated(family.ask(stories.getAndIncrement()));
                        if (System.nanoTime() <= end) {
                            narrated.add(speech);
                        }
                    }
                    return narrated;
                }));
            }
            Eventually.pause(Duration.ofNanos(Math.max(0, end - System.nanoTime())));
            double segments = DatabaseActivity.segmentsNarrated(database.url(), database.user(), database.password())
                    - segmentsBefore;
            double voiced = DatabaseActivity.speechVoiced(database.url(), database.user(), database.password()) - voicedBefore;
            // The stories still being told are waited for, so that the next measurement starts on idle nodes.
            List<Double> narrated = new ArrayList<>();
            for (Future<List<Double>> family : running) {
                narrated.addAll(family.get());
            }
            return new Load(narrated, segments, voiced);
        }
        finally {
            pool.shutdown();
        }
    }

    /** The times of {@code GET /api/stories/} requests in milliseconds, and how many were answered per second. */
    record Listing(List<Double> millis, double perSecond) {
    }

    /** {@code GET /api/stories/} from 64 connections at once, each family's list in turn. */
    private static Listing listLatencies(Api api, List<Storytelling> families) throws Exception {
        List<Double> latencies = Collections.synchronizedList(new ArrayList<>());
        long started = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(CONNECTIONS);
        try {
            List<Future<?>> connections = new ArrayList<>();
            for (int c = 0; c < CONNECTIONS; c++) {
                int connection = c;
                connections.add(pool.submit(() -> {
                    // The first request opens the connection, which a browser keeps: not timed.
                    for (int r = -1; r < LIST_REQUESTS_PER_CONNECTION; r++) {
                        String token = families.get(Math.floorMod(connection + r, families.size())).token();
                        long sent = System.nanoTime();
                        Api.Reply reply = api.get("/api/stories/", token);
                        if (reply.status() != 200) {
                            throw new IllegalStateException("GET /api/stories/ answered " + reply.status());
                        }
                        if (r >= 0) {
                            latencies.add((System.nanoTime() - sent) / 1e6);
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> connection : connections) {
                connection.get();
            }
            return new Listing(latencies, CONNECTIONS * (LIST_REQUESTS_PER_CONNECTION + 1) / seconds(started));
        }
        finally {
            pool.shutdown();
        }
    }

    private static double seconds(long started) {
        return (System.nanoTime() - started) / 1e9;
    }
}
