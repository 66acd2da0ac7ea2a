package com.novastoryteller.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.novastoryteller.support.Api;
import com.novastoryteller.support.Api.Registered;
import com.novastoryteller.support.Api.Reply;
import com.novastoryteller.support.ApplicationTest;
import com.novastoryteller.support.DatabaseTest;
import com.novastoryteller.support.Node;

/**
 * Two nodes of one installation behind a load balancer, on one database: what one family or one guesser may do is
 * counted once for both, so spreading requests over the nodes earns nothing.
 */
@ApplicationTest
@DatabaseTest
class LimitsAcrossNodesTests {

    static Node nodeA;

    @LocalServerPort
    int port;

    @Autowired
    Accounts accounts;

    Api onA;
    Api onB;

    @BeforeAll
    static void startAnotherNode() {
        nodeA = Node.start();
    }

    @AfterAll
    static void stopIt() {
        nodeA.close();
    }

    @BeforeEach
    void connect() {
        onA = new Api(nodeA.port());
        onB = new Api(port);
    }

    @Test
    void wrongPasswordsSpreadOverBothNodesAreThrottledAsIfOnOne() {
        // The test profile allows 3 wrong passwords per account, one coming back every 3 s.
        Registered mia = onB.register("guessed");
        List<Reply> guesses = List.of(wrongPassword(onA, mia), wrongPassword(onB, mia), wrongPassword(onA, mia));

        Reply rightOnB = onB.post("/api/login", null, Map.of("username", mia.username(), "password", "good password"));
        Reply rightOnA = onA.post("/api/login", null, Map.of("username", mia.email(), "password", "good password"));

        assertThat(guesses).extracting(Reply::status).containsExactly(401, 401, 401);
        for (Reply refused : List.of(rightOnB, rightOnA)) {
            AccountApiTests.assertProblem(refused, 429, "/problems/too-many-attempts");
            assertThat(Long.parseLong(refused.header("Retry-After"))).isPositive();
            assertThat(refused.json().has("token")).isFalse();
        }
    }

    @Test
    void storiesStartedOnBothNodesCountAgainstOneDailyLimit() {
        Registered mia = onB.register("limited");
        String admin = onB.admin(accounts);
        assertThat(onA.patch("/api/admin/users/" + mia.id(), admin, Map.of("daily_story_limit", 3)).status())
                .isEqualTo(200);

        List<Reply> allowed = List.of(story(onA, mia, 1), story(onB, mia, 2), story(onA, mia, 3));
        List<Reply> refused = List.of(story(onB, mia, 4), story(onA, mia, 5));

        assertThat(allowed).extracting(Reply::status).containsExactly(202, 202, 202);
        for (Reply beyond : refused) {
            assertThat(beyond.status()).as(beyond.body()).isEqualTo(429);
            assertThat(beyond.json().get("type").asString()).endsWith("/problems/daily-limit");
            assertThat(beyond.json().get("limit").asInt()).isEqualTo(3);
        }
        assertThat(onA.get("/api/stories/", mia.token()).json().get("count").asInt()).isEqualTo(3);
    }

    private static Reply wrongPassword(Api node, Registered who) {
        return node.post("/api/login", null, Map.of("username", who.username(), "password", "a wrong guess"));
    }

    private static Reply story(Api node, Registered who, int number) {
        return node.post("/api/stories/", who.token(), Map.of("prompt", "a snail called Number " + number
                + " who climbs a wall"));
    }
}
