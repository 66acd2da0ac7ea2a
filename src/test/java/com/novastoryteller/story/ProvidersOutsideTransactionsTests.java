package com.novastoryteller.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import com.novastoryteller.engine.Illustrator;
import com.novastoryteller.engine.ImageDescriber;
import com.novastoryteller.engine.ImageStyle;
import com.novastoryteller.engine.SafetyFilter;
import com.novastoryteller.engine.Scene;
import com.novastoryteller.engine.embedded.EmbeddedIllustrator;
import com.novastoryteller.engine.embedded.EmbeddedImageDescriber;
import com.novastoryteller.engine.embedded.EmbeddedSafetyFilter;
import com.novastoryteller.support.Api;
import com.novastoryteller.support.Api.Registered;
import com.novastoryteller.support.ApplicationTest;
import com.novastoryteller.support.TestMedia;

/**
 * The safety filter, the describer and the illustrator may be providers that take seconds to answer: no
 * database transaction (and so no pooled connection) is held while they work.
 */
@ApplicationTest
class ProvidersOutsideTransactionsTests {

    private static final Duration WRITING = Duration.ofSeconds(60);

    @LocalServerPort
    int port;

    @Autowired
    EngineCalls calls;

    Api api;
    Registered mia;

    @BeforeEach
    void signUp() {
        api = new Api(port);
        mia = api.register("patient");
        calls.clear();
    }

    @Test
    void aStoryIsCheckedAndItsDrawingDescribedWithNoTransactionOpen() {
        Api.Reply created = api.multipart("/api/stories/", mia.token(), Map.of("prompt", "a snail who paints the moon",
                "image_caption", "a big blue moon"), "image", "moon.png", "image/png",
                TestMedia.png(200, 150, 0x112266, 0x3366ff));
        assertThat(created.status()).as(created.body()).isEqualTo(202);
        String id = created.json().get("id").asString();
        api.awaitReady(id, mia.token(), WRITING);

        assertThat(api.patch("/api/stories/" + id, mia.token(), Map.of("title", "The Moon Painter")).status())
                .isEqualTo(200);
        assertThat(api.post("/api/stories/" + id + "/interrupt", mia.token(),
                Map.of("after_segment", 1, "instruction", "a friendly owl comes along")).status()).isEqualTo(202);
        api.awaitReady(id, mia.token(), WRITING);
        assertThat(api.post("/api/stories/" + id + "/regenerate", mia.token(),
                Map.of("modifications", "make it snow")).status()).isEqualTo(202);
        api.awaitReady(id, mia.token(), WRITING);

        assertThat(calls.made()).contains("describe", "check: a snail who paints the moon", "check: The Moon Painter",
                "check: a friendly owl comes along", "check: make it snow");
        assertThat(calls.inTransaction()).as("engine calls made while a transaction was open").isEmpty();
    }

    @Test
    void aCharacterIsCheckedAndDrawnWithNoTransactionOpen() {
        Api.Reply created = api.post("/api/characters/", mia.token(), Map.of("name", "Pip",
                "description", "a small grey mouse", "key_traits", "shy and kind"));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = created.json().get("id").asString();
        assertThat(api.patch("/api/characters/" + id, mia.token(), Map.of("description", "a small white mouse"))
                .status()).isEqualTo(200);
        assertThat(api.post("/api/characters/" + id + "/regenerate-image", mia.token(), null).status()).isEqualTo(200);
        assertThat(api.post("/api/characters/" + id + "/duplicate", mia.token(), null).status()).isEqualTo(201);

        assertThat(calls.made()).contains("check: a small grey mouse", "check: a small white mouse", "portrait");
        assertThat(calls.made().stream().filter("portrait"::equals)).hasSizeGreaterThanOrEqualTo(4);
        assertThat(calls.inTransaction()).as("engine calls made while a transaction was open").isEmpty();
    }

    /** Every call to an engine, and those made while the calling thread had a database transaction open. */
    static class EngineCalls {

        private final List<String> made = new CopyOnWriteArrayList<>();
        private final List<String> inTransaction = new CopyOnWriteArrayList<>();

        void record(String call) {
            made.add(call);
            if (TransactionSynchronizationManager.isActualTransactionActive()) {
                inTransaction.add(call);
            }
        }

        List<String> made() {
            return List.copyOf(made);
        }

        List<String> inTransaction() {
            return List.copyOf(inTransaction);
        }

        void clear() {
            made.clear();
            inTransaction.clear();
        }
    }

    /** The embedded engines, watched: each call notes whether a transaction was open around it. */
    @TestConfiguration
    static class WatchedEngines {

        @Bean
        EngineCalls engineCalls() {
            return new EngineCalls();
        }

        @Bean
        @Primary
        SafetyFilter watchedSafetyFilter(EngineCalls calls) {
            SafetyFilter filter = new EmbeddedSafetyFilter();
            return text -> {
                calls.record("check: " + text);
                return filter.check(text);
            };
        }

        @Bean
        @Primary
        ImageDescriber watchedDescriber(EngineCalls calls) {
            ImageDescriber describer = new EmbeddedImageDescriber();
            return (image, caption) -> {
                calls.record("describe");
                return describer.describe(image, caption);
            };
        }

        @Bean
        @Primary
        Illustrator watchedIllustrator(EngineCalls calls) {
            Illustrator illustrator = new EmbeddedIllustrator();
            return new Illustrator() {
                @Override
                public Illustration draw(Scene scene) {
                    calls.record("draw");
                    return illustrator.draw(scene);
                }

                @Override
                public Illustration portrait(Scene.Figure figure, ImageStyle style) {
                    calls.record("portrait");
                    return illustrator.portrait(figure, style);
                }
            };
        }
    }
}
