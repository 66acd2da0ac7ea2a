package com.novastoryteller.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import com.novastoryteller.account.Accounts;
import com.novastoryteller.account.NewAccount;
import com.novastoryteller.account.Role;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A small HTTP client for the API tests: real requests over loopback, JSON in and out. */
public final class Api {

    private static final JsonMapper json = JsonMapper.builder().build();
    private static final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private final String baseUrl;

    public Api(int port) {
        this.baseUrl = "http://127.0.0.1:" + port;
    }

    public Reply get(String path, @Nullable String token) {
        return send(request(path, token).GET());
    }

    public Reply post(String path, @Nullable String token, @Nullable Object body) {
        return send(request(path, token).header("Content-Type", "application/json")
                .POST(body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(asJson(body))));
    }

    public Reply patch(String path, @Nullable String token, Object body) {
        return send(request(path, token).header("Content-Type", "application/json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString(asJson(body))));
    }

    public Reply put(String path, @Nullable String token, Object body) {
        return send(request(path, token).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(asJson(body))));
    }

    public Reply delete(String path, @Nullable String token) {
        return send(request(path, token).DELETE());
    }

    /** A file's bytes as served (audio, pictures). */
    public HttpResponse<byte[]> bytes(String path, @Nullable String token) {
        try {
            return http.send(request(path, token).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        }
        catch (IOException e) {
            throw new IllegalStateException(e);
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public Reply send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(response);
        }
        catch (IOException e) {
            throw new IllegalStateException(e);
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A multipart form post: the fields, then one file. */
    public Reply multipart(String path, @Nullable String token, Map<String, String> fields, String fileField,
            String filename, String type, byte[] file) {
        String boundary = "----form" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (Map.Entry<String, String> field : new LinkedHashMap<>(fields).entrySet()) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field.getKey() + "\"\r\n\r\n"
                    + field.getValue() + "\r\n").getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileField + "\"; filename=\""
                + filename + "\"\r\nContent-Type: " + type + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(file);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(request(path, token).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    public HttpRequest.Builder request(String path, @Nullable String token) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(baseUrl + path)).header("Accept", "application/json");
        return token == null ? builder : builder.header("Authorization", "Bearer " + token);
    }

    /** Waits until the story is no longer being written and answers with it; it must have come out ready. */
    public JsonNode awaitReady(String storyId, String token, Duration timeout) {
        JsonNode story = Eventually.within(timeout).get("Story " + storyId + " being written", () -> {
            JsonNode now = get("/api/stories/" + storyId, token).json();
            return now.get("status").asString().equals("generating") ? null : now;
        });
        if (!story.get("status").asString().equals("ready")) {
            throw new AssertionError("Story " + storyId + " did not come out ready: " + story);
        }
        return story;
    }

    /** Waits until the story says {@code text} (while it may still be being written) and answers with it. */
    public JsonNode awaitText(String storyId, String token, String text) {
        return Eventually.get("The story saying \"" + text + "\"", () -> {
            JsonNode story = get("/api/stories/" + storyId, token).json();
            return story.get("story_text").asString("").contains(text) ? story : null;
        });
    }

    /** Opens an admin account through {@code accounts} and signs it in; answers its token. */
    public String admin(Accounts accounts) {
        String name = "admin-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.open(new NewAccount(name + "@example.com", name, "admin password", "Ada", "Admin"), Role.ADMIN);
        return post("/api/login", null, Map.of("username", name, "password", "admin password")).json().get("token")
                .asString();
    }

    /** The element of a JSON array whose {@code field} is {@code value}. */
    public static JsonNode find(JsonNode array, String field, String value) {
        for (JsonNode element : array) {
            if (element.path(field).asString("").equals(value)) {
                return element;
            }
        }
        throw new AssertionError("No " + field + " " + value + " in " + array);
    }

    /** How many of the user's stories are ready. */
    public int readyCount(String token) {
        return get("/api/stories/?status=ready&page_size=100", token).json().get("count").asInt();
    }


    /** Signs a new user up and answers with their token. */
    public Registered register(String prefix) {
        String username = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
        Reply reply = post("/api/register/", null, Map.of("email", username + "@example.com", "username", username,
                "password", "good password", "first_name", "Mia", "last_name", "Moon"));
        if (reply.status() != 201) {
            throw new IllegalStateException("Registration failed: " + reply.body());
        }
        return new Registered(username, username + "@example.com", reply.json().get("token").asString(),
                reply.json().get("user").get("id").asString());
    }

    public static String asJson(Object body) {
        return body instanceof String text ? text : json.writeValueAsString(body);
    }

    public record Registered(String username, String email, String token, String id) {
    }

    public record Reply(HttpResponse<String> response) {

        public int status() {
            return response.statusCode();
        }

        public String body() {
            return response.body();
        }

        public JsonNode json() {
            return json.readTree(response.body());
        }

        public @Nullable String header(String name) {
            return response.headers().firstValue(name).orElse(null);
        }
    }
}
