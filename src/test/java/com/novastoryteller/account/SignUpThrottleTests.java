package com.novastoryteller.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

import com.novastoryteller.support.Api;
import com.novastoryteller.support.Api.Registered;
import com.novastoryteller.support.Api.Reply;
import com.novastoryteller.support.ApplicationTest;
import com.novastoryteller.support.PageSession;

/** One address may try to sign up only so often, so nobody learns in bulk which e-mails have an account. */
@ApplicationTest
@TestPropertySource(properties = {"storyteller.security.sign-ups-per-address=3", "storyteller.security.sign-up-window=1h"})
class SignUpThrottleTests {

    @LocalServerPort
    int port;

    @Test
    void afterTooManySignUpsFromOneAddressATakenAndAFreeEmailGetTheSameWaitAndNothingIsStored() {
        Api api = new Api(port);
        Registered mia = api.register("first");
        assertThat(register(api, "second", mia.email()).status()).as("a taken e-mail, while allowed").isEqualTo(409);
        assertThat(register(api, "third", "third@example.com").status()).isEqualTo(201);

        Reply taken = register(api, "fourth", mia.email());
        Reply free = register(api, "fifth", "fifth@example.com");

        for (Reply refused : new Reply[] {taken, free}) {
            assertThat(refused.status()).isEqualTo(429);
            assertThat(refused.header("Content-Type")).isEqualTo("application/problem+json");
            assertThat(Long.parseLong(refused.header("Retry-After"))).isPositive();
            assertThat(refused.json().get("type").asString()).isEqualTo("/problems/too-many-attempts");
            assertThat(refused.json().get("detail").asString()).startsWith("Too many sign-ups from this network");
        }
        assertThat(taken.body()).isEqualTo(free.body());
        assertThat(api.post("/api/login", null, Map.of("username", "fifth@example.com", "password", "a kite for grandma"))
                .status()).as("nothing stored").isEqualTo(401);

        String name = "paged" + UUID.randomUUID().toString().substring(0, 6);
        HttpResponse<String> page = PageSession.anonymous(port).post("/signup", "/signup", Map.of("firstName", "Pat",
                "lastName", "Page", "email", name + "@example.com", "username", name, "password", "a kite for grandma"));
        assertThat(page.statusCode()).isEqualTo(429);
        assertThat(page.body()).contains("data-test=\"signup-refused\"", "Too many sign-ups from this network");
    }

    private static Reply register(Api api, String prefix, String email) {
        String username = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
        return api.post("/api/register", null, Map.of("email", email, "username", username,
                "password", "a kite for grandma", "first_name", "Sam", "last_name", "Smith"));
    }
}
