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
 * Only the configured proxies are believed: here the one trusted proxy is elsewhere, so what a caller on
 * loopback claims in X-Forwarded-* headers changes nothing. No public address is set either, so share links
 * are built from the request itself.
 */
@ApplicationTest
@TestPropertySource(properties = {"server.tomcat.remoteip.internal-proxies=192.0.2.10/32",
        "storyteller.security.login-attempts-per-address=2"})
class UntrustedProxyTests {

    @LocalServerPort
    int port;

    Api api;

    @BeforeEach
    void connect() {
        api = new Api(port);
    }

    @Test
    void anUntrustedCallerCannotClaimHttps() {
        Reply claimed = api.send(api.request("/signin", null).header("X-Forwarded-Proto", "https").GET());

        assertThat(claimed.header("Strict-Transport-Security")).isNull();
        assertThat(claimed.header("Set-Cookie")).contains("JSESSIONID=").doesNotContainIgnoringCase("Secure");
    }

    @Test
    void anUntrustedCallerCannotDodgeSignInThrottlingByNamingOtherAddresses() {
        List<Reply> replies = List.of(wrongPassword("203.0.113.7"), wrongPassword("203.0.113.8"),
                wrongPassword("203.0.113.9"));

        assertThat(replies).extracting(Reply::status).containsExactly(401, 401, 429);
    }

    @Test
    void withoutAPublicAddressAShareLinkNamesTheAddressTheRequestCameTo() {
        Registered mia = api.register("sharer");
        String id = api.post("/api/stories/", mia.token(), Map.of("prompt", "a seal who juggles")).json()
                .get("id").asString();

        Reply shared = api.send(api.request("/api/stories/" + id + "/share", mia.token())
                .header("X-Forwarded-Host", "evil.example.com").POST(HttpRequest.BodyPublishers.noBody()));

        assertThat(shared.json().get("share_url").asString())
                .isEqualTo("http://127.0.0.1:" + port + "/shared/" + shared.json().get("token").asString());
    }

    private Reply wrongPassword(String claimedClient) {
        String body = Api.asJson(Map.of("username", "nobody-" + UUID.randomUUID(), "password", "guess"));
        return api.send(api.request("/api/login", null).header("X-Forwarded-For", claimedClient)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)));
    }
}
