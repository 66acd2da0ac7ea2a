package com.novastoryteller.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.jspecify.annotations.Nullable;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.novastoryteller.account.Accounts;
import com.novastoryteller.support.Api;
import com.novastoryteller.support.Api.Registered;
import com.novastoryteller.support.ApplicationTest;
import com.novastoryteller.support.RawHttp;
import com.novastoryteller.web.HostileRequests.Request;
import com.novastoryteller.web.HostileRequests.Route;

/**
 * Hundreds of malformed requests across every route the API documents, sent by a signed-in family (and, on the
 * admin's routes, by the admin): none may fail on the server's side, and afterwards the family's stories,
 * characters and account, and the list of accounts, are as they were.
 */
@ApplicationTest
class HostileInputTests {

    private static final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @LocalServerPort
    int port;

    @Autowired
    Accounts accounts;

    @Test
    void noMalformedRequestFailsOnTheServerOrChangesAnything() {
        Api api = new Api(port);
        Registered family = api.register("hostile");
        String admin = api.admin(accounts);
        String rufus = api.post("/api/characters", family.token(), Map.of("name", "Rufus", "description", "a red fox"))
                .json().get("id").asString();
        List<Route> routes = HostileRequests.routes(api.get("/v3/api-docs", null).json());
        String before = everythingThatCouldChange(api, family, admin);

        List<Signed> requests = new ArrayList<>();
        for (Route route : routes) {
            // Signing out needs nothing but the token, so it is sent without one; the admin's routes by the admin.
            String token = route.path().equals("/api/logout") ? null
                    : route.path().startsWith("/api/admin") ? admin : family.token();
            HostileRequests.against(route).forEach(request -> requests.add(new Signed(request, token)));
        }
        againstTheFamilysOwnCharacter(routes, rufus).forEach(request -> requests.add(new Signed(request, family.token())));
        List<String> failures = sendAll(api, requests);
        int sent = requests.size() + sendRaw(failures);

        assertThat(routes).as("routes in /v3/api-docs").hasSizeGreaterThan(50);
        assertThat(sent).isGreaterThanOrEqualTo(500);
        assertThat(failures).as("answers of 500 or more, and refusals that are not problem details").isEmpty();
        assertThat(everythingThatCouldChange(api, family, admin)).as("nothing left behind").isEqualTo(before);
    }

    record Signed(Request request, @Nullable String token) {
    }

    /** A few at a time, as clients do; answers the failures: 500 or more, a refusal that is no problem detail, none. */
    private static List<String> sendAll(Api api, List<Signed> requests) {
        List<String> failures = Collections.synchronizedList(new ArrayList<>());
        ExecutorService senders = Executors.newFixedThreadPool(4);
        try {
            senders.invokeAll(requests.stream().<Callable<Void>>map(signed -> () -> {
                check(api, signed.request(), signed.token(), failures);
                return null;
            }).toList());
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        finally {
            senders.shutdownNow();
        }
        return failures;
    }

    /** Malformed bodies for the changes a family can make to a character of its own: none may be taken. */
    private static List<Request> againstTheFamilysOwnCharacter(List<Route> routes, String id) {
        List<Request> requests = new ArrayList<>();
        routes.stream().filter(route -> route.path().equals("/api/characters/{id}"))
                .filter(route -> route.method().equals("PUT") || route.method().equals("PATCH"))
                .forEach(route -> requests.addAll(HostileRequests.bodies(route, "/api/characters/" + id, false)));
        return requests;
    }

    /** What a client library would refuse to send: escapes that are not escapes, raw bytes, a slash spelt %2F. */
    private int sendRaw(List<String> failures) {
        RawHttp raw = new RawHttp(port);
        List<String> targets = List.of("/api/stories?q=%ZZ", "/api/stories/%ZZ", "/api/stories/abc%2Fdef",
                "/api/characters?q=\u00ff\u00fe", "/api/stories/\u00c0\u00af", "/api/admin/logs/..%2F..%2Fetc%2Fpasswd",
                "/api/stories?page=%", "/api/stories/%00", "/api/stories?q=a%00b%0d%0aX-Injected:%20yes");
        for (String target : targets) {
            RawHttp.Reply reply = raw.send("GET " + target + " HTTP/1.1\r\nAccept: application/json", new byte[0]);
            if (reply.status() >= 500 || reply.status() == 0) {
                failures.add("GET " + target + " (raw) -> " + reply.status() + " " + reply.body());
            }
        }
        return targets.size();
    }

    private static void check(Api api, Request request, @Nullable String token, List<String> failures) {
        HttpRequest.Builder builder = api.request(request.target(), token).timeout(Duration.ofSeconds(20));
        request.headers().forEach(builder::setHeader);
        if (request.contentType() != null) {
            builder.setHeader("Content-Type", request.contentType());
        }
        builder.method(request.method(), request.body().length == 0 && request.contentType() == null
                ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(request.body()));
        try {
            HttpResponse<String> reply = http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
            String type = reply.headers().firstValue("Content-Type").orElse("none");
            if (reply.statusCode() >= 500 || reply.statusCode() >= 400 && !type.startsWith("application/problem+json")) {
                String body = reply.body();
                failures.add(HostileRequests.describe(request) + " -> " + reply.statusCode() + " " + type + " "
                        + body.substring(0, Math.min(body.length(), 200)));
            }
        }
        catch (IOException e) {
            failures.add(HostileRequests.describe(request) + " -> no answer: " + e);
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String everythingThatCouldChange(Api api, Registered family, String admin) {
        return String.join("\n", api.get("/api/stories?page_size=100", family.token()).body(),
                api.get("/api/characters?page_size=100", family.token()).body(),
                api.get("/api/current-user", family.token()).body(),
                "accounts: " + api.get("/api/admin/users?page_size=1&include_deleted=true", admin).json().get("count").asLong(),
                "stories: " + api.get("/api/admin/stories?page_size=1&include_deleted=true", admin).json().get("count").asLong());
    }
}
