package com.novastoryteller.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.novastoryteller.support.Api;
import com.novastoryteller.support.Api.Registered;
import com.novastoryteller.support.Api.Reply;
import com.novastoryteller.support.ApplicationTest;
import com.novastoryteller.support.PageSession;

/** Passwords that are guessed first, or made from the account's own name, are refused wherever one is chosen. */
@ApplicationTest
class PasswordPolicyTests {

    @LocalServerPort
    int port;

    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(port);
    }

    @Test
    void signingUpWithACommonPasswordOrOneMadeFromTheNameIsRefusedAndNothingIsStored() {
        String name = "famsmith" + UUID.randomUUID().toString().substring(0, 6);
        String email = name + "@example.com";
        Map<String, String> refused = Map.of(
                "password", "passwords people pick most often",
                "12345678", "passwords people pick most often",
                "P@ssw0rd2024!", "passwords people pick most often",
                "Sunshine1", "passwords people pick most often",
                "abcabcabc", "repeats the same few characters",
                "poiuytrewq", "runs along the keyboard",
                name, "made from your username",
                name.toUpperCase() + "!1", "made from your username",
                email, "made from your e-mail address",
                "mary.poppins77", "made from your e-mail address");
        refused.forEach((password, why) -> {
            String address = password.equals("mary.poppins77") ? "mary.poppins@example.com" : email;
            Reply reply = register(name, address, password);
            assertThat(reply.status()).as(password).isEqualTo(400);
            assertThat(reply.header("Content-Type")).isEqualTo("application/problem+json");
            assertThat(reply.json().get("type").asString()).isEqualTo("/problems/validation");
            assertThat(reply.json().get("detail").asString()).as(password).contains(why);
            assertThat(reply.json().get("errors").get("password").asString()).as(password).contains(why);
        });

        assertThat(register(name, email, "a kite for grandma").status()).as("nothing was stored before").isEqualTo(201);
    }

    @Test
    void aNewPasswordFollowsTheSameRulesAndTheOldOneStaysUntilThen() {
        Registered mia = api.register("mia");

        Reply common = changePassword(mia, "qwerty123");
        Reply ownName = changePassword(mia, mia.username() + "2025");

        assertThat(common.status()).isEqualTo(400);
        assertThat(common.json().get("errors").get("new_password").asString()).contains("passwords people pick most often");
        assertThat(ownName.status()).isEqualTo(400);
        assertThat(ownName.json().get("errors").get("new_password").asString()).contains("made from your username");
        assertThat(login(mia.username(), "good password")).isEqualTo(200);
        assertThat(changePassword(mia, "lanterns in the garden").status()).isEqualTo(204);
    }

    @Test
    void theSignUpAndAccountPagesSayWhyAPasswordIsRefused() {
        PageSession visitor = PageSession.anonymous(port);
        String name = "pagefam" + UUID.randomUUID().toString().substring(0, 6);
        HttpResponse<String> signUp = visitor.post("/signup", "/signup", Map.of("firstName", "Pat", "lastName", "Page",
                "email", name + "@example.com", "username", name, "password", "iloveyou"));
        assertThat(signUp.statusCode()).isEqualTo(200);
        assertThat(signUp.body()).contains("id=\"password-error\"", "passwords people pick most often");
        assertThat(login(name, "iloveyou")).isEqualTo(401);

        Registered leo = api.register("leo");
        PageSession browser = PageSession.signIn(port, leo.username(), "good password");
        HttpResponse<String> change = browser.post("/account", "/account/password", Map.of("currentPassword",
                "good password", "newPassword", "football", "repeatPassword", "football"));
        assertThat(change.statusCode()).isEqualTo(200);
        assertThat(change.body()).contains("id=\"newPassword-error\"", "passwords people pick most often");
        assertThat(login(leo.username(), "good password")).isEqualTo(200);
    }

    private Reply register(String username, String email, String password) {
        return api.post("/api/register", null, Map.of("email", email, "username", username, "password", password,
                "first_name", "Sam", "last_name", "Smith"));
    }

    private Reply changePassword(Registered user, String newPassword) {
        return api.put("/api/account/password", user.token(), Map.of("current_password", "good password",
                "new_password", newPassword));
    }

    private int login(String username, String password) {
        return api.post("/api/login", null, Map.of("username", username, "password", password)).status();
    }
}
