package com.novastoryteller.character;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

import com.novastoryteller.support.Api;
import com.novastoryteller.support.Api.Registered;
import com.novastoryteller.support.ApplicationTest;

@ApplicationTest
@TestPropertySource(properties = "storyteller.limits.characters-per-family=2")
class CharacterLimitApiTests {

    @LocalServerPort
    int port;

    Api api;
    Registered mia;

    @BeforeEach
    void signUp() {
        api = new Api(port);
        mia = api.register("collector");
    }

    @Test
    void aFullLibraryRefusesTheNextCharacterButStillUpdatesTheOnesItHas() {
        assertThat(api.post("/api/characters", mia.token(), Map.of("name", "Ada")).status()).isEqualTo(201);
        String bo = api.post("/api/characters", mia.token(), Map.of("name", "Bo")).json().get("id").asString();

        assertLibraryFull(api.post("/api/characters", mia.token(), Map.of("name", "Cy")));
        assertLibraryFull(api.post("/api/characters/" + bo + "/duplicate", mia.token(), null));
        assertThat(api.post("/api/characters", mia.token(), Map.of("name", "ada", "key_traits", "brave")).status())
                .as("a known name is an update, not a new character").isEqualTo(200);
        assertThat(names()).containsExactly("ada", "bo");

        assertThat(api.delete("/api/characters/" + bo, mia.token()).status()).isEqualTo(204);
        assertThat(api.post("/api/characters", mia.token(), Map.of("name", "Cy")).status()).isEqualTo(201);
    }

    @Test
    void anImportThatWouldOverfillTheLibrarySavesNothing() {
        assertThat(api.post("/api/characters", mia.token(), Map.of("name", "Ada")).status()).isEqualTo(201);

        assertLibraryFull(api.post("/api/characters/import", mia.token(),
                List.of(Map.of("name", "Bo"), Map.of("name", "Cy"), Map.of("name", "ADA", "key_traits", "kind"))));
        assertThat(names()).containsExactly("ada");

        Api.Reply fits = api.post("/api/characters/import", mia.token(),
                List.of(Map.of("name", "Bo"), Map.of("name", "bo"), Map.of("name", "ADA", "key_traits", "kind")));
        assertThat(fits.status()).as(fits.body()).isEqualTo(200);
        assertThat(names()).containsExactly("ada", "bo");
    }

    @Test
    void requestsAtOnceCannotBothTakeTheLastPlace() throws Exception {
        assertThat(api.post("/api/characters", mia.token(), Map.of("name", "Ada")).status()).isEqualTo(201);
        ExecutorService requests = Executors.newFixedThreadPool(8);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> answers = new ArrayList<>();
        for (int n = 0; n < 8; n++) {
            String name = "Twin " + n;
            answers.add(requests.submit(() -> {
                start.await();
                return api.post("/api/characters", mia.token(), Map.of("name", name)).status();
            }));
        }
        start.countDown();
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> answer : answers) {
            statuses.add(answer.get(60, TimeUnit.SECONDS));
        }
        requests.shutdown();

        assertThat(statuses).filteredOn(status -> status == 201).as("only one may take the last place").hasSize(1);
        assertThat(statuses).filteredOn(status -> status == 409).hasSize(7);
        assertThat(names()).hasSize(2);
    }

    private void assertLibraryFull(Api.Reply reply) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(409);
        assertThat(reply.json().get("type").asString()).isEqualTo("/problems/library-full");
        assertThat(reply.json().get("detail").asString()).contains("at most 2 characters");
    }

    /** The names in the library, without case: an update takes the case it was given. */
    private List<String> names() {
        return api.get("/api/characters", mia.token()).json().get("results").valueStream()
                .map(character -> character.get("name").asString().toLowerCase(Locale.ROOT)).toList();
    }
}
