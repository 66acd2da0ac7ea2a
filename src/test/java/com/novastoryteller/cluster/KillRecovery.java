package com.novastoryteller.cluster;

import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import com.novastoryteller.support.Eventually;
import com.novastoryteller.support.StoredSegments;

/**
 * {@code kill -9} of a node while it writes and reads aloud some stories: how long until each interrupted story moves
 * again on the other node (a segment written or voiced, or the story finished), and until all of them are narrated.
 */
record KillRecovery(int stories, int unfinishedAtKill, double allMovingAgain, double allNarrated, boolean segmentsIntact) {

    private static final Duration GIVE_UP = Duration.ofMinutes(3);

    static KillRecovery measure(Installation installation, Installation.Database database, int count, String length,
            int firstStory) throws InterruptedException, SQLException {
        JarNode victim = installation.nodes.get(0);
        JarNode survivor = installation.nodes.get(1);
        String token = installation.api().register("power-cut").token();
        Storytelling onVictim = new Storytelling(victim.api(), token, length);
        List<String> ids = new ArrayList<>();
        for (int n = 0; n < count; n++) {
            ids.add(onVictim.ask(firstStory + n));
        }
        // Asked of the victim, the stories are written there; it is killed once every one of them has begun.
        Eventually.get("every story begun", () -> ids.stream().allMatch(id -> !onVictim.progress(id).startsWith("0/"))
                ? true : null);
        victim.kill();
        long killed = System.nanoTime();

        Storytelling onSurvivor = new Storytelling(survivor.api(), token, length);
        Map<String, String> atKill = new HashMap<>();
        for (String id : ids) {
            if (!onSurvivor.narrated(id)) {
                atKill.put(id, onSurvivor.progress(id));
            }
        }
        Map<String, Double> moved = new HashMap<>();
        Map<String, Double> narrated = new HashMap<>();
        while (narrated.size() < atKill.size() && System.nanoTime() - killed < GIVE_UP.toNanos()) {
            for (Map.Entry<String, String> story : atKill.entrySet()) {
                String now = onSurvivor.progress(story.getKey());
                double seconds = (System.nanoTime() - killed) / 1e9;
                if (!now.equals(story.getValue())) {
                    moved.putIfAbsent(story.getKey(), seconds);
                }
                if (now.endsWith("/ready/true")) {
                    narrated.putIfAbsent(story.getKey(), seconds);
                }
            }
            Eventually.pause(Duration.ofMillis(100));
        }
        boolean intact = true;
        for (String id : ids) {
            List<Integer> seqs = StoredSegments.seqs(database.url(), database.user(), database.password(), id);
            intact &= !seqs.isEmpty() && seqs.equals(IntStream.range(0, seqs.size()).boxed().toList());
        }
        return new KillRecovery(count, atKill.size(), latest(moved, atKill.size()), latest(narrated, atKill.size()), intact);
    }

    /** The last of the stories' times, or NaN when some story never got there. */
    private static double latest(Map<String, Double> times, int stories) {
        return times.size() < stories ? Double.NaN : times.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
    }
}
