package com.novastoryteller.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.novastoryteller.WarmUps;
import com.novastoryteller.support.Api;
import com.novastoryteller.support.ApplicationTest;
import com.novastoryteller.support.Eventually;

/**
 * What a load balancer in front of several nodes checks: a node takes no families while its engines are still warming
 * up, yet is alive all the while, so the balancer neither sends it a story nor restarts it.
 */
@ApplicationTest
class LoadBalancerProbeTests {

    @LocalServerPort
    int port;

    @Test
    void aWarmingNodeIsAliveButNotReadyAndReadyOnceWarm() throws InterruptedException {
        Api api = new Api(port);
        awaitStatus(api, "/actuator/health/readiness", 200);

        CountDownLatch voicesLoaded = new CountDownLatch(1);
        WarmUps.start("held-warm-up", () -> awaitQuietly(voicesLoaded));
        try {
            assertThat(api.get("/actuator/health/readiness", null).status()).isEqualTo(503);
            assertThat(api.get("/actuator/health/readiness", null).body()).contains("OUT_OF_SERVICE");
            assertThat(api.get("/actuator/health/liveness", null).status()).isEqualTo(200);
            assertThat(api.get("/api/health", null).status()).isEqualTo(200);
        }
        finally {
            voicesLoaded.countDown();
        }
        awaitStatus(api, "/actuator/health/readiness", 200);
    }

    private static void awaitStatus(Api api, String path, int status) {
        Eventually.within(Duration.ofMinutes(2)).until(path + " answering " + status,
                () -> api.get(path, null).status() == status);
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
        }
    }
}
