package com.novastoryteller.engine.aws;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.novastoryteller.engine.provider.WavFile;
import com.novastoryteller.support.Api;
import com.novastoryteller.support.ApplicationTest;

import tools.jackson.databind.JsonNode;

/**
 * Nova 2 Sonic hears a child's recording over Bedrock's bidirectional stream: the product's real AWS SDK client
 * speaks HTTP/2 to a loopback fake that reads the SigV4-signed event-stream frames and answers in them.
 */
@ApplicationTest
class SonicTests {

    static final FakeSonic sonic = new FakeSonic();

    @DynamicPropertySource
    static void provider(DynamicPropertyRegistry registry) {
        registry.add("storyteller.providers.transcriber", () -> "bedrock");
        registry.add("storyteller.aws.endpoint", () -> "http://127.0.0.1:" + sonic.port());
        registry.add("storyteller.aws.region", () -> "us-east-1");
        registry.add("storyteller.aws.access-key-id", () -> FakeAws.ACCESS_KEY);
        registry.add("storyteller.aws.secret-access-key", () -> FakeAws.SECRET_KEY);
    }

    @LocalServerPort
    int port;

    @AfterAll
    static void stop() {
        sonic.close();
    }

    @Test
    void aChildsRecordingIsHeardBySonicOverTheBidirectionalStream() {
        Api api = new Api(port);
        Api.Registered lea = api.register("sonic");
        byte[] speech = new byte[44_100 * 2]; // one second at 44.1 kHz: the product resamples it to 16 kHz
        for (int sample = 0; sample < speech.length / 2; sample++) {
            short value = (short) (8000 * Math.sin(2 * Math.PI * 200 * sample / 44_100.0));
            speech[2 * sample] = (byte) value;
            speech[2 * sample + 1] = (byte) (value >> 8);
        }
        Api.Reply heard = api.multipart("/api/transcriptions", lea.token(), Map.of(), "audio", "recording.wav",
                "audio/wav", WavFile.of(speech, 44_100));
        assertThat(heard.status()).as(heard.body()).isEqualTo(200);
        assertThat(heard.json().get("text").asString()).isEqualTo("a dragon who is scared of the dark");

        assertThat(sonic.paths).containsExactly("/model/amazon.nova-2-sonic-v1%3A0/invoke-with-bidirectional-stream");
        assertThat(sonic.authorizations.get(0)).startsWith("AWS4-HMAC-SHA256 Credential=" + FakeAws.ACCESS_KEY + "/")
                .contains("/us-east-1/bedrock/aws4_request");
        List<String> order = sonic.events.stream().map(event -> event.propertyNames().iterator().next()).toList();
        assertThat(order).startsWith("sessionStart", "promptStart", "contentStart", "textInput", "contentEnd",
                "contentStart", "audioInput").endsWith("contentEnd", "promptEnd", "sessionEnd");
        JsonNode audioStart = sonic.events.get(5).path("contentStart");
        assertThat(audioStart.path("type").asString()).isEqualTo("AUDIO");
        assertThat(audioStart.path("audioInputConfiguration").path("sampleRateHertz").asInt()).isEqualTo(16_000);
        assertThat(sonic.events.get(1).path("promptStart").path("audioOutputConfiguration").path("sampleRateHertz")
                .asInt()).isEqualTo(24_000);
        assertThat(sonic.audio()).as("one second of 16 kHz, 16-bit audio").hasSize(32_000);

        Api.Reply compressed = api.multipart("/api/transcriptions", lea.token(), Map.of(), "audio", "r.webm",
                "audio/webm", new byte[] {1, 2, 3});
        assertThat(compressed.status()).isEqualTo(415);
        assertThat(compressed.json().get("detail").asString()).contains("wav");
    }
}
