package com.novastoryteller.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

import com.novastoryteller.support.Api;
import com.novastoryteller.support.Api.Registered;
import com.novastoryteller.support.Api.Reply;
import com.novastoryteller.support.ApplicationTest;

/**
 * Behind a reverse proxy on this machine (the tests call from loopback, which is trusted by default): what the
 * proxy says about the client is believed, and share links use the installation's public address only.
 */
@ApplicationTest
@TestPropertySource(properties = {"storyteller.public-url=https://stories.example.org/",
        "storyteller.security.login-attempts-per-address=2"})
class BehindAProxyTests {

    @LocalServerPort
    int port;

    Api api;

    @BeforeEach
    void connect() {
        api = new Api(port);
    }

    @Test
    void httpsAtTheProxyMakesTheSessionCookieSecureAndSendsHsts() {
        Reply secure = api.send(api.request("/signin", null).header("X-Forwarded-Proto", "https").GET());
        Reply plain = api.send(api.request("/signin", null).GET());

        assertThat(secure.status()).isEqualTo(200);
        assertThat(secure.header("Strict-Transport-Security")).startsWith("max-age=");
        assertThat(secure.header("Set-Cookie")).contains("JSESSIONID=").containsIgnoringCase("; Secure");
        assertThat(plain.header("Strict-Transport-Security")).isNull();
        assertThat(plain.header("Set-Cookie")).contains("JSESSIONID=").doesNotContainIgnoringCase("Secure");
    }

    @Test
    void aShareLinkIsBuiltFromThePublicAddressWhateverHostTheRequestNames() {
        Registered mia = api.register("sharer");
        String id = api.post("/api/stories/", mia.token(), Map.of("prompt", "a crab who paints shells")).json()
                .get("id").asString();

        Reply shared = api.send(api.request("/api/stories/" + id + "/share", mia.token())
                .header("X-Forwarded-Host", "evil.example.com").POST(HttpRequest.BodyPublishers.noBody()));
        Reply again = api.get("/api/stories/" + id + "/share", mia.token());

        assertThat(shared.status()).as(shared.body()).isEqualTo(201);
        String token = shared.json().get("token").asString();
        assertThat(shared.json().get("share_url").asString()).isEqualTo("https://stories.example.org/shared/" + token);
        assertThat(again.json().get("share_url").asString()).isEqualTo("https://stories.example.org/shared/" + token);
    }

    @Test
    void signInThrottlingCountsEachClientBehindTheProxyOnItsOwn() {
        List<Reply> fromOneChild = List.of(wrongPassword("203.0.113.5"), wrongPassword("203.0.113.5"),
                wrongPassword("203.0.113.5"));
        Reply fromAnother = wrongPassword("203.0.113.6");

        assertThat(fromOneChild).extracting(Reply::status).containsExactly(401, 401, 429);
        assertThat(fromOneChild.get(2).json().get("type").asString()).endsWith("/problems/too-many-attempts");
        assertThat(fromAnother.status()).as("another client behind the same proxy").isEqualTo(401);
    }

    private Reply wrongPassword(String client) {
        String body = Api.asJson(Map.of("username", "nobody-" + UUID.randomUUID(), "password", "guess"));
        return api.send(api.request("/api/login", null).header("X-Forwarded-For", client)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)));
    }
}
