package com.novastoryteller.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.novastoryteller.support.Api;
import com.novastoryteller.support.Api.Registered;
import com.novastoryteller.support.Api.Reply;
import com.novastoryteller.support.ApplicationTest;
import com.novastoryteller.support.DatabaseTest;
import com.novastoryteller.support.MovableClock;

@ApplicationTest
@DatabaseTest
class AccountApiTests {

    @LocalServerPort
    int port;

    @Autowired
    MovableClock clock;

    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(port);
    }

    @Test
    void registeringAnswersWithATokenThatSignsTheNewUserIn() {
        Reply reply = api.post("/api/register/", null, Map.of("email", "Captain.Mirelle@Example.com",
                "username", "CaptainMirelle", "password", "to the moon!", "first_name", "Mirelle", "last_name", "Stars"));

        assertThat(reply.status()).isEqualTo(201);
        var user = reply.json().get("user");
        assertThat(user.get("username").asString()).isEqualTo("CaptainMirelle");
        assertThat(user.get("email").asString()).isEqualTo("Captain.Mirelle@Example.com");
        assertThat(user.get("first_name").asString()).isEqualTo("Mirelle");
        assertThat(user.get("role").asString()).isEqualTo("user");
        assertThat(user.get("is_active").asBoolean()).isTrue();
        assertThat(user.get("date_joined").asString()).isNotBlank();
        assertThat(user.has("password")).isFalse();

        Reply me = api.get("/api/current-user/", reply.json().get("token").asString());
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.json().get("id").asString()).isEqualTo(user.get("id").asString());
    }

    @Test
    void usernamesAndEmailsAreUniqueWithoutRegardToCase() {
        Registered mia = api.register("mia");

        Reply sameName = api.post("/api/register", null, Map.of("email", "someone.else@example.com",
                "username", mia.username().toUpperCase(), "password", "good password", "first_name", "A", "last_name", "B"));
        Reply sameEmail = api.post("/api/register", null, Map.of("email", mia.email().toUpperCase(),
                "username", "another-" + mia.username(), "password", "good password", "first_name", "A", "last_name", "B"));

        assertThat(sameName.status()).isEqualTo(409);
        assertThat(sameName.json().get("errors").has("username")).isTrue();
        assertThat(sameEmail.status()).isEqualTo(409);
        assertThat(sameEmail.json().get("errors").has("email")).isTrue();
        assertThat(sameEmail.header("Content-Type")).isEqualTo("application/problem+json");
    }

    @Test
    void usernamesThatMixAlphabetsOrLookLikeAnotherAreRefused() {
        String number = String.valueOf(100000 + new Random().nextInt(900000));
        assertThat(register("famA" + number).status()).isEqualTo(201);
        assertThat(register("lena" + number).status()).isEqualTo(201);

        Reply cyrillicA = register("fam\u0410" + number);
        Reply capitalI = register("Iena" + number);
        Reply rnForM = register("farnA" + number);
        Reply sameInCapitals = register("FAMA" + number);

        assertThat(cyrillicA.status()).isEqualTo(400);
        assertThat(cyrillicA.header("Content-Type")).isEqualTo("application/problem+json");
        assertThat(cyrillicA.json().get("errors").get("username").asString()).contains("different alphabets");
        for (Reply lookalike : new Reply[] {capitalI, rnForM}) {
            assertThat(lookalike.status()).isEqualTo(400);
            assertThat(lookalike.json().get("errors").get("username").asString())
                    .isEqualTo("This username looks too much like one already taken. Please choose another.");
        }
        assertThat(sameInCapitals.status()).as("the same name is simply taken").isEqualTo(409);
        assertThat(api.post("/api/login", null, Map.of("username", "Iena" + number, "password", "a kite for grandma"))
                .status()).as("nothing stored").isEqualTo(401);
        assertThat(register("\u5c71\u7530" + number).status()).as("one alphabet, not Latin").isEqualTo(201);
        assertThat(register("\u0424\u0451\u0434\u043e\u0440" + number).status()).as("Cyrillic alone").isEqualTo(201);
    }

    private Reply register(String username) {
        return api.post("/api/register", null, Map.of("email", UUID.randomUUID() + "@example.com",
                "username", username, "password", "a kite for grandma", "first_name", "Sam", "last_name", "Smith"));
    }

    @Test
    void invalidFieldsAreNamedOneByOneAndNothingIsStored() {
        Reply reply = api.post("/api/register", null, Map.of("email", "not-an-email", "username", "ab",
                "password", "short", "first_name", "", "last_name", "Moon"));

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.header("Content-Type")).isEqualTo("application/problem+json");
        assertThat(reply.json().get("errors").propertyNames())
                .containsExactlyInAnyOrder("email", "username", "password", "first_name");
        assertThat(api.post("/api/login", null, Map.of("username", "ab", "password", "short")).status()).isEqualTo(401);
    }

    @Test
    void badBodiesAreProblemsNeverServerErrors() {
        assertProblem(api.post("/api/register", null, "{\"email\": "), 400, "/problems/malformed-json");
        assertProblem(api.post("/api/register", null, null), 400, "/problems/unreadable-body");
        assertProblem(api.post("/api/register", null, "{\"email\": 5, \"username\": [1, 2]}"), 400, "/problems/validation");
        Reply unknownField = api.post("/api/register", null, Map.of("email", "x@example.com", "is_admin", true));
        assertProblem(unknownField, 400, "/problems/validation");
        assertThat(unknownField.json().get("errors").has("is_admin")).isTrue();
        String huge = "{\"username\": \"" + "a".repeat(200_000) + "\"}";
        assertProblem(api.post("/api/login", null, huge), 413, "/problems/too-large");
        Reply chunkedHuge = api.send(api.request("/api/login", null).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(huge.getBytes()))));
        assertProblem(chunkedHuge, 413, "/problems/too-large");
        Reply wrongType = api.send(api.request("/api/login", null).header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("hello")));
        assertThat(wrongType.status()).isEqualTo(415);
        assertThat(wrongType.body()).doesNotContain("Exception");
    }

    @Test
    void signsInByUsernameOrEmailInAnyCase() {
        Registered mia = api.register("mia");

        Reply byName = api.post("/api/login/", null, Map.of("username", mia.username().toUpperCase(), "password", "good password"));
        Reply byEmailInUsername = api.post("/api/login", null, Map.of("username", mia.email(), "password", "good password"));
        Reply byEmailField = api.post("/api/login", null, Map.of("email", mia.email().toUpperCase(), "password", "good password"));

        assertThat(byName.status()).isEqualTo(200);
        assertThat(byName.json().get("user").get("username").asString()).isEqualTo(mia.username());
        assertThat(byEmailInUsername.status()).isEqualTo(200);
        assertThat(byEmailField.status()).isEqualTo(200);
        assertThat(byName.json().get("token").asString()).isNotEqualTo(byEmailField.json().get("token").asString());
    }

    @Test
    void aWrongPasswordIsUnauthorizedWithoutSayingWhichPartWasWrong() {
        Registered mia = api.register("mia");

        Reply wrongPassword = api.post("/api/login", null, Map.of("username", mia.username(), "password", "bad password"));
        Reply noSuchUser = api.post("/api/login", null, Map.of("username", "nobody-" + mia.username(), "password", "x"));

        assertProblem(wrongPassword, 401, "/problems/wrong-credentials");
        assertProblem(noSuchUser, 401, "/problems/wrong-credentials");
        assertThat(wrongPassword.json().get("detail")).isEqualTo(noSuchUser.json().get("detail"));
    }

    @Test
    void acceptsBothTokenSchemesAndLogoutKillsTheToken() {
        Registered mia = api.register("mia");

        Reply withTokenScheme = api.send(api.request("/api/current-user", null)
                .header("Authorization", "Token " + mia.token()).GET());
        assertThat(withTokenScheme.status()).isEqualTo(200);

        assertThat(api.post("/api/logout/", mia.token(), null).status()).isEqualTo(204);
        assertProblem(api.get("/api/current-user", mia.token()), 401, "/problems/unauthorized");
        assertProblem(api.get("/api/current-user", "nst_made-up"), 401, "/problems/unauthorized");
    }

    @Test
    void repeatedWrongPasswordsMakeEvenTheRightOneWait() {
        Registered mia = api.register("mia");
        for (int attempt = 0; attempt < 3; attempt++) {
            api.post("/api/login", null, Map.of("username", mia.username(), "password", "guess " + attempt));
        }

        Reply rightButTooSoon = api.post("/api/login", null, Map.of("username", mia.email(), "password", "good password"));

        assertProblem(rightButTooSoon, 429, "/problems/too-many-attempts");
        long retryAfter = Long.parseLong(rightButTooSoon.header("Retry-After"));
        assertThat(retryAfter).isPositive();
        assertThat(rightButTooSoon.json().has("token")).isFalse();

        clock.moveOn(Duration.ofSeconds(retryAfter)); // rather than sleep: the throttle counts on the application's clock
        assertThat(api.post("/api/login", null, Map.of("username", mia.username(), "password", "good password")).status())
                .isEqualTo(200);
    }

    static void assertProblem(Reply reply, int status, String type) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(status);
        assertThat(reply.header("Content-Type")).isEqualTo("application/problem+json");
        assertThat(reply.json().get("type").asString()).isEqualTo(type);
        assertThat(reply.json().get("detail").asString()).isNotBlank();
        assertThat(reply.body()).doesNotContain("Exception", "\tat ");
    }
}
