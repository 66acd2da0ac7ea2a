package com.novastoryteller.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.novastoryteller.account.Accounts;
import com.novastoryteller.account.NewAccount;
import com.novastoryteller.account.Role;
import com.novastoryteller.support.Api;
import com.novastoryteller.support.Api.Registered;
import com.novastoryteller.support.ApplicationTest;

/** The superadmin's console, tried in a real browser: the installation at a glance and the logs; no one else gets in. */
@ApplicationTest
class AdminConsoleBrowserTests {

    static final Path LOGS = Path.of("target", "test-logs", UUID.randomUUID().toString()).toAbsolutePath();

    @DynamicPropertySource
    static void logs(DynamicPropertyRegistry registry) throws IOException {
        Files.createDirectories(LOGS);
        List<String> lines = new ArrayList<>();
        for (int n = 1; n <= 40; n++) {
            lines.add(n == 33 ? "2026-11-23 ERROR The narrator could not start" : "2026-11-23 INFO all is well " + n);
        }
        Files.write(LOGS.resolve("nova-storyteller.log"), lines);
        registry.add("storyteller.logs.dir", LOGS::toString);
    }

    @LocalServerPort
    int port;

    @Autowired
    Accounts accounts;

    ChromeDriver browser;

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void theAdminSeesTheInstallationAndReadsTheLogs() {
        signInAsAdmin();

        Browser.await(browser).until(driver -> !driver.findElements(By.cssSelector("[data-test=nav-admin]")).isEmpty());
        Browser.clickToNextPage(browser, browser.findElement(By.cssSelector("[data-test=nav-admin]")));
        Browser.await(browser).until(driver -> driver.getCurrentUrl().endsWith("/admin"));
        assertThat(Long.parseLong(find("users-total").getText())).as("at least the admin").isPositive();
        assertThat(find("stories-total").getText()).matches("\\d+");
        assertThat(find("providers").getText()).contains("writer").contains("embedded");
        assertThat(find("database").getText()).contains("H2");
        Browser.screenshot(browser, "admin-dashboard");

        Browser.clickToNextPage(browser, find("admin-nav").findElement(By.linkText("Logs")));
        Browser.await(browser).until(driver -> driver.getCurrentUrl().contains("/admin/logs"));
        assertThat(new Select(find("log-file")).getFirstSelectedOption().getText()).startsWith("nova-storyteller.log");
        assertThat(find("log-text").getText()).contains("all is well 40");
        find("log-filter").sendKeys("error");
        find("log-show").click();
        // The old page may still be there while the new one loads: an element of it going stale is looked for again.
        Browser.await(browser).ignoring(StaleElementReferenceException.class)
                .until(driver -> driver.findElement(By.cssSelector("[data-test=log-text]")).getText()
                        .equals("2026-11-23 ERROR The narrator could not start"));
        Browser.screenshot(browser, "admin-logs");
        find("log-regex").click();
        WebElement filter = find("log-filter");
        filter.clear();
        filter.sendKeys("(");
        find("log-show").click();
        Browser.await(browser).ignoring(StaleElementReferenceException.class)
                .until(driver -> driver.findElement(By.cssSelector("[data-test=log-problem]")).getText()
                        .startsWith("Not a pattern"));
    }

    @Test
    void theAdminLimitsAFamilyModeratesItsStoryReadsTheDiagnosticsAndDeletesTheAccount() {
        Api api = new Api(port);
        Registered family = api.register("family");
        String story = api.post("/api/stories/", family.token(), Map.of("prompt", "a hedgehog named Quill who paints"))
                .json().get("id").asString();
        String title = api.awaitReady(story, family.token(), Duration.ofMinutes(1)).get("title").asString();
        signInAsAdmin();

        browser.get("http://localhost:" + port + "/admin/users");
        find("user-q").sendKeys(family.username());
        Browser.clickToNextPage(browser, find("user-search").findElement(By.cssSelector("button")));
        WebElement row = Browser.await(browser).until(driver -> driver.findElement(
                By.cssSelector("tr[data-username='" + family.username() + "']")));
        row.findElement(By.cssSelector("[data-test=user-limit]")).sendKeys("3");
        Browser.screenshot(browser, "admin-users");
        Browser.clickToNextPage(browser, row.findElement(By.cssSelector("[data-test=user-save]")));
        assertThat(find("admin-message").getText()).contains(family.username(), "saved");
        assertThat(accounts.profile(UUID.fromString(family.id())).dailyStoryLimit()).isEqualTo(3);

        Browser.clickToNextPage(browser, browser.findElement(By.cssSelector("tr[data-username='" + family.username() + "']"))
                .findElement(By.linkText("Their stories")));
        WebElement storyRow = browser.findElement(By.cssSelector("tr[data-title=\"" + title.replace("\"", "\\\"") + "\"]"));
        Browser.clickToNextPage(browser, storyRow.findElement(By.cssSelector("[data-test=story-hide]")));
        assertThat(find("admin-message").getText()).contains(title, "hidden");
        assertThat(api.get("/api/stories/", family.token()).json().get("count").asInt()).isZero();
        Browser.screenshot(browser, "admin-stories");
        Browser.clickToNextPage(browser, browser.findElement(By.cssSelector("tr[data-title=\"" + title.replace("\"", "\\\"") + "\"] [data-test=story-hide]")));
        assertThat(find("admin-message").getText()).contains("back on its family's shelf");
        assertThat(api.get("/api/stories/", family.token()).json().get("count").asInt()).isEqualTo(1);

        Browser.clickToNextPage(browser, find("admin-nav").findElement(By.linkText("Diagnostics")));
        assertThat(browser.findElement(By.cssSelector("[data-section=providers]")).getText()).contains("writer", "embedded");
        assertThat(browser.findElement(By.cssSelector("[data-section=database]")).getText()).contains("H2");
        assertThat(browser.findElement(By.cssSelector("[data-section=openai]")).getText())
                .as("each provider lists its own settings").contains("OpenAI", "in use", "false", "api key", "not set");
        assertThat(browser.findElement(By.cssSelector("[data-section=aws]")).getText()).contains("sonic model");
        assertThat(browser.findElement(By.cssSelector("[data-section=versions]")).getText()).contains("17");
        Browser.screenshot(browser, "admin-diagnostics");

        browser.get("http://localhost:" + port + "/admin/users?q=" + family.username());
        find("user-delete").click();
        Browser.clickToNextPage(browser, find("user-delete-confirm"));
        assertThat(find("admin-message").getText()).contains("can no longer sign in");
        assertThat(api.get("/api/current-user", family.token()).status()).isEqualTo(401);
        assertThat(api.get("/api/admin/stories/" + story, api.admin(accounts)).json().get("title").asString())
                .as("their stories stay for audit").isEqualTo(title);
    }

    @Test
    void theAdminsMyStoriesHoldsOnlyTheAdminsOwnAndEveryFamilysAreOnTheAdminPages() {
        Api api = new Api(port);
        Registered family = api.register("family");
        String theirs = api.post("/api/stories/", family.token(), Map.of("prompt", "a walrus named Wilbur who knits a scarf"))
                .json().get("id").asString();
        String theirTitle = api.awaitReady(theirs, family.token(), Duration.ofMinutes(1)).get("title").asString();
        String admin = signInAsAdmin();
        Browser.await(browser).until(driver -> driver.getCurrentUrl().endsWith("/stories"));

        assertThat(find("empty-stories").isDisplayed()).as("the admin has made no story yet").isTrue();
        assertThat(browser.findElement(By.tagName("main")).getText()).doesNotContain("Wilbur").doesNotContain(theirTitle);
        String token = api.post("/api/login", null, Map.of("username", admin, "password", "run the place")).json()
                .get("token").asString();
        api.post("/api/stories/", token, Map.of("prompt", "a heron named Hattie who paints the sky"));
        browser.navigate().refresh();
        assertThat(find("story-list").getText()).contains("Hattie").doesNotContain("Wilbur").doesNotContain(theirTitle);
        assertThat(browser.findElements(By.cssSelector("[data-test=story-list] li"))).hasSize(1);
        assertThat(browser.findElements(By.cssSelector("footer a[href^='/docs']"))).as("no API link for a family").isEmpty();

        Browser.clickToNextPage(browser, find("nav-admin"));
        Browser.clickToNextPage(browser, find("admin-nav").findElement(By.linkText("Stories")));
        Browser.await(browser).until(driver -> driver.getCurrentUrl().contains("/admin/stories"));
        assertThat(browser.findElement(By.tagName("main")).getText()).as("every family's stories are here")
                .contains(theirTitle);
        assertThat(find("admin-nav").findElement(By.linkText("API")).getDomAttribute("href"))
                .as("the API documentation is a click away for the admin").isEqualTo("/docs");
    }

    @Test
    void theAccountsPageTurnsItsPagesKeepingTheSearch() {
        String family = "page" + UUID.randomUUID().toString().substring(0, 6);
        for (int n = 0; n < 21; n++) {
            accounts.open(new NewAccount(family + n + "@example.com", family + n, "a long password", "Kid", "Page"),
                    Role.USER);
        }
        signInAsAdmin();

        browser.get("http://localhost:" + port + "/admin/users?q=" + family);
        assertThat(browser.findElements(By.cssSelector("[data-test=users] tbody tr"))).hasSize(20);
        assertThat(browser.findElement(By.cssSelector(".pager")).getText()).contains("Page 1 of 2");
        find("older").click();

        Browser.await(browser).until(driver -> driver.findElement(By.cssSelector(".pager")).getText().contains("Page 2 of 2"));
        assertThat(browser.findElements(By.cssSelector("[data-test=users] tbody tr"))).hasSize(1);
        assertThat(browser.getCurrentUrl()).contains("q=" + family);
        assertThat(browser.findElements(By.cssSelector("[data-test=older]"))).isEmpty();
    }

    @Test
    void aParentIsKindlyTurnedAwayAndAStrangerIsAskedToSignIn() {
        browser = Browser.start(true);
        browser.get("http://localhost:" + port + "/admin");
        Browser.await(browser).until(driver -> driver.getCurrentUrl().contains("/signin"));

        Browser.signUp(browser, port, "Pat");
        assertThat(browser.findElements(By.cssSelector("[data-test=nav-admin]"))).as("no admin link for a parent").isEmpty();
        for (String page : new String[] { "/admin", "/admin/logs", "/admin/users", "/admin/stories", "/admin/diagnostics" }) {
            browser.get("http://localhost:" + port + page);
            assertThat(browser.findElement(By.tagName("main")).getText()).as(page)
                    .contains("This page is for the grown-up who runs this installation");
        }
    }

    /** Opens an admin account and signs it in through the page; answers its username. */
    private String signInAsAdmin() {
        String name = "ada-" + UUID.randomUUID().toString().substring(0, 6);
        accounts.open(new NewAccount(name + "@example.com", name, "run the place", "Ada", "Admin"), Role.ADMIN);
        browser = Browser.start(true);
        // Waits for the bookshelf: a page asked for while the sign-in is still on its way would be asked unsigned.
        Browser.signIn(browser, port, name, "run the place");
        return name;
    }

    private WebElement find(String test) {
        return browser.findElement(By.cssSelector("[data-test='" + test + "']"));
    }
}
