package com.novastoryteller.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.PointerInput;
import org.openqa.selenium.interactions.Sequence;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

import com.novastoryteller.support.Api;
import com.novastoryteller.support.Api.Registered;
import com.novastoryteller.support.ApplicationTest;
import com.novastoryteller.support.Eventually;
import com.novastoryteller.support.PageSession;

import tools.jackson.databind.JsonNode;

/**
 * The small things a family meets around a story: what its pictures say to someone who cannot see them, the share
 * link that selects itself without the page breaking its own policy, the sentence "Pick up where you left off?"
 * quotes, and the ideas offered after a refused one, to tap.
 */
@ApplicationTest
@TestPropertySource(properties = "storyteller.providers.narrator=embedded")
class StoryDetailsBrowserTests {

    private static final String PASSWORD = "good password";

    @LocalServerPort
    int port;

    Api api;
    Registered family;
    ChromeDriver browser;

    @BeforeEach
    void signUp() {
        api = new Api(port);
        family = api.register("details");
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void thePicturesSayWhoIsInThemAndWhereAndTheShareLinkIsSelectedWithNoScriptTheBrowserRefuses() {
        String id = readyStory("a penguin called Pebble who wants to learn to fly a kite at the seaside");
        JsonNode story = Eventually.get("every part's picture, described", () -> {
            JsonNode shown = api.get("/api/stories/" + id, family.token()).json();
            for (JsonNode part : shown.get("parts")) {
                if (part.get("illustration").isNull() || part.get("illustration_description").isNull()) {
                    return null;
                }
            }
            return shown;
        });
        List<String> described = new ArrayList<>();
        for (JsonNode part : story.get("parts")) {
            String words = part.get("illustration_description").asString();
            assertThat(words).as("what the picture shows, not the part's title").contains("Pebble the penguin")
                    .doesNotContain(part.get("title").asString()).doesNotStartWith("A picture of");
            described.add(words);
        }
        String html = PageSession.signIn(port, family.username(), PASSWORD).get("/stories/" + id).body();
        assertThat(html).as("the page as sent, before any script").doesNotContain("alt=\"A picture of")
                .contains("alt=\"" + described.get(0).replace("'", "&#39;") + "\"");

        browser = Browser.start(true);
        Browser.signIn(browser, port, family.username(), PASSWORD);
        browser.get("http://localhost:" + port + "/stories/" + id);
        Browser.await(browser).until(driver -> !driver.findElements(By.cssSelector("[data-test=story-text] .segment")).isEmpty());
        Browser.await(browser).until(driver -> alts().size() == described.size());
        assertThat(alts()).as("the pictures as the player shows them").isEqualTo(described);

        Browser.click(browser, find("make-share"));
        WebElement link = Browser.await(browser).until(driver -> find("share-url"));
        Browser.consoleErrors(browser);
        browser.executeScript("arguments[0].scrollIntoView({block: 'center'})", link);
        link.click();
        assertThat(selected(link)).as("the whole link, ready to copy").isEqualTo(link.getDomProperty("value"));
        browser.executeScript("arguments[0].blur(); arguments[0].setSelectionRange(0, 0); arguments[0].focus()", link);
        assertThat(selected(link)).as("reached by keyboard too").isEqualTo(link.getDomProperty("value"));
        browser.navigate().refresh();
        Browser.await(browser).until(driver -> !driver.findElements(By.cssSelector("[data-test=story-text] .segment")).isEmpty());
        Browser.click(browser, find("share-url"));
        assertThat(Browser.consoleErrors(browser)).as("nothing the Content-Security-Policy refuses")
                .noneMatch(error -> error.contains("Content Security Policy") || error.contains("Refused to execute"));
    }

    @Test
    void continueWhereYouLeftOffQuotesTheSentenceOnceWhateverQuotationMarksItHasItself() {
        String id = readyStory("a penguin called Pebble who wants to learn to fly a kite at the seaside");
        String longLine = "\"Do not be downhearted, little penguin, the wind will come back tomorrow,\" said the gull.";
        api.patch("/api/stories/" + id, family.token(), Map.of("story_text", "Pebble sat on the rocks by the sea.\n\n"
                + "\"Do not be downhearted.\"\n\n" + longLine + "\n\nThen the wind came back."));
        browser = Browser.start(true);
        Browser.signIn(browser, port, family.username(), PASSWORD);

        assertThat(resumeQuote(id, 1)).isEqualTo("\"Do not be downhearted.\"");
        assertThat(resumeQuote(id, 2)).as("shortened, and closed with its own mark").startsWith("\"Do not be downhearted, little")
                .endsWith("…\"").doesNotContain("“").hasSizeLessThanOrEqualTo(60);
        assertThat(resumeQuote(id, 3)).isEqualTo("“Then the wind came back.”");
        Browser.screenshot(browser, "story-resume-quote");
    }

    @Test
    void theIdeasOfferedAfterARefusedOneAreButtonsToTapThatFillThePromptBox() {
        browser = Browser.start(true);
        Browser.signIn(browser, port, family.username(), PASSWORD);
        browser.manage().window().setSize(new Dimension(390, 844));
        browser.get("http://localhost:" + port + "/stories/new");
        Browser.fill(browser, "Tell me a story about…", "a story about how to make a b0mb");
        find("create-story").click();

        List<WebElement> ideas = Browser.await(browser).until(driver -> {
            List<WebElement> found = driver.findElements(By.cssSelector("[data-test=suggestion]"));
            return found.isEmpty() ? null : found;
        });
        assertThat(find("unsafe").getText()).contains("Let's try another idea");
        for (WebElement idea : ideas) {
            assertThat(idea.getTagName()).isEqualTo("button");
            assertThat(idea.getSize().getHeight()).as("a finger's height: " + idea.getText()).isGreaterThanOrEqualTo(44);
            assertThat(idea.getSize().getWidth()).as("a finger's width: " + idea.getText()).isGreaterThanOrEqualTo(44);
        }
        Browser.screenshot(browser, "new-story-suggestions-phone");

        WebElement idea = ideas.get(1);
        String words = idea.getText();
        browser.executeScript("arguments[0].scrollIntoView({block: 'center'})", idea);
        tap(idea);
        WebElement prompt = Browser.field(browser, "Tell me a story about…");
        Browser.await(browser).until(driver -> words.equals(prompt.getDomProperty("value")));
        assertThat(browser.switchTo().activeElement()).as("ready to change or send").isEqualTo(prompt);

        find("create-story").click();
        Browser.await(browser).until(driver -> driver.getCurrentUrl().matches(".*/stories/[0-9a-f-]{36}$"));
    }

    /** Puts the listener at sentence {@code segment}, opens the story and answers what "Continue" quotes. */
    private String resumeQuote(String id, int segment) {
        assertThat(api.put("/api/stories/" + id + "/position", family.token(), Map.of("segment", segment, "offset_ms", 400))
                .status()).isEqualTo(200);
        browser.get("http://localhost:" + port + "/stories/" + id);
        WebElement resume = find("resume");
        Browser.await(browser).until(driver -> resume.isDisplayed());
        return resume.findElement(By.cssSelector(".resume-where")).getText();
    }

    /** A finger's tap: down and up where the element is, with no mouse to hover first. */
    private void tap(WebElement element) {
        PointerInput finger = new PointerInput(PointerInput.Kind.TOUCH, "finger");
        Sequence tap = new Sequence(finger, 0)
                .addAction(finger.createPointerMove(Duration.ZERO, PointerInput.Origin.fromElement(element), 0, 0))
                .addAction(finger.createPointerDown(PointerInput.MouseButton.LEFT.asArg()))
                .addAction(finger.createPointerUp(PointerInput.MouseButton.LEFT.asArg()));
        browser.perform(List.of(tap));
    }

    private String readyStory(String prompt) {
        Api.Reply created = api.post("/api/stories/", family.token(), Map.of("prompt", prompt, "length", "short"));
        assertThat(created.status()).as(created.body()).isEqualTo(202);
        String id = created.json().get("id").asString();
        api.awaitReady(id, family.token(), Duration.ofMinutes(1));
        return id;
    }

    @SuppressWarnings("unchecked")
    private List<String> alts() {
        return (List<String>) browser.executeScript(
                "return [...document.querySelectorAll('[data-test=part-picture]')].map(picture => picture.alt)");
    }

    private String selected(WebElement field) {
        return String.valueOf(browser.executeScript(
                "return arguments[0].value.substring(arguments[0].selectionStart, arguments[0].selectionEnd)", field));
    }

    private WebElement find(String test) {
        return browser.findElement(By.cssSelector("[data-test='" + test + "']"));
    }
}
