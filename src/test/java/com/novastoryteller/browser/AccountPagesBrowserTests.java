package com.novastoryteller.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.novastoryteller.support.ApplicationTest;

/** A family signs up, out and in again, in a real browser, with JavaScript switched off. */
@ApplicationTest
class AccountPagesBrowserTests {

    @LocalServerPort
    int port;

    ChromeDriver browser;

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void aNewFamilySignsUpSignsOutAndSignsInByEmail() {
        browser = Browser.start(false);
        String username = "mia" + UUID.randomUUID().toString().substring(0, 6);
        String email = username + "@family.example";

        browser.get(url("/"));
        assertNoApiDocumentationLink();
        Browser.screenshot(browser, "home");
        browser.findElement(By.cssSelector("[data-test=hero-signup]")).click();
        Browser.fill(browser, "First name", "Mia");
        Browser.fill(browser, "Last name", "Moon");
        Browser.fill(browser, "E-mail", email);
        Browser.fill(browser, "Username", username);
        Browser.fill(browser, "Password", "a story a day");
        Browser.screenshot(browser, "signup");
        browser.findElement(By.cssSelector("[data-test=signup-submit]")).click();

        waitForPath("/stories");
        assertNoApiDocumentationLink();
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("My stories");
        assertThat(browser.findElement(By.cssSelector("[data-test=empty-stories]")).getText())
                .contains("first story");
        assertThat(browser.findElement(By.className("greeting")).getText()).contains("Mia");
        Browser.screenshot(browser, "my-stories-empty");

        browser.findElement(By.cssSelector("[data-test=signout]")).click();
        // The old page may still be there a moment after the click: wait for the new one's message.
        Browser.await(browser).ignoring(StaleElementReferenceException.class)
                .until(driver -> driver.findElement(By.cssSelector("[role=status]")).getText().contains("signed out"));

        browser.findElement(By.cssSelector("[data-test=nav-signin]")).click();
        Browser.fill(browser, "Username or e-mail", email.toUpperCase());
        Browser.fill(browser, "Password", "a story a day");
        browser.findElement(By.cssSelector("[data-test=signin-submit]")).click();

        waitForPath("/stories");
        assertThat(browser.findElement(By.cssSelector("[data-test=empty-stories]")).isDisplayed()).isTrue();
    }

    @Test
    void aWrongPasswordExplainsWhatToCheckAndKeepsTheName() {
        browser = Browser.start(false);

        browser.get(url("/signin"));
        Browser.fill(browser, "Username or e-mail", "nobody-like-this");
        Browser.fill(browser, "Password", "not it");
        Browser.clickToNextPage(browser, browser.findElement(By.cssSelector("[data-test=signin-submit]")));

        WebElement message = browser.findElement(By.cssSelector("[data-test=signin-error]"));
        assertThat(message.getText()).contains("do not match", "Caps Lock");
        assertThat(Browser.field(browser, "Username or e-mail").getAttribute("value")).isEqualTo("nobody-like-this");
        Browser.screenshot(browser, "signin-error");
    }

    @Test
    void signUpMistakesAreShownNextToTheirFields() {
        browser = Browser.start(false);

        browser.get(url("/signup"));
        Browser.clickToNextPage(browser, browser.findElement(By.cssSelector("[data-test=signup-submit]")));
        Map<String, String> asked = Map.of("firstName", "Please enter a first name.", "lastName", "Please enter a last name.",
                "email", "Please enter an e-mail address.", "username", "Please choose a username.",
                "password", "Please choose a password.");
        asked.forEach((field, message) -> assertThat(browser.findElement(By.id(field + "-error")).getText())
                .as("one message for the empty %s, the one to act on", field).isEqualTo(message));
        assertThat(browser.findElements(By.cssSelector(".field-error br"))).isEmpty();

        Browser.fill(browser, "First name", "Pat");
        Browser.fill(browser, "Username", "ab");
        Browser.fill(browser, "E-mail", "not an address");
        Browser.fill(browser, "Password", "short");
        Browser.clickToNextPage(browser, browser.findElement(By.cssSelector("[data-test=signup-submit]")));

        assertThat(browser.findElement(By.id("email-error")).getText()).contains("does not look like an e-mail");
        assertThat(browser.findElement(By.id("password-error")).getText()).isEqualTo("A password has 8 to 128 characters.");
        assertThat(browser.findElement(By.id("username-error")).getText()).isEqualTo("A username has 3 to 40 characters.");
        assertThat(browser.findElement(By.id("lastName-error")).getText()).isEqualTo("Please enter a last name.");
        assertThat(browser.findElements(By.id("firstName-error"))).as("a field that is right has no message").isEmpty();
        assertThat(Browser.field(browser, "First name").getDomProperty("value")).as("and keeps what was typed").isEqualTo("Pat");
        assertThat(Browser.field(browser, "E-mail").getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(Browser.field(browser, "Password").getAttribute("value")).isEmpty();
        Browser.screenshot(browser, "signup-errors");
    }

    @Test
    void aGrownUpReadsWhatIsKeptChangesThePasswordAndDeletesTheAccountWithEverythingInIt() {
        browser = Browser.start(false);
        browser.get(url("/signup"));
        assertNoApiDocumentationLink();
        assertThat(browser.findElement(By.cssSelector("[data-test=privacy]")).getText())
                .contains("grown-up's account", "A child's recorded voice is never kept", "No outside AI service is used",
                        "browser's own speech recognition");
        String username = "pat" + UUID.randomUUID().toString().substring(0, 6);
        Browser.fill(browser, "First name", "Pat");
        Browser.fill(browser, "Last name", "Moon");
        Browser.fill(browser, "E-mail", username + "@family.example");
        Browser.fill(browser, "Username", username);
        Browser.fill(browser, "Password", "a story a day");
        browser.findElement(By.cssSelector("[data-test=signup-submit]")).click();
        waitForPath("/stories");

        browser.findElement(By.cssSelector("[data-test=nav-account]")).click();
        waitForPath("/account");
        assertNoApiDocumentationLink();
        assertThat(browser.findElement(By.cssSelector("[data-test=account-username]")).getText()).isEqualTo(username);
        assertThat(browser.findElement(By.cssSelector("[data-test=account-data]")).getText()).contains("0 stories",
                "0 characters");
        assertThat(browser.findElement(By.cssSelector("[data-test=account-export]")).getAttribute("href"))
                .endsWith("/api/account/export");
        Browser.screenshot(browser, "account");

        Browser.fill(browser, "Current password", "a story a day");
        Browser.fill(browser, "New password", "two stories a day");
        Browser.fill(browser, "New password again", "two stories a night");
        Browser.clickToNextPage(browser, browser.findElement(By.cssSelector("[data-test=change-password]")));
        assertThat(browser.findElement(By.id("repeatPassword-error")).getText()).contains("not the same");
        Browser.fill(browser, "Current password", "a story a day");
        Browser.fill(browser, "New password", "two stories a day");
        Browser.fill(browser, "New password again", "two stories a day");
        Browser.clickToNextPage(browser, browser.findElement(By.cssSelector("[data-test=change-password]")));
        assertThat(browser.findElement(By.cssSelector("[role=status]")).getText()).contains("password is changed");

        browser.findElement(By.cssSelector("[data-test=delete-account]")).click();
        waitForPath("/account/delete");
        Browser.fill(browser, "Your password", "two stories a day");
        Browser.clickToNextPage(browser, browser.findElement(By.cssSelector("[data-test=confirm-delete-account]")));
        assertThat(browser.findElement(By.cssSelector(".field-error")).getText()).contains("tick the box");
        Browser.fill(browser, "Your password", "two stories a day");
        browser.findElement(By.cssSelector("[data-test=understood]")).click();
        Browser.screenshot(browser, "account-delete");
        Browser.clickToNextPage(browser, browser.findElement(By.cssSelector("[data-test=confirm-delete-account]")));

        assertThat(browser.findElement(By.cssSelector("[data-test=account-deleted]")).getText()).contains("deleted");
        assertThat(browser.findElements(By.cssSelector("[data-test=nav-account]"))).isEmpty();
        browser.get(url("/signin"));
        Browser.fill(browser, "Username or e-mail", username);
        Browser.fill(browser, "Password", "two stories a day");
        Browser.clickToNextPage(browser, browser.findElement(By.cssSelector("[data-test=signin-submit]")));
        assertThat(browser.findElement(By.cssSelector("[data-test=signin-error]")).getText()).contains("do not match");
    }

    /** A family's page says nothing of the API: its documentation is for whoever runs the installation. */
    private void assertNoApiDocumentationLink() {
        assertThat(browser.findElements(By.cssSelector("a[href^='/docs'], a[href*='api-docs'], a[href*='swagger']")))
                .as("a link to the API documentation on " + browser.getCurrentUrl()).isEmpty();
    }

    private void waitForPath(String path) {
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains(path));
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
