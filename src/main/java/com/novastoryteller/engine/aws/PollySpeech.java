package com.novastoryteller.engine.aws;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.http.ContentStreamProvider;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;
import software.amazon.awssdk.http.auth.spi.signer.SignedRequest;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Amazon Polly's {@code SynthesizeSpeech} REST call ({@code POST /v1/speech}), signed with the AWS SDK's own SigV4
 * signer: the SDK's Polly module is not published where this product is built, and the call is one small JSON post.
 */
final class PollySpeech {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final URI endpoint;
    private final String region;
    private final AwsCredentialsProvider credentials;
    private final HttpClient http;
    private final Duration timeout;

    PollySpeech(URI endpoint, String region, AwsCredentialsProvider credentials, Duration timeout) {
        this.endpoint = endpoint;
        this.region = region;
        this.credentials = credentials;
        this.timeout = timeout;
        this.http = HttpClient.newBuilder().connectTimeout(timeout).build();
    }

    /** 16-bit little-endian mono PCM at {@code sampleRate}. */
    byte[] audio(String text, String voice, String engine, int sampleRate) {
        return synthesize(request(text, voice, engine).put("OutputFormat", "pcm").put("SampleRate",
                String.valueOf(sampleRate)));
    }

    /** The word speech marks: one JSON object per line, {@code {"time":…,"type":"word","start":…,"end":…,"value":…}}. */
    String wordMarks(String text, String voice, String engine) {
        ObjectNode request = request(text, voice, engine).put("OutputFormat", "json");
        request.putArray("SpeechMarkTypes").add("word");
        return new String(synthesize(request), StandardCharsets.UTF_8);
    }

    private static ObjectNode request(String text, String voice, String engine) {
        return JSON.createObjectNode().put("Text", text).put("TextType", "text").put("VoiceId", voice)
                .put("Engine", engine);
    }

    private byte[] synthesize(ObjectNode request) {
        byte[] body = JSON.writeValueAsBytes(request);
        URI uri = endpoint.resolve("/v1/speech");
        SdkHttpRequest unsigned = SdkHttpRequest.builder().method(SdkHttpMethod.POST).uri(uri)
                .putHeader("Content-Type", "application/json").build();
        SignedRequest signed = AwsV4HttpSigner.create().sign(sign -> sign.identity(credentials.resolveCredentials())
                .request(unsigned).payload(ContentStreamProvider.fromByteArray(body))
                .putProperty(AwsV4HttpSigner.SERVICE_SIGNING_NAME, "polly")
                .putProperty(AwsV4HttpSigner.REGION_NAME, region));
        HttpRequest.Builder call = HttpRequest.newBuilder(uri).timeout(timeout)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        for (Map.Entry<String, List<String>> header : signed.request().headers().entrySet()) {
            if (!header.getKey().equalsIgnoreCase("Host") && !header.getKey().equalsIgnoreCase("Content-Length")) {
                header.getValue().forEach(value -> call.header(header.getKey(), value));
            }
        }
        try {
            HttpResponse<byte[]> response = http.send(call.build(), HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                throw new PollyFailure(response.statusCode());
            }
            return response.body();
        }
        catch (IOException e) {
            throw new PollyFailure(0);
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PollyFailure(0);
        }
    }

    /** Polly did not answer, or answered with an error status; worth another try when throttled or failing. */
    static final class PollyFailure extends RuntimeException {

        private final int status;

        PollyFailure(int status) {
            super(status == 0 ? "Polly could not be reached" : "Polly answered " + status, null, false, false);
            this.status = status;
        }

        boolean worthRetrying() {
            return status == 0 || status == 429 || status >= 500;
        }
    }
}
