package com.novastoryteller.cluster;

import java.util.List;

import org.jspecify.annotations.Nullable;

import com.novastoryteller.support.Percentile;

/** What bench/cluster measured on one installation, and how it prints. */
record Figures(int nodes, ClusterBench.Scale scale, StoryCost.Idle idle, List<Double> firstAudio, List<Double> wholeStory,
        ClusterBench.Load load, ClusterBench.Listing list, StoryCost cost, @Nullable KillRecovery recovery) {

    /** Segments narrated per minute of load, in stories of as many segments as those costed have. */
    double storiesPerMinute() {
        return load.segmentsNarrated() / loadMinutes() / ((double) cost.clips() / cost.stories());
    }

    private double loadMinutes() {
        return scale.load().toMillis() / 60_000.0;
    }

    void print() {
        System.out.printf("%d node%s, behind HAProxy%n", nodes, nodes == 1 ? "" : "s");
        System.out.printf("  first audio          median %.2f s, p90 %.2f s; whole story narrated median %.1f s "
                + "(%d stories, one at a time)%n", Percentile.of(firstAudio, 50), Percentile.of(firstAudio, 90),
                Percentile.of(wholeStory, 50), firstAudio.size());
        System.out.printf("  steady load          %d families for %d s: %.1f stories narrated per minute (%.0f segments; "
                + "%d stories finished within the load), %.1f minutes of story per minute, %.1f minutes of it voiced%n",
                scale.families(), scale.load().toSeconds(), storiesPerMinute(), load.segmentsNarrated(),
                load.narrated().size(), storiesPerMinute() * cost.speechSeconds() / cost.stories() / 60,
                load.speechVoiced() / 60 / loadMinutes());
        System.out.printf("  GET /api/stories/    64 connections: p50 %.1f ms, p99 %.1f ms, max %.1f ms, %.0f requests/s%n",
                Percentile.of(list.millis(), 50), Percentile.of(list.millis(), 99), Percentile.of(list.millis(), 100),
                list.perSecond());
        System.out.printf("  per story            %.0f s spoken, %.0f s of it voiced (the rest from the audio cache); CPU %.1f s, "
                + "all nodes, idle use taken off: %.1f s per minute of story, %.1f s per minute voiced%n",
                cost.speechSeconds() / cost.stories(), cost.voicedSeconds() / cost.stories(),
                cost.cpuSeconds() / cost.stories(), cost.cpuSeconds() / (cost.speechSeconds() / 60),
                cost.cpuSeconds() / (cost.voicedSeconds() / 60));
        System.out.printf("                       PostgreSQL %.0f transactions, %.0f rows read, %.0f rows written "
                + "(%d stories at once, idle rate taken off)%n", cost.database().transactions() / cost.stories(),
                cost.database().rowsRead() / cost.stories(), cost.database().rowsWritten() / cost.stories(), cost.stories());
        System.out.printf("                       S3 while written and voiced %s; listened to once (narration, then %d clips) %s%n",
                perStory(cost.s3WhileNarrated()), cost.clips() / cost.stories(), perStory(cost.s3WhileListened()));
        System.out.printf("  idle, all nodes      %.1f PostgreSQL transactions/s, %.3f CPU s/s%n",
                idle.database().transactions(), idle.cpuPerSecond());
        System.out.printf("  windows (local time) idle %s, stories costed %s%n", idle.window(), cost.window());
        if (recovery != null) {
            System.out.printf("  kill -9 of a node    %d stories asked of it, %d unfinished at the kill: all moving again on "
                    + "the other after %.1f s, all narrated after %.1f s; segments none lost or written twice: %s%n",
                    recovery.stories(), recovery.unfinishedAtKill(), recovery.allMovingAgain(), recovery.allNarrated(),
                    recovery.segmentsIntact() ? "yes" : "NO");
        }
    }

    private String perStory(java.util.Map<String, Integer> requests) {
        StringBuilder text = new StringBuilder("{");
        requests.forEach((method, count) -> text.append(text.length() > 1 ? ", " : "")
                .append(method).append(' ').append(String.format("%.1f", (double) count / cost.stories())));
        return text.append('}').toString();
    }

    /** Two nodes against one, with what this machine can and cannot show. */
    static void compare(Figures one, Figures two) {
        System.out.printf("%ntwo nodes / one node: first audio median %.2fx, stories per minute %.2fx, "
                + "GET /api/stories/ p99 %.2fx%n", Percentile.of(two.firstAudio, 50) / Percentile.of(one.firstAudio, 50),
                two.storiesPerMinute() / one.storiesPerMinute(),
                Percentile.of(two.list.millis(), 99) / Percentile.of(one.list.millis(), 99));
        System.out.printf("This machine has %d cores: both nodes, HAProxy, PostgreSQL, s3proxy and the bench share them, "
                + "so a second node adds no CPU and narration throughput cannot grow; on separate machines it would.%n",
                Runtime.getRuntime().availableProcessors());
    }
}
