package com.novastoryteller.account.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

import com.novastoryteller.account.internal.ThrottleBuckets.Limit;
import com.novastoryteller.support.ApplicationTest;
import com.novastoryteller.support.DatabaseTest;
import com.novastoryteller.support.StoppedClock;

/** The database's token buckets, on a clock the test moves: what every node reads and takes from. */
@ApplicationTest
@DatabaseTest
class ThrottleBucketsTests {

    static final Limit THREE_PER_9_SECONDS = new Limit(3, Duration.ofSeconds(9));

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    StoppedClock clock;
    ThrottleBuckets buckets;
    String subject;

    @BeforeEach
    void freshBucket() {
        clock = new StoppedClock(Instant.now());
        buckets = new ThrottleBuckets(jdbc, transactions, clock);
        subject = "test:" + UUID.randomUUID();
    }

    @Test
    void aBucketGivesItsAttemptsThenSaysHowLongUntilTheNextComesBack() {
        for (int attempt = 0; attempt < 3; attempt++) {
            assertThat(buckets.waitFor(subject, THREE_PER_9_SECONDS)).isEmpty();
            assertThat(buckets.take(subject, THREE_PER_9_SECONDS)).as("attempt " + attempt).isEmpty();
        }

        assertThat(buckets.waitFor(subject, THREE_PER_9_SECONDS)).contains(Duration.ofSeconds(3));
        assertThat(buckets.take(subject, THREE_PER_9_SECONDS)).contains(Duration.ofSeconds(3));
        clock.move(Duration.ofSeconds(1));
        assertThat(buckets.take(subject, THREE_PER_9_SECONDS)).as("nothing taken by a refused attempt")
                .contains(Duration.ofSeconds(2));
        clock.move(Duration.ofSeconds(2));
        assertThat(buckets.take(subject, THREE_PER_9_SECONDS)).as("one back after 3 s").isEmpty();
        assertThat(buckets.take(subject, THREE_PER_9_SECONDS)).contains(Duration.ofSeconds(3));
    }

    @Test
    void forgettingFillsTheBucketAndAnotherLimitCountsApart() {
        for (int attempt = 0; attempt < 3; attempt++) {
            buckets.take(subject, THREE_PER_9_SECONDS);
        }
        assertThat(buckets.waitFor(subject, new Limit(5, Duration.ofSeconds(9)))).as("counted under other limits")
                .isEmpty();

        buckets.forget(subject, THREE_PER_9_SECONDS);

        assertThat(buckets.waitFor(subject, THREE_PER_9_SECONDS)).isEmpty();
        assertThat(buckets.take(subject, THREE_PER_9_SECONDS)).isEmpty();
    }

    @Test
    void manyTakingAtOnceGetExactlyTheAttemptsBetweenThem() throws Exception {
        Limit fivePerHour = new Limit(5, Duration.ofHours(1));
        ExecutorService nodes = Executors.newFixedThreadPool(8);
        List<Future<Optional<Duration>>> takes = new ArrayList<>();
        for (int n = 0; n < 24; n++) {
            Callable<Optional<Duration>> take = () -> buckets.take(subject, fivePerHour);
            takes.add(nodes.submit(take));
        }
        int taken = 0;
        for (Future<Optional<Duration>> take : takes) {
            taken += take.get().isEmpty() ? 1 : 0;
        }
        nodes.shutdown();

        assertThat(taken).isEqualTo(5);
    }

    @Test
    void bucketsThatAreFullAgainAreDeletedAndTheOthersKept() {
        String other = "test:" + UUID.randomUUID();
        Limit onePerTwoDays = new Limit(1, Duration.ofDays(2));
        buckets.take(subject, THREE_PER_9_SECONDS);
        buckets.take(other, onePerTwoDays);
        assertThat(rows(subject, THREE_PER_9_SECONDS)).isOne();

        clock.move(Duration.ofSeconds(4));
        buckets.deleteFull();

        assertThat(rows(subject, THREE_PER_9_SECONDS)).as("the bucket full again after 3 s is gone").isZero();
        assertThat(rows(other, onePerTwoDays)).isOne();
        assertThat(buckets.waitFor(other, onePerTwoDays)).as("and still counts").isPresent();
    }

    private long rows(String subject, Limit limit) {
        return jdbc.sql("SELECT COUNT(*) FROM throttle_bucket WHERE bucket_key = ?")
                .param(ThrottleBuckets.key(subject, limit)).query(Long.class).single();
    }

}
