package com.novastoryteller.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Type;
import java.util.Map;

import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.RequestBodyAdviceAdapter;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads every string of a JSON request body, names included, before it is bound, and refuses the body
 * if one is not {@link PlainText}. Malformed JSON is left for the converter to report.
 */
@ControllerAdvice
class PlainTextBodies extends RequestBodyAdviceAdapter {

    private final JsonMapper json;

    PlainTextBodies(JsonMapper json) {
        this.json = json;
    }

    @Override
    public boolean supports(MethodParameter parameter, Type targetType,
            Class<? extends HttpMessageConverter<?>> converterType) {
        return true;
    }

    @Override
    public HttpInputMessage beforeBodyRead(HttpInputMessage message, MethodParameter parameter, Type targetType,
            Class<? extends HttpMessageConverter<?>> converterType) throws IOException {
        MediaType type = message.getHeaders().getContentType();
        if (type == null || !(type.isCompatibleWith(MediaType.APPLICATION_JSON) || type.getSubtype().endsWith("+json"))) {
            return message;
        }
        byte[] body = message.getBody().readAllBytes();
        try {
            check(json.readTree(body), "");
        }
        catch (JacksonException malformed) {
            // the converter reads it again and answers with the problem it has for malformed JSON
        }
        return new ReadAgain(body, message.getHeaders());
    }

    private static void check(JsonNode node, String path) {
        if (node.isString() && !PlainText.isPlain(node.asString())) {
            throw new UnsafeText(path.isEmpty() ? "body" : path);
        }
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                String fieldPath = path.isEmpty() ? field.getKey() : path + "." + field.getKey();
                if (!PlainText.isPlain(field.getKey())) {
                    throw new UnsafeText(path.isEmpty() ? "body" : path);
                }
                check(field.getValue(), fieldPath);
            }
        }
        else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                check(node.get(i), path.isEmpty() ? String.valueOf(i) : path + "." + i);
            }
        }
    }

    private record ReadAgain(byte[] body, HttpHeaders headers) implements HttpInputMessage {

        @Override
        public InputStream getBody() {
            return new ByteArrayInputStream(body);
        }

        @Override
        public HttpHeaders getHeaders() {
            return headers;
        }
    }
}
