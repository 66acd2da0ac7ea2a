package com.novastoryteller.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.novastoryteller.support.Api;
import com.novastoryteller.support.Api.Registered;
import com.novastoryteller.support.Api.Reply;
import com.novastoryteller.support.ApplicationTest;

@ApplicationTest
class PageSecurityTests {

    @LocalServerPort
    int port;

    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(port);
    }

    @Test
    void everyPageCarriesSecurityHeadersThatAllowNoInlineScript() {
        for (String path : new String[] { "/", "/signin", "/signup", "/api/health" }) {
            Reply page = api.send(api.request(path, null).header("Accept", "text/html").GET());
            assertThat(page.status()).as(path).isEqualTo(200);
            String policy = page.header("Content-Security-Policy");
            assertThat(policy).as(path).contains("script-src 'self'", "frame-ancestors 'none'").doesNotContain("unsafe-inline");
            assertThat(page.header("X-Content-Type-Options")).isEqualTo("nosniff");
            assertThat(page.header("X-Frame-Options")).isEqualTo("DENY");
        }
    }

    @Test
    void aFormPostedWithoutItsCsrfTokenIsRefused() {
        Reply forged = api.send(api.request("/signup", null)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("email=x%40example.com&username=forged&password=12345678"
                        + "&firstName=A&lastName=B")));

        assertThat(forged.status()).isEqualTo(403);
    }

    @Test
    void privatePagesSendStrangersToSignIn() {
        Reply stories = api.send(api.request("/stories", null).header("Accept", "text/html").GET());

        assertThat(stories.status()).isEqualTo(302);
        assertThat(stories.header("Location")).endsWith("/signin");
    }

    @Test
    void unknownApiPathsAndErrorsAreProblemDetails() {
        Registered user = api.register("lost");

        Reply missing = api.get("/api/no-such-thing", user.token());

        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.header("Content-Type")).isEqualTo("application/problem+json");
        assertThat(api.get("/problems/validation", null).status()).isEqualTo(200);
    }

    @Test
    void theApiIsDocumented() {
        Reply docs = api.get("/v3/api-docs", null);

        assertThat(docs.status()).isEqualTo(200);
        assertThat(docs.json().get("paths").propertyNames()).contains("/api/register", "/api/login", "/api/current-user");
        assertThat(api.get("/docs", null).status()).isIn(200, 302);
    }
}
