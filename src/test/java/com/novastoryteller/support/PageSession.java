package com.novastoryteller.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

/** A browser's session without the browser: the session cookie and the CSRF token, over plain HTTP. */
public final class PageSession {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

    private final String baseUrl;
    private final HttpClient http;

    private PageSession(int port, HttpClient http) {
        this.baseUrl = "http://127.0.0.1:" + port;
        this.http = http;
    }

    /** A visitor who has not signed in. */
    public static PageSession anonymous(int port) {
        return new PageSession(port, HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build());
    }

    /** The same browser, with the same cookies, sent to another node of the installation on {@code port}. */
    public PageSession at(int port) {
        return new PageSession(port, http);
    }

    /** Signs in through the sign-in page's form, as a person would. */
    public static PageSession signIn(int port, String username, String password) {
        PageSession session = anonymous(port);
        HttpResponse<String> signedIn = session.post("/signin", "/signin", Map.of("username", username, "password", password));
        if (signedIn.statusCode() != 302 || !signedIn.headers().firstValue("Location").orElse("").endsWith("/stories")) {
            throw new IllegalStateException("Could not sign in as " + username + ": " + signedIn.statusCode());
        }
        return session;
    }

    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path)).header("Accept", "text/html").GET());
    }

    /** Posts a form the way the page {@code formPage} would, with that page's CSRF token. */
    public HttpResponse<String> post(String formPage, String path, Map<String, String> fields) {
        Matcher token = CSRF.matcher(get(formPage).body());
        return post(path, fields, token.find() ? token.group(1) : null);
    }

    /** The CSRF token of the page's forms, to post one of them later (or through another node). */
    public String csrfToken(String page) {
        Matcher token = CSRF.matcher(get(page).body());
        if (!token.find()) {
            throw new IllegalStateException(page + " has no form with a CSRF token");
        }
        return token.group(1);
    }

    /** Posts a form with the CSRF token given, or none. */
    public HttpResponse<String> post(String path, Map<String, String> fields, @Nullable String csrfToken) {
        String form = fields.entrySet().stream()
                .map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
                .collect(Collectors.joining("&"));
        if (csrfToken != null) {
            form += (form.isEmpty() ? "" : "&") + "_csrf=" + encode(csrfToken);
        }
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        }
        catch (IOException e) {
            throw new IllegalStateException(e);
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
