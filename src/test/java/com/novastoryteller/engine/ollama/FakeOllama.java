package com.novastoryteller.engine.ollama;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A loopback server that speaks Ollama's chat API as Ollama does: {@code POST /api/chat} asked to stream is answered
 * with newline-delimited JSON, one object per piece of text with {@code done: false}, then a last one with
 * {@code done: true}, the stop reason and the token counts; asked not to stream, with that one object. When the
 * message carries images, the fake answers {@link #seen}. It keeps every request, can hold the last piece back, and
 * can be down.
 */
final class FakeOllama implements AutoCloseable {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    final List<JsonNode> requests = new CopyOnWriteArrayList<>();
    private final HttpServer server;
    volatile List<String> pieces = List.of();
    volatile String seen = "a green frog on a lily pad";
    volatile boolean down;
    private volatile CountDownLatch holdLast = new CountDownLatch(0);

    static FakeOllama start() {
        try {
            return new FakeOllama();
        }
        catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private FakeOllama() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/api/chat", this::chat);
        server.setExecutor(Executors.newCachedThreadPool());
        server.start();
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    CountDownLatch holdLastPiece() {
        holdLast = new CountDownLatch(1);
        return holdLast;
    }

    private void chat(HttpExchange exchange) throws IOException {
        JsonNode request = JSON.readTree(exchange.getRequestBody().readAllBytes());
        requests.add(request);
        if (down) {
            byte[] error = "{\"error\":\"model runner has unexpectedly stopped\"}".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(500, error.length);
            exchange.getResponseBody().write(error);
            exchange.close();
            return;
        }
        String model = request.path("model").asString();
        if (!request.path("stream").asBoolean(true)) {
            boolean picture = request.path("messages").toString().contains("\"images\"");
            byte[] answer = JSON.writeValueAsBytes(last(message(model, picture ? seen : "I see no picture."), 600, 9));
            exchange.getResponseHeaders().add("Content-Type", "application/json; charset=utf-8");
            exchange.sendResponseHeaders(200, answer.length);
            exchange.getResponseBody().write(answer);
            exchange.close();
            return;
        }
        exchange.getResponseHeaders().add("Content-Type", "application/x-ndjson");
        exchange.sendResponseHeaders(200, 0);
        try (OutputStream out = exchange.getResponseBody()) {
            for (int n = 0; n < pieces.size(); n++) {
                if (n == pieces.size() - 1) {
                    holdLast.await(30, TimeUnit.SECONDS);
                }
                ObjectNode piece = message(model, pieces.get(n)).put("done", false);
                out.write(JSON.writeValueAsBytes(piece));
                out.write('\n');
                out.flush();
            }
            out.write(JSON.writeValueAsBytes(last(message(model, ""), 310, 140)));
            out.write('\n');
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static ObjectNode message(String model, String content) {
        ObjectNode answer = JSON.createObjectNode().put("model", model).put("created_at", "2026-11-23T10:00:00.000000Z");
        answer.putObject("message").put("role", "assistant").put("content", content);
        return answer;
    }

    private static ObjectNode last(ObjectNode answer, int promptTokens, int outputTokens) {
        return answer.put("done", true).put("done_reason", "stop").put("total_duration", 2_100_000_000L)
                .put("load_duration", 40_000_000L).put("prompt_eval_count", promptTokens)
                .put("prompt_eval_duration", 300_000_000L).put("eval_count", outputTokens)
                .put("eval_duration", 1_700_000_000L);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
