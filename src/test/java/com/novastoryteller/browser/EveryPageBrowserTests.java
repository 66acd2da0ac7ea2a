package com.novastoryteller.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

import com.novastoryteller.account.Accounts;
import com.novastoryteller.account.NewAccount;
import com.novastoryteller.account.Role;
import com.novastoryteller.support.Api;
import com.novastoryteller.support.Api.Registered;
import com.novastoryteller.support.ApplicationTest;
import com.novastoryteller.support.Eventually;

import tools.jackson.databind.JsonNode;

/**
 * Every page, on a phone (390 × 844) and a desktop (1280 × 900), as a family and as the admin: nothing wider
 * than the screen, nothing axe-core calls serious, big enough buttons for a child, story covers on the
 * bookshelf; and the pages that must work without JavaScript. One browser and one family serve them all.
 */
@ApplicationTest
@TestPropertySource(properties = "storyteller.providers.narrator=embedded")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EveryPageBrowserTests {

    private static final String PASSWORD = "good password";
    /** Set (-Ddocs.screens=true) to refresh the pictures of the pages in docs/screens. */
    private static final boolean UPDATE_DOCS = Boolean.getBoolean("docs.screens");

    @LocalServerPort
    int port;

    @Autowired
    Accounts accounts;

    @Autowired
    JdbcClient jdbc;

    Registered family;
    String admin;
    String pictured;
    String unpictured;
    ChromeDriver browser;

    @BeforeAll
    void aFamilyWithStoriesAndACharacter() {
        Api api = new Api(port);
        family = api.register("pages");
        pictured = story(api, "a fox named Fern who builds a kite");
        unpictured = story(api, "a snail named Sid who races a leaf");
        for (String story : List.of(pictured, unpictured)) {
            api.awaitReady(story, family.token(), Duration.ofMinutes(3));
        }
        Eventually.get("a picture for the first part", () -> {
            JsonNode parts = api.get("/api/stories/" + pictured, family.token()).json().get("parts");
            return parts.get(0).get("illustration").isNull() ? null : true;
        });
        // A story whose pictures are not drawn yet.
        jdbc.sql("UPDATE story_part SET illustration_key = NULL WHERE story_id = ?").param(UUID.fromString(unpictured)).update();
        api.post("/api/characters/", family.token(), Map.of("name", "Pip", "description",
                "a little fox with a bushy tail and a very long striped scarf", "key_traits", "brave, curious and kind"));
        admin = "ada-" + UUID.randomUUID().toString().substring(0, 6);
        accounts.open(new NewAccount(admin + "@example.com", admin, PASSWORD, "Ada", "Admin"), Role.ADMIN);
        browser = Browser.start(true);
    }

    @AfterAll
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void everyPageFitsAPhoneAndADesktopAndAxeFindsNothingSerious() {
        List<String> problems = new ArrayList<>();
        browser.manage().deleteAllCookies();
        for (String page : List.of("/", "/signin", "/signup")) {
            check(page, problems);
        }
        signIn(family.username());
        for (String page : List.of("/stories", "/stories/new", "/stories/" + pictured, "/characters", "/account")) {
            check(page, problems);
        }
        signIn(admin);
        for (String page : List.of("/admin", "/admin/users", "/admin/stories", "/admin/logs", "/admin/diagnostics")) {
            check(page, problems);
        }
        assertThat(problems).as(String.join("\n", problems)).isEmpty();
    }

    @Test
    void aChildsPagesHaveButtonsBigEnoughToTap() {
        signIn(family.username());
        List<String> problems = new ArrayList<>();
        for (Dimension size : List.of(PageChecks.PHONE, PageChecks.DESKTOP)) {
            PageChecks.viewport(browser, size);
            for (String page : List.of("/stories", "/stories/new", "/stories/" + pictured, "/characters")) {
                open(page);
                // The player bar is measured by its own tests.
                PageChecks.smallTouchTargets(browser, ".player")
                        .forEach(small -> problems.add(page + " at " + size.width + " px: " + small));
            }
        }
        assertThat(problems).as(String.join("\n", problems)).isEmpty();
    }

    @Test
    void onAPhoneNothingIsSqueezed() {
        signIn(family.username());
        PageChecks.viewport(browser, PageChecks.PHONE);

        open("/stories/new");
        assertThat(height(".nav-places a")).as("the menu's links are whole targets").isGreaterThanOrEqualTo(44);
        assertThat(rows(".nav-places a")).as("the menu's places are on one row").isEqualTo(1);
        assertThat(width("#prompt")).as("the prompt box keeps the phone's width")
                .isGreaterThan(0.8 * width("form.form"));
        List<WebElement> ageAndLength = browser.findElements(By.cssSelector("input[name=ageBand], input[name=length]"));
        assertThat(ageAndLength).hasSize(7);
        for (WebElement choice : ageAndLength) {
            WebElement label = choice.findElement(By.xpath("ancestor::label"));
            assertThat(label.getRect().getHeight()).as(label.getText()).isGreaterThanOrEqualTo(44);
            assertThat(label.getRect().getWidth()).as(label.getText()).isGreaterThanOrEqualTo(44);
        }

        open("/characters");
        Browser.await(browser).until(driver -> !driver.findElements(By.cssSelector("[data-test=character-card]")).isEmpty());
        assertThat(rows("[data-test=character-card]:first-child .card-actions button")).as("a card's buttons").isLessThanOrEqualTo(2);
        for (Dimension size : List.of(PageChecks.PHONE, PageChecks.DESKTOP)) {
            PageChecks.viewport(browser, size);
            browser.findElement(By.cssSelector("[data-test=new-character]")).click();
            assertThat(inSight("[data-test=save-character]")).as("Save in sight at " + size.width + " px").isTrue();
            keep("character-dialog" + (size.equals(PageChecks.PHONE) ? "-phone" : "-desktop"),
                    browser.getScreenshotAs(OutputType.BYTES));
            browser.findElement(By.cssSelector("[data-test=character-dialog] [data-action=cancel]")).click();
        }

        PageChecks.viewport(browser, PageChecks.PHONE);
        open("/account");
        WebElement email = browser.findElement(By.cssSelector("[data-test=account-email]"));
        WebElement section = email.findElement(By.xpath("ancestor::section"));
        assertThat(email.getRect().getX() + email.getRect().getWidth())
                .as("the e-mail is inside its box").isLessThanOrEqualTo(section.getRect().getX() + section.getRect().getWidth());
    }

    @Test
    void myStoriesShowsEachStorysFirstPictureAsItsCover() {
        signIn(family.username());
        open("/stories");
        WebElement cover = browser.findElement(By.cssSelector("[data-story='" + pictured + "'] .book-cover"));
        assertThat(cover.getDomAttribute("src")).startsWith("/api/stories/" + pictured + "/illustrations/");
        assertThat((Boolean) browser.executeScript("return arguments[0].complete && arguments[0].naturalWidth > 0;", cover))
                .as("the picture loads").isTrue();
        WebElement waiting = browser.findElement(By.cssSelector("[data-story='" + unpictured + "'] .book-cover"));
        assertThat(waiting.getDomAttribute("src")).as("a friendly placeholder").isEqualTo("/images/cover-placeholder.svg");
    }

    @Test
    void withoutJavaScriptTheCharactersAreListedAndAStoryIsWrittenAndCanBeHeard() {
        ChromeDriver plain = Browser.start(false);
        try {
            Browser.signIn(plain, port, family.username(), PASSWORD);
            plain.get("http://localhost:" + port + "/characters");
            assertThat(plain.findElement(By.cssSelector("[data-test=plain-character-list]")).getText()).contains("Pip", "bushy tail");
            assertThat(plain.findElements(By.cssSelector("[data-test=new-character], [data-test=import-label]")))
                    .as("no button that needs a script").noneMatch(WebElement::isDisplayed);
            Browser.fill(plain, "Find a character", "nobody like this");
            plain.findElement(By.cssSelector("[data-test=character-search] button")).click();
            Browser.await(plain).until(driver -> driver.findElement(By.tagName("main")).getText().contains("No character matches"));

            plain.get("http://localhost:" + port + "/stories/new");
            Browser.fill(plain, "Tell me a story about…", "an otter named Olive who finds a shell");
            plain.findElement(By.cssSelector("[data-test=create-story]")).click();
            // The page looks again by itself until the story is written and read aloud.
            WebElement audio = Browser.await(plain).withTimeout(Duration.ofMinutes(1))
                    .until(driver -> driver.findElements(By.cssSelector("[data-test=whole-audio]")).stream().findFirst().orElse(null));
            assertThat(plain.findElement(By.cssSelector("[data-test=story-status]")).getText()).isEmpty();
            assertThat(plain.findElement(By.cssSelector("[data-test=story-text]")).getText()).contains("Olive");
            assertThat(plain.findElement(By.cssSelector("[data-test=change]")).isDisplayed()).as("no button that needs a script").isFalse();
            assertThat(plain.findElements(By.cssSelector("[data-test=refreshes]"))).isEmpty();
            String source = audio.getDomAttribute("src");
            assertThat(source).matches("/api/stories/[0-9a-f-]+/export\\.mp3");
            Browser.screenshot(plain, "story-without-javascript");
            assertThat(new Api(port).bytes(source, family.token()).headers().firstValue("Content-Type")).hasValue("audio/mpeg");
        }
        finally {
            plain.quit();
        }
    }

    /** Visits the page at both sizes: its width and axe-core's findings go into problems; some are photographed. */
    private void check(String page, List<String> problems) {
        for (Dimension size : List.of(PageChecks.PHONE, PageChecks.DESKTOP)) {
            PageChecks.viewport(browser, size);
            open(page);
            String where = page + " at " + size.width + "×" + size.height;
            long overflow = PageChecks.overflow(browser);
            if (overflow > 0) {
                problems.add(where + " is " + overflow + " px wider than the screen: " + PageChecks.widerThanTheScreen(browser));
            }
            PageChecks.seriousAccessibilityProblems(browser).forEach(problem -> problems.add(where + ": " + problem));
            photograph(page, size);
        }
    }

    private static final Map<String, String> PHOTOGRAPHED = Map.of("/stories/new", "new-story", "/stories", "my-stories",
            "/characters", "characters", "/account", "account", "/admin/users", "admin-accounts");

    private void photograph(String page, Dimension size) {
        String name = PHOTOGRAPHED.get(page);
        if (name != null) {
            keep(name + (size.equals(PageChecks.PHONE) ? "-phone" : "-desktop"), wholePage());
        }
    }

    /** The whole page, top to bottom, as a PNG: what a person sees scrolling through it. */
    @SuppressWarnings("unchecked")
    private byte[] wholePage() {
        Map<String, Object> layout = browser.executeCdpCommand("Page.getLayoutMetrics", Map.of());
        Map<String, Number> content = (Map<String, Number>) layout.get("cssContentSize");
        Map<String, Object> shot = browser.executeCdpCommand("Page.captureScreenshot", Map.of("captureBeyondViewport", true,
                "clip", Map.of("x", 0, "y", 0, "width", content.get("width"), "height", content.get("height"), "scale", 1)));
        return Base64.getDecoder().decode((String) shot.get("data"));
    }

    /** Keeps the picture under target/screenshots/screens, and in docs/screens when asked to (see UPDATE_DOCS). */
    private static void keep(String name, byte[] png) {
        try {
            Path shot = Path.of("target", "screenshots", "screens", name + ".png");
            Files.createDirectories(shot.getParent());
            Files.write(shot, png);
            if (UPDATE_DOCS) {
                Path docs = Path.of("docs", "screens", name + ".png");
                Files.createDirectories(docs.getParent());
                Files.copy(shot, docs, StandardCopyOption.REPLACE_EXISTING);
            }
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Opens the page and waits for what its script fills in (the character list). */
    private void open(String page) {
        browser.get("http://localhost:" + port + page);
        if (page.equals("/characters")) {
            Browser.await(browser).until(driver -> !driver.findElements(By.cssSelector("[data-test=character-card]")).isEmpty());
        }
    }

    private void signIn(String username) {
        browser.manage().deleteAllCookies();
        Browser.signIn(browser, port, username, PASSWORD);
    }

    private String story(Api api, String prompt) {
        return api.post("/api/stories/", family.token(), Map.of("prompt", prompt)).json().get("id").asString();
    }

    private double width(String selector) {
        return browser.findElement(By.cssSelector(selector)).getRect().getWidth();
    }

    private double height(String selector) {
        return browser.findElements(By.cssSelector(selector)).stream().mapToInt(e -> e.getRect().getHeight()).min().orElseThrow();
    }

    /** On how many rows the elements are laid out. */
    private long rows(String selector) {
        return browser.findElements(By.cssSelector(selector)).stream().map(e -> e.getRect().getY()).distinct().count();
    }

    /** Whether the element is within the viewport and nothing covers its middle. */
    private boolean inSight(String selector) {
        WebElement element = browser.findElement(By.cssSelector(selector));
        return (Boolean) browser.executeScript("""
                const e = arguments[0], r = e.getBoundingClientRect();
                const inside = r.top >= 0 && r.left >= 0 && r.bottom <= window.innerHeight && r.right <= window.innerWidth;
                return inside && e.contains(document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2));""", element);
    }
}
