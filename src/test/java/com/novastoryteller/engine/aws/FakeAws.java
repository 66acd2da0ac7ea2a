package com.novastoryteller.engine.aws;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.test.context.DynamicPropertyRegistry;

import com.novastoryteller.support.TestMedia;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import software.amazon.eventstream.HeaderValue;
import software.amazon.eventstream.Message;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A loopback server that speaks Bedrock Runtime as AWS does:
 * <ul>
 * <li>{@code POST /model/{modelId}/converse-stream}: an {@code application/vnd.amazon.eventstream} body in the AWS
 * event-stream binary framing (prelude, headers, payload, CRCs, written with AWS's own {@code eventstream} codec):
 * {@code messageStart}, one {@code contentBlockDelta} per piece of text, {@code contentBlockStop},
 * {@code messageStop} and {@code metadata} with the token counts;</li>
 * <li>{@code POST /model/{modelId}/converse}: the JSON answer, {@link #seen} when the message carries an image;</li>
 * <li>{@code POST /model/{modelId}/invoke} for Nova Canvas: {@code {"images": [base64 PNG]}};</li>
 * <li>{@code POST /guardrail/{id}/version/{version}/apply}: {@code GUARDRAIL_INTERVENED} with a blocked
 * {@code VIOLENCE} content filter when the text has {@link #flaggedWord}, else {@code NONE};</li>
 * <li>Polly's {@code POST /v1/speech}: 16 kHz PCM for {@code OutputFormat: pcm} (a tone, 250 ms per word), or the
 * word speech marks, one JSON object per line, for {@code OutputFormat: json}.</li>
 * </ul>
 * Errors are answered as AWS answers them: a status, {@code x-amzn-ErrorType} and a JSON {@code message}. It keeps
 * every request with its SigV4 {@code Authorization} header.
 */
final class FakeAws implements AutoCloseable {

    static final String ACCESS_KEY = "AKIDTESTFAMILY";
    static final String SECRET_KEY = "test-secret-family-key";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    record Request(String path, String authorization, JsonNode body) {
    }

    final List<Request> requests = new CopyOnWriteArrayList<>();
    final AtomicInteger failuresLeft = new AtomicInteger();
    private final HttpServer server;
    volatile List<String> pieces = List.of();
    volatile String seen = "a blue whale under a yellow moon";
    volatile String flaggedWord = "thunderpunch";
    volatile int failWith = 503;
    volatile String errorType = "ServiceUnavailableException";
    private volatile String failing = "";
    private volatile CountDownLatch holdLast = new CountDownLatch(0);

    static FakeAws start() {
        try {
            return new FakeAws();
        }
        catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private FakeAws() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::model);
        server.setExecutor(Executors.newCachedThreadPool());
        server.start();
    }

    /** Points the product's AWS clients at this fake, with test credentials and a region. */
    void configure(DynamicPropertyRegistry registry) {
        registry.add("storyteller.aws.endpoint", () -> "http://127.0.0.1:" + server.getAddress().getPort());
        registry.add("storyteller.aws.region", () -> "us-east-1");
        registry.add("storyteller.aws.access-key-id", () -> ACCESS_KEY);
        registry.add("storyteller.aws.secret-access-key", () -> SECRET_KEY);
    }

    CountDownLatch holdLastPiece() {
        holdLast = new CountDownLatch(1);
        return holdLast;
    }

    /** The next {@code times} requests to a path ending in {@code path} fail as AWS fails them. */
    void fail(int times, int status, String type, String path) {
        failuresLeft.set(times);
        failWith = status;
        errorType = type;
        failing = path;
    }

    private void model(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getRawPath();
        JsonNode body = JSON.readTree(exchange.getRequestBody().readAllBytes());
        requests.add(new Request(path, exchange.getRequestHeaders().getFirst("Authorization"), body));
        if (path.endsWith(failing) && failuresLeft.getAndUpdate(left -> Math.max(0, left - 1)) > 0) {
            byte[] error = ("{\"message\":\"The service is unavailable. Please try again later.\"}")
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.getResponseHeaders().add("x-amzn-ErrorType", errorType);
            exchange.sendResponseHeaders(failWith, error.length);
            exchange.getResponseBody().write(error);
            exchange.close();
            return;
        }
        if (path.endsWith("/converse-stream")) {
            stream(exchange);
        }
        else if (path.endsWith("/invoke")) {
            send(exchange, "application/json", canvas());
        }
        else if (path.startsWith("/guardrail/")) {
            send(exchange, "application/json", guardrail(body));
        }
        else if (path.equals("/v1/speech")) {
            speech(exchange, body);
        }
        else {
            converse(exchange, body);
        }
    }

    private void converse(HttpExchange exchange, JsonNode request) throws IOException {
        boolean picture = request.path("messages").toString().contains("\"image\"");
        ObjectNode answer = JSON.createObjectNode();
        answer.putObject("output").putObject("message").put("role", "assistant").putArray("content").addObject()
                .put("text", picture ? seen : "I see no picture.");
        answer.put("stopReason", "end_turn");
        answer.putObject("usage").put("inputTokens", 1300).put("outputTokens", 11).put("totalTokens", 1311);
        answer.putObject("metrics").put("latencyMs", 420);
        byte[] bytes = JSON.writeValueAsBytes(answer);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    private void stream(HttpExchange exchange) throws IOException {
        exchange.getResponseHeaders().add("Content-Type", "application/vnd.amazon.eventstream");
        exchange.sendResponseHeaders(200, 0);
        try (OutputStream out = exchange.getResponseBody()) {
            event(out, "messageStart", JSON.createObjectNode().put("role", "assistant"));
            for (int n = 0; n < pieces.size(); n++) {
                if (n == pieces.size() - 1) {
                    holdLast.await(30, TimeUnit.SECONDS);
                }
                ObjectNode delta = JSON.createObjectNode().put("contentBlockIndex", 0);
                delta.putObject("delta").put("text", pieces.get(n));
                event(out, "contentBlockDelta", delta);
            }
            event(out, "contentBlockStop", JSON.createObjectNode().put("contentBlockIndex", 0));
            event(out, "messageStop", JSON.createObjectNode().put("stopReason", "end_turn"));
            ObjectNode metadata = JSON.createObjectNode();
            metadata.putObject("usage").put("inputTokens", 512).put("outputTokens", 230).put("totalTokens", 742);
            metadata.putObject("metrics").put("latencyMs", 1800);
            event(out, "metadata", metadata);
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private byte[] guardrail(JsonNode request) {
        boolean flagged = request.path("content").toString().contains(flaggedWord);
        ObjectNode answer = JSON.createObjectNode().put("action", flagged ? "GUARDRAIL_INTERVENED" : "NONE");
        answer.putArray("outputs").addObject().put("text", flagged ? "Sorry, I can't help with that." : "");
        ObjectNode assessment = answer.putArray("assessments").addObject();
        if (flagged) {
            assessment.putObject("contentPolicy").putArray("filters").addObject().put("type", "VIOLENCE")
                    .put("confidence", "HIGH").put("filterStrength", "HIGH").put("action", "BLOCKED").put("detected", true);
        }
        answer.putObject("usage").put("contentPolicyUnits", 1).put("topicPolicyUnits", 0).put("wordPolicyUnits", 0)
                .put("sensitiveInformationPolicyUnits", 0).put("sensitiveInformationPolicyFreeUnits", 0)
                .put("contextualGroundingPolicyUnits", 0);
        return JSON.writeValueAsBytes(answer);
    }

    private static byte[] canvas() {
        ObjectNode answer = JSON.createObjectNode();
        answer.putArray("images").add(Base64.getEncoder().encodeToString(TestMedia.png(1024, 1024, 0x457b9d, 0xffd23f)));
        answer.putNull("error");
        return JSON.writeValueAsBytes(answer);
    }

    private void speech(HttpExchange exchange, JsonNode request) throws IOException {
        String[] words = request.path("Text").asString().strip().split("\\s+");
        if (request.path("OutputFormat").asString().equals("pcm")) {
            int rate = Integer.parseInt(request.path("SampleRate").asString("16000"));
            send(exchange, "audio/pcm", TestMedia.tone(rate, words.length * rate / 4, 180, 6000));
            return;
        }
        StringBuilder marks = new StringBuilder();
        int offset = 0;
        for (int n = 0; n < words.length; n++) {
            String word = words[n].replaceAll("[^\\p{L}\\p{N}']", "");
            marks.append(JSON.writeValueAsString(JSON.createObjectNode().put("time", n * 250).put("type", "word")
                    .put("start", offset).put("end", offset + word.length()).put("value", word))).append('\n');
            offset += words[n].length() + 1;
        }
        send(exchange, "application/x-json-stream", marks.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static void send(HttpExchange exchange, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().add("Content-Type", type);
        exchange.sendResponseHeaders(200, body.length);
        exchange.getResponseBody().write(body);
        exchange.close();
    }

    /** One event in the AWS event-stream framing. */
    private static void event(OutputStream out, String type, ObjectNode payload) throws IOException {
        Map<String, HeaderValue> headers = new LinkedHashMap<>();
        headers.put(":event-type", HeaderValue.fromString(type));
        headers.put(":content-type", HeaderValue.fromString("application/json"));
        headers.put(":message-type", HeaderValue.fromString("event"));
        new Message(headers, JSON.writeValueAsBytes(payload)).encode(out);
        out.flush();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
