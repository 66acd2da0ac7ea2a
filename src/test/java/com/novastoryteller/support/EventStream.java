package com.novastoryteller.support;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.jspecify.annotations.Nullable;

/**
 * A server-sent events client, as a browser's EventSource reads a stream: {@code id}, {@code event} and
 * {@code data} fields, an event at each blank line. It can hang up at any moment, and reconnect with the
 * {@code Last-Event-ID} it last saw, to the same node or another.
 */
public final class EventStream implements AutoCloseable {

    private static final HttpClient http = HttpClient.newHttpClient();

    private final BlockingQueue<Event> events = new LinkedBlockingQueue<>();
    private final InputStream body;
    private final int status;

    private EventStream(HttpResponse<InputStream> response) {
        this.status = response.statusCode();
        this.body = response.body();
        Thread reader = new Thread(this::read, "event-stream-client");
        reader.setDaemon(true);
        reader.start();
    }

    /** Opens the stream at {@code path} on the node at {@code port}, after {@code lastEventId} when given. */
    public static EventStream open(int port, String path, String token, @Nullable String lastEventId) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
            .header("Accept", "text/event-stream").header("Authorization", "Bearer " + token);
        if (lastEventId != null) {
            request.header("Last-Event-ID", lastEventId);
        }
        try {
            return new EventStream(http.send(request.GET().build(), HttpResponse.BodyHandlers.ofInputStream()));
        }
        catch (IOException e) {
            throw new IllegalStateException(e);
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public int status() {
        return status;
    }

    /** The next event, waiting up to a minute for it. */
    public Event next() {
        try {
            Event event = events.poll(60, TimeUnit.SECONDS);
            if (event == null) {
                throw new AssertionError("No event came within a minute");
            }
            return event;
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Every event up to and including the first of {@code kind}. */
    public List<Event> until(String kind) {
        List<Event> read = new ArrayList<>();
        Event event;
        do {
            event = next();
            read.add(event);
        }
        while (!event.kind().equals(kind));
        return read;
    }

    /** Hangs up, as a browser whose connection drops. */
    @Override
    public void close() {
        try {
            body.close();
        }
        catch (IOException alreadyGone) {
            // Nothing more to read either way.
        }
    }

    private void read() {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8))) {
            String id = null;
            String kind = "message";
            StringBuilder data = new StringBuilder();
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.isEmpty()) {
                    if (!data.isEmpty()) {
                        events.add(new Event(id, kind, data.toString(), System.nanoTime()));
                    }
                    id = null;
                    kind = "message";
                    data.setLength(0);
                    continue;
                }
                int colon = line.indexOf(':');
                String field = colon < 0 ? line : line.substring(0, colon);
                String value = colon < 0 ? "" : line.substring(colon + 1).replaceFirst("^ ", "");
                switch (field) {
                    case "id" -> id = value;
                    case "event" -> kind = value;
                    case "data" -> data.append(data.isEmpty() ? "" : "\n").append(value);
                    default -> { }
                }
            }
        }
        catch (IOException closed) {
            // Hung up: the events read so far stay.
        }
    }

    /** One event; {@code id} is null when the event carried none; {@code receivedAt} is its {@link System#nanoTime}. */
    public record Event(@Nullable String id, String kind, String data, long receivedAt) {

        public long seq() {
            if (id == null) {
                throw new AssertionError("The " + kind + " event carries no id");
            }
            return Long.parseLong(id);
        }
    }
}
