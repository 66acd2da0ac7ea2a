package com.novastoryteller.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.novastoryteller.support.Api;
import com.novastoryteller.support.Api.Registered;
import com.novastoryteller.support.ApplicationTest;
import com.novastoryteller.support.PageSession;

/** Browser sessions of one account: a new password signs every other one out. */
@ApplicationTest
class BrowserSessionTests {

    private static final String NEW_PASSWORD = "a kite over the hills";

    @LocalServerPort
    int port;

    Api api;
    Registered mia;

    @BeforeEach
    void signUp() {
        api = new Api(port);
        mia = api.register("two-browsers");
    }

    @Test
    void aNewPasswordOnThePageSignsEveryOtherBrowserOutAndKeepsThisOne() {
        PageSession laptop = PageSession.signIn(port, mia.username(), "good password");
        PageSession phone = PageSession.signIn(port, mia.username(), "good password");
        assertThat(phone.get("/account").statusCode()).isEqualTo(200);

        HttpResponse<String> changed = laptop.post("/account", "/account/password", Map.of("currentPassword",
                "good password", "newPassword", NEW_PASSWORD, "repeatPassword", NEW_PASSWORD));

        assertThat(changed.statusCode()).isEqualTo(302);
        assertThat(changed.headers().firstValue("Location").orElseThrow()).endsWith("/account?password-changed");
        assertThat(laptop.get("/account").statusCode()).as("the browser that changed it").isEqualTo(200);
        assertSignedOut(phone);
        assertThat(PageSession.signIn(port, mia.username(), NEW_PASSWORD).get("/account").statusCode()).isEqualTo(200);
    }

    @Test
    void aNewPasswordThroughTheApiSignsEveryBrowserOut() {
        PageSession laptop = PageSession.signIn(port, mia.username(), "good password");

        assertThat(api.put("/api/account/password", mia.token(), Map.of("current_password", "good password",
                "new_password", NEW_PASSWORD)).status()).isEqualTo(204);

        assertSignedOut(laptop);
        assertThat(api.get("/api/current-user", mia.token()).status()).as("the token it came with").isEqualTo(200);
    }

    private static void assertSignedOut(PageSession browser) {
        HttpResponse<String> account = browser.get("/account");
        assertThat(account.statusCode()).isEqualTo(302);
        assertThat(account.headers().firstValue("Location").orElseThrow()).endsWith("/signin");
        assertThat(browser.get("/stories").statusCode()).as("and stays signed out").isEqualTo(302);
    }
}
