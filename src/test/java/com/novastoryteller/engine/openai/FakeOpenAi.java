package com.novastoryteller.engine.openai;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.test.context.DynamicPropertyRegistry;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A loopback server that speaks OpenAI's chat completions API as the real one does when asked to stream:
 * {@code POST /v1/chat/completions} answered with server-sent events, one {@code chat.completion.chunk} per
 * piece of text and {@code data: [DONE]} at the end. It keeps every request, and can hold the last chunk back
 * until told, or fail with a status.
 */
final class FakeOpenAi implements AutoCloseable {

    /** The key the product is configured with; no answer, page or log line may contain it. */
    static final String KEY = "sk-test-family-key";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    final List<Request> requests = new CopyOnWriteArrayList<>();
    final AtomicInteger failuresLeft = new AtomicInteger();
    private final HttpServer server;
    private volatile List<String> chunks = List.of();
    private volatile int failWith = 500;
    private volatile CountDownLatch holdLast = new CountDownLatch(0);
    /** When set, the stream breaks off with a garbled event after this many pieces. */
    volatile int breakAfter = -1;

    record Request(String authorization, String body) {
    }

    /** Moderation requests, and the word that the fake moderation model flags as violent. */
    final List<String> moderated = new CopyOnWriteArrayList<>();
    volatile String flaggedWord = "thunderpunch";
    volatile boolean moderationDown;

    /** A fake on a free loopback port, for a test class to share. */
    static FakeOpenAi start() {
        try {
            return new FakeOpenAi();
        }
        catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Points the product's story writer at this fake, with a test key. */
    void configure(DynamicPropertyRegistry registry) {
        registry.add("storyteller.providers.writer", () -> "openai");
        registry.add("spring.ai.openai.base-url", this::baseUrl);
        registry.add("spring.ai.openai.api-key", () -> KEY);
    }

    private FakeOpenAi() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/v1/chat/completions", this::completions);
        server.createContext("/v1/moderations", this::moderations);
        server.setExecutor(Executors.newCachedThreadPool());
        server.start();
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1";
    }

    /** The next answers: these pieces of text, in order. */
    void answer(List<String> pieces) {
        this.chunks = List.copyOf(pieces);
        this.holdLast = new CountDownLatch(0);
    }

    /** The next answers keep their last piece back until {@link CountDownLatch#countDown()} on what this returns. */
    CountDownLatch holdLastPiece() {
        holdLast = new CountDownLatch(1);
        return holdLast;
    }

    /** The next {@code times} requests fail with {@code status}. */
    void fail(int times, int status) {
        failuresLeft.set(times);
        failWith = status;
    }

    private void completions(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        requests.add(new Request(exchange.getRequestHeaders().getFirst("Authorization"), body));
        if (failuresLeft.getAndUpdate(left -> Math.max(0, left - 1)) > 0) {
            byte[] error = "{\"error\":{\"message\":\"The server had an error\",\"type\":\"server_error\"}}"
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(failWith, error.length);
            exchange.getResponseBody().write(error);
            exchange.close();
            return;
        }
        String model = JSON.readTree(body).path("model").asString("gpt-test");
        exchange.getResponseHeaders().add("Content-Type", "text/event-stream");
        exchange.sendResponseHeaders(200, 0);
        try (OutputStream out = exchange.getResponseBody()) {
            for (int n = 0; n < chunks.size(); n++) {
                if (n == breakAfter) {
                    out.write("data: {\"id\": \"chatcmpl-fake\", \"choices\": [{\n\n".getBytes(StandardCharsets.UTF_8));
                    out.flush();
                    return;
                }
                if (n == chunks.size() - 1) {
                    holdLast.await(30, TimeUnit.SECONDS);
                }
                event(out, chunk(model, chunks.get(n), null));
            }
            event(out, chunk(model, "", "stop"));
            out.write("data: [DONE]\n\n".getBytes(StandardCharsets.UTF_8));
            out.flush();
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** {@code POST /v1/moderations} as OpenAI answers it: one result per input, every category given. */
    private void moderations(HttpExchange exchange) throws IOException {
        String input = JSON.readTree(exchange.getRequestBody().readAllBytes()).path("input").toString();
        moderated.add(input);
        if (moderationDown) {
            exchange.sendResponseHeaders(500, -1);
            exchange.close();
            return;
        }
        boolean flagged = input.contains(flaggedWord);
        ObjectNode answer = JSON.createObjectNode().put("id", "modr-fake").put("model", "omni-moderation-latest");
        ObjectNode result = answer.putArray("results").addObject().put("flagged", flagged);
        ObjectNode categories = result.putObject("categories");
        ObjectNode scores = result.putObject("category_scores");
        ObjectNode types = result.putObject("category_applied_input_types");
        for (String category : List.of("harassment", "harassment/threatening", "hate", "hate/threatening", "illicit",
                "illicit/violent", "self-harm", "self-harm/instructions", "self-harm/intent", "sexual", "sexual/minors",
                "violence", "violence/graphic")) {
            boolean hit = flagged && category.equals("violence");
            categories.put(category, hit);
            scores.put(category, hit ? 0.97 : 0.0001);
            types.putArray(category).add("text");
        }
        byte[] body = JSON.writeValueAsBytes(answer);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, body.length);
        exchange.getResponseBody().write(body);
        exchange.close();
    }

    private static String chunk(String model, String text, String finish) {
        ObjectNode chunk = JSON.createObjectNode().put("id", "chatcmpl-fake").put("object", "chat.completion.chunk")
                .put("created", 1_700_000_000L).put("model", model);
        ObjectNode choice = chunk.putArray("choices").addObject().put("index", 0);
        choice.putObject("delta").put("role", "assistant").put("content", text);
        if (finish == null) {
            choice.putNull("finish_reason");
        }
        else {
            choice.put("finish_reason", finish);
        }
        return JSON.writeValueAsString(chunk);
    }

    private static void event(OutputStream out, String data) throws IOException {
        out.write(("data: " + data + "\n\n").getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
