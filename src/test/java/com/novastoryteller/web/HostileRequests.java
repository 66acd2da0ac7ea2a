package com.novastoryteller.web;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;


import tools.jackson.databind.JsonNode;

/**
 * Malformed requests for every route the API describes at {@code /v3/api-docs}: ids that are not ids or belong to
 * no one, query values of the wrong type or not UTF-8, huge strings, control characters, broken JSON, fields of
 * the wrong type, broken multipart bodies and ranges no one should ask for. None of them is a valid request, so
 * none may change anything.
 */
final class HostileRequests {

    /** A route as the API describes it: its path parameters, query parameters and the fields its JSON body takes. */
    record Route(String method, String path, Map<String, String> pathParameters, Map<String, String> queryParameters,
            Map<String, String> bodyFields, boolean takesBody) {
    }

    /** One request; {@code target} is already percent-encoded as it goes on the wire. */
    record Request(String what, String method, String target, @Nullable String contentType, byte[] body,
            Map<String, String> headers) {
    }

    private static final String HUGE = "x".repeat(100_000);

    private static final List<String> PATH_VALUES = List.of(UUID.randomUUID().toString(), "%C0%AF",
            "%00%0D%0ASet-Cookie:%20x", "x".repeat(3000));
    private static final List<String> QUERY_VALUES = List.of("abc", "99999999999999999999", "%C0%AF", "%00%1B%0D%0A",
            "x".repeat(4000));
    private static final List<String> RANGES = List.of("bytes=0-1,3-4", "bytes=abc", "bytes=99999999-");
    private static final String CONTROL = "\\u0000\\u0007\\u001b[2J\\r\\n\\u202e";
    private static final List<String> MALFORMED_JSON = List.of("{", "[1,", "{\"a\": 1}}", "[".repeat(5000), "42",
            "null", "[[]]", "{\"" + CONTROL + "\": \"" + CONTROL + "\"}");

    private HostileRequests() {
    }

    static List<Route> routes(JsonNode apiDocs) {
        List<Route> routes = new ArrayList<>();
        apiDocs.get("paths").properties().forEach(path -> path.getValue().properties().forEach(operation -> {
            Map<String, String> inPath = new LinkedHashMap<>();
            Map<String, String> inQuery = new LinkedHashMap<>();
            operation.getValue().path("parameters").forEach(parameter -> (parameter.get("in").asString().equals("path")
                    ? inPath : inQuery).put(parameter.get("name").asString(), parameter.path("schema").path("format")
                            .asString(parameter.path("schema").path("type").asString("string"))));
            JsonNode body = operation.getValue().path("requestBody").path("content");
            routes.add(new Route(operation.getKey().toUpperCase(), path.getKey(), inPath, inQuery,
                    fields(apiDocs, body.path("application/json").path("schema")), !body.isMissingNode()));
        }));
        return routes;
    }

    private static Map<String, String> fields(JsonNode apiDocs, JsonNode schema) {
        Map<String, String> fields = new LinkedHashMap<>();
        String reference = schema.path("$ref").asString("");
        if (reference.isEmpty()) {
            return fields;
        }
        JsonNode properties = apiDocs.get("components").get("schemas").get(reference.substring(reference.lastIndexOf('/') + 1))
                .path("properties");
        properties.properties().forEach(property -> fields.put(SnakeCase.of(property.getKey()),
                property.getValue().path("type").asString("object")));
        return fields;
    }

    /** Every hostile request for the route, its path filled with ids that belong to no one. */
    static List<Request> against(Route route) {
        List<Request> requests = new ArrayList<>();
        String ordinary = fill(route, Map.of());
        route.pathParameters().keySet().forEach(name -> PATH_VALUES.forEach(value ->
                requests.add(new Request("path " + name + "=" + abbreviated(value), route.method(),
                        fill(route, Map.of(name, value)), null, new byte[0], Map.of()))));
        route.queryParameters().keySet().forEach(name -> QUERY_VALUES.forEach(value ->
                requests.add(new Request("query " + name + "=" + abbreviated(value), route.method(),
                        ordinary + "?" + name + "=" + value, null, new byte[0], Map.of()))));
        requests.add(new Request("a parameter that is not UTF-8", route.method(), ordinary + "?%C0%AF=%C0%AF", null,
                new byte[0], Map.of()));
        if (route.method().equals("GET")) {
            RANGES.forEach(range -> requests.add(new Request("range " + range, "GET", ordinary, null, new byte[0],
                    Map.of("Range", range))));
        }
        else if (route.takesBody()) {
            requests.addAll(bodies(route, ordinary, !route.pathParameters().isEmpty()));
        }
        else {
            requests.add(json(route, ordinary, "a body where none is taken", "{\"a\": \"" + CONTROL + "\"}"));
            requests.addAll(multiparts(route, ordinary).subList(0, 2));
        }
        return requests;
    }

    /**
     * Bodies that no route takes: broken JSON, fields of the wrong type or size, broken multipart. Control characters
     * in a field's text would be a valid value, so they go only where the path names nothing ({@code unknownTarget}).
     */
    static List<Request> bodies(Route route, String target, boolean unknownTarget) {
        List<Request> requests = new ArrayList<>();
        MALFORMED_JSON.forEach(json -> requests.add(json(route, target, "json " + abbreviated(json), json)));
        route.bodyFields().keySet().stream().findFirst().ifPresent(field -> requests.add(json(route, target,
                field + " of 100,000 characters", "{\"" + field + "\": \"" + HUGE + "\"}")));
        route.bodyFields().forEach((field, type) -> {
            requests.add(json(route, target, field + "={}", "{\"" + field + "\": {}}"));
            String wrong = wrongValue(type);
            requests.add(json(route, target, field + "=" + abbreviated(wrong), "{\"" + field + "\": " + wrong + "}"));
            if (unknownTarget) {
                requests.add(json(route, target, field + " with control characters", "{\"" + field + "\": \"" + CONTROL + "\"}"));
            }
        });
        requests.add(new Request("JSON in an unknown charset", route.method(), target, "application/json;charset=nope",
                bytes("{}"), Map.of()));
        requests.add(new Request("XML", route.method(), target, "application/xml", bytes("<a/>"), Map.of()));
        requests.add(new Request("a form that is not UTF-8", route.method(), target,
                "application/x-www-form-urlencoded", bytes("prompt=%C0%AF&name=%FF"), Map.of()));
        requests.add(new Request("JSON that is not UTF-8", route.method(), target, "application/json",
                new byte[] { '{', '"', 'a', '"', ':', '"', (byte) 0xC0, (byte) 0xAF, '"', '}' }, Map.of()));
        requests.addAll(multiparts(route, target));
        return requests;
    }

    /** A value of another type than the field's, or text too long for any field that takes text. */
    private static String wrongValue(String type) {
        return switch (type) {
            case "string" -> "5";
            case "integer", "number" -> "99999999999999999999";
            case "boolean" -> "\"maybe\"";
            case "array" -> "\"" + "x".repeat(20_001) + "\"";
            default -> "[]";
        };
    }

    private static List<Request> multiparts(Route route, String target) {
        String part = "--zzz\r\nContent-Disposition: form-data; name=\"image\"; filename=\"a.png\"\r\nContent-Type: image/png\r\n\r\n";
        return List.of(
                multipart(route, target, "multipart that ends at once", "multipart/form-data; boundary=zzz", bytes("--zzz\r\n")),
                multipart(route, target, "multipart without a boundary", "multipart/form-data", bytes(part + "x\r\n--zzz--\r\n")),
                multipart(route, target, "multipart cut off in a part", "multipart/form-data; boundary=zzz", bytes(part + "not a png")),
                multipart(route, target, "multipart/mixed", "multipart/mixed; boundary=zzz", bytes(part + "x\r\n--zzz--\r\n")),
                multipart(route, target, "multipart with wrong fields", "multipart/form-data; boundary=zzz",
                        wellFormed(Map.of("age_band", "99", "template", "\u0000", "language", "%C0"), "garbage")));
    }

    private static byte[] wellFormed(Map<String, String> fields, String file) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        fields.forEach((name, value) -> body.writeBytes(bytes("--zzz\r\nContent-Disposition: form-data; name=\"" + name
                + "\"\r\n\r\n" + value + "\r\n")));
        for (String name : List.of("image", "audio")) {
            body.writeBytes(bytes("--zzz\r\nContent-Disposition: form-data; name=\"" + name + "\"; filename=\"x.wav\"\r\n"
                    + "Content-Type: audio/wav\r\n\r\n" + file + "\r\n"));
        }
        body.writeBytes(bytes("--zzz--\r\n"));
        return body.toByteArray();
    }

    private static Request json(Route route, String target, String what, String json) {
        return new Request(what, route.method(), target, "application/json", bytes(json), Map.of());
    }

    private static Request multipart(Route route, String target, String what, String type, byte[] body) {
        return new Request(what, route.method(), target, type, body, Map.of());
    }

    /** The route's path with {@code values} in their places and, elsewhere, an id of the right form that is no one's. */
    static String fill(Route route, Map<String, String> values) {
        String path = route.path();
        for (Map.Entry<String, String> parameter : route.pathParameters().entrySet()) {
            String value = values.getOrDefault(parameter.getKey(), switch (parameter.getValue()) {
                case "integer", "int32", "int64" -> "1";
                case "uuid" -> UUID.randomUUID().toString();
                default -> parameter.getKey().equals("clip") ? "0".repeat(64) : "nothing-here";
            });
            path = path.replace("{" + parameter.getKey() + "}", value);
        }
        return path;
    }

    private static String abbreviated(String value) {
        return value.length() > 40 ? value.substring(0, 20) + "…(" + value.length() + ")" : value;
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    static String describe(Request request) {
        return request.method() + " " + abbreviated(request.target()) + " [" + request.what() + "]";
    }
}
