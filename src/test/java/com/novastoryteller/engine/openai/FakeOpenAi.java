package com.novastoryteller.engine.openai;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.test.context.DynamicPropertyRegistry;

import com.novastoryteller.support.TestMedia;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A loopback server that speaks OpenAI's API as the real one does:
 * <ul>
 * <li>{@code POST /v1/chat/completions}: asked to stream, server-sent events, one {@code chat.completion.chunk} per
 * piece of text, a last chunk with the usage, and {@code data: [DONE]}; otherwise one {@code chat.completion}
 * (how a drawing is read: the fake answers {@link #seen} when the message carries an image);</li>
 * <li>{@code POST /v1/images/generations}: a real PNG as {@code b64_json};</li>
 * <li>{@code POST /v1/audio/speech}: raw 24 kHz PCM (a tone, 250 ms per word), remembered with its words;</li>
 * <li>{@code POST /v1/audio/transcriptions} (multipart): for audio it spoke, the words it said, with word
 * timestamps when asked for {@code verbose_json}; for any other recording, {@link #heard};</li>
 * <li>{@code POST /v1/moderations}.</li>
 * </ul>
 * It keeps every request, can hold the last chunk of a stream back until told, and can fail any path with a status.
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

    /** Requests to the other paths, by path, and the paths that fail (with their status) until cleared. */
    final Map<String, List<Request>> calls = new ConcurrentHashMap<>();
    final Map<String, Integer> down = new ConcurrentHashMap<>();
    volatile String seen = "a purple dragon flying over a red castle.";
    volatile String heard = "the dragon finds a golden key";
    /** What the fake said, by the hash of its audio, so that it can hear it again. */
    private final Map<Integer, String> spoken = new ConcurrentHashMap<>();
    static final int SPEECH_RATE = 24_000;

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

    /** Points every capability OpenAI offers at this fake. */
    void configureEverything(DynamicPropertyRegistry registry) {
        configure(registry);
        for (String capability : List.of("describer", "illustrator", "narrator", "transcriber", "safety")) {
            registry.add("storyteller.providers." + capability, () -> "openai");
        }
    }

    private FakeOpenAi() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/v1/chat/completions", this::completions);
        server.createContext("/v1/moderations", this::moderations);
        server.createContext("/v1/images/generations", exchange -> answer(exchange, this::images));
        server.createContext("/v1/audio/speech", exchange -> answer(exchange, this::speech));
        server.createContext("/v1/audio/transcriptions", exchange -> answer(exchange, this::transcription));
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
        JsonNode request = JSON.readTree(body);
        String model = request.path("model").asString("gpt-test");
        if (!request.path("stream").asBoolean(false)) {
            calls.computeIfAbsent("vision", path -> new CopyOnWriteArrayList<>()).add(requests.remove(requests.size() - 1));
            boolean picture = request.path("messages").toString().contains("\"image_url\"");
            ObjectNode answer = JSON.createObjectNode().put("id", "chatcmpl-fake").put("object", "chat.completion")
                    .put("created", 1_700_000_000L).put("model", model);
            ObjectNode choice = answer.putArray("choices").addObject().put("index", 0).put("finish_reason", "stop");
            choice.putObject("message").put("role", "assistant").put("content", picture ? seen : "I see no picture.");
            answer.putObject("usage").put("prompt_tokens", 850).put("completion_tokens", 12).put("total_tokens", 862);
            json(exchange, 200, JSON.writeValueAsBytes(answer));
            return;
        }
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
            ObjectNode usage = JSON.createObjectNode().put("id", "chatcmpl-fake").put("object", "chat.completion.chunk")
                    .put("created", 1_700_000_000L).put("model", model);
            usage.putArray("choices");
            usage.putObject("usage").put("prompt_tokens", 420).put("completion_tokens", 180).put("total_tokens", 600);
            event(out, JSON.writeValueAsString(usage));
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

    interface Handler {
        byte[] handle(HttpExchange exchange, byte[] body) throws IOException;
    }

    /** Keeps the request, fails it if its path is down, else answers with what the handler makes. */
    private void answer(HttpExchange exchange, Handler handler) throws IOException {
        byte[] body = exchange.getRequestBody().readAllBytes();
        String path = exchange.getRequestURI().getPath();
        calls.computeIfAbsent(path, key -> new CopyOnWriteArrayList<>()).add(new Request(
                exchange.getRequestHeaders().getFirst("Authorization"), new String(body, StandardCharsets.ISO_8859_1)));
        Integer failure = down.get(path);
        if (failure != null) {
            json(exchange, failure, "{\"error\":{\"message\":\"Overloaded\",\"type\":\"server_error\"}}"
                    .getBytes(StandardCharsets.UTF_8));
            return;
        }
        byte[] answer = handler.handle(exchange, body);
        exchange.sendResponseHeaders(200, answer.length);
        exchange.getResponseBody().write(answer);
        exchange.close();
    }

    List<Request> calls(String path) {
        return calls.getOrDefault(path, List.of());
    }

    /** {@code POST /v1/images/generations}: one picture, a real 1024 × 1024 PNG, as base64. */
    private byte[] images(HttpExchange exchange, byte[] body) throws IOException {
        ObjectNode answer = JSON.createObjectNode().put("created", 1_700_000_000L);
        answer.putArray("data").addObject().put("b64_json", Base64.getEncoder().encodeToString(TestMedia.png(1024, 1024, 0x9b5de5, 0xffd23f)))
                .put("revised_prompt", JSON.readTree(body).path("prompt").asString());
        answer.putObject("usage").put("input_tokens", 50).put("output_tokens", 4160).put("total_tokens", 4210);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        return JSON.writeValueAsBytes(answer);
    }

    /** {@code POST /v1/audio/speech} with {@code response_format: pcm}: a soft tone, 250 ms for every word. */
    private byte[] speech(HttpExchange exchange, byte[] body) {
        JsonNode request = JSON.readTree(body);
        String text = request.path("input").asString();
        int words = text.strip().split("\\s+").length;
        byte[] pcm = TestMedia.tone(SPEECH_RATE, words * SPEECH_RATE / 4, 220, 6000);
        spoken.put(Arrays.hashCode(pcm), text);
        exchange.getResponseHeaders().add("Content-Type", "application/octet-stream");
        return pcm;
    }

    /**
     * {@code POST /v1/audio/transcriptions}: reads the multipart form; audio it spoke is heard as those words, 250 ms
     * each; any other recording as {@link #heard}.
     */
    private byte[] transcription(HttpExchange exchange, byte[] body) throws IOException {
        String contentType = exchange.getRequestHeaders().getFirst("Content-Type");
        Map<String, byte[]> form = Multipart.parse(body, contentType.substring(contentType.indexOf("boundary=") + 9));
        byte[] file = form.get("file");
        String text = heard;
        if (file.length > 44) {
            String said = spoken.get(Arrays.hashCode(Arrays.copyOfRange(file, 44, file.length)));
            text = said != null ? said : heard;
        }
        String format = form.containsKey("response_format") ? new String(form.get("response_format"), StandardCharsets.UTF_8)
                : "json";
        if (format.equals("text")) {
            exchange.getResponseHeaders().add("Content-Type", "text/plain; charset=utf-8");
            return (text + "\n").getBytes(StandardCharsets.UTF_8);
        }
        ObjectNode answer = JSON.createObjectNode().put("text", text);
        if (format.equals("verbose_json")) {
            String[] words = text.strip().split("\\s+");
            answer.put("task", "transcribe").put("language", "english").put("duration", words.length * 0.25);
            var array = answer.putArray("words");
            for (int n = 0; n < words.length; n++) {
                array.addObject().put("word", words[n].replaceAll("[^\\p{L}\\p{N}']", "")).put("start", n * 0.25)
                        .put("end", n * 0.25 + 0.22);
            }
            answer.putArray("segments");
        }
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        return JSON.writeValueAsBytes(answer);
    }

    private static void json(HttpExchange exchange, int status, byte[] body) throws IOException {
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, body.length);
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
