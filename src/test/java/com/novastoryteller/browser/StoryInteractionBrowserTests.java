package com.novastoryteller.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

import com.novastoryteller.support.ApplicationTest;

/**
 * A child changes a story while it is read: interrupts it mid-sentence, hears the new words, asks for the next
 * part, picks a branch, brings an earlier version back, and shares it with someone who is not signed in.
 */
@ApplicationTest
@TestPropertySource(properties = "storyteller.providers.narrator=embedded")
class StoryInteractionBrowserTests {

    @LocalServerPort
    int port;

    ChromeDriver browser;
    ChromeDriver stranger;

    @AfterEach
    void closeBrowsers() {
        for (ChromeDriver driver : new ChromeDriver[] { browser, stranger }) {
            if (driver != null) {
                driver.quit();
            }
        }
    }

    @Test
    void aChildInterruptsContinuesRestoresAndSharesTheStory() {
        browser = Browser.start(true);
        Browser.signUp(browser, port, "Ada");
        String ownerPage = newStory("a hedgehog named Bramble who finds a lost kite", false);

        Browser.await(browser).until(driver -> {
            Map<String, Object> playing = playing();
            return playing != null && Integer.parseInt((String) playing.get("seq")) >= 1
                    && ((Number) playing.get("time")).doubleValue() > 0.3;
        });
        Browser.click(browser, find("change"));
        assertThat(playing()).as("narration pauses the moment the button is pressed").isNull();
        // Read after the press: on a busy machine the next sentence may have begun between the wait and the click.
        int heard = readingSegment();
        assertThat(heard).isGreaterThanOrEqualTo(1);
        assertThat(find("change-form").isDisplayed()).isTrue();
        List<String> before = sentences();
        Browser.screenshot(browser, "story-change");
        Browser.screenshotAsPhone(browser, "story-change-phone");

        Browser.fill(browser, "What should happen now?", "suddenly it starts raining jelly beans");
        Browser.click(browser, find("send-change"));
        int resumed = Browser.await(browser).pollingEvery(Duration.ofMillis(20))
                .until(driver -> playingSegment() > heard ? playingSegment() : null);
        assertThat(resumed).as("playback goes on with the first new sentence").isEqualTo(heard + 1);
        List<String> changed = sentences();
        assertThat(changed.subList(0, heard + 1)).as("what was heard stays as it was").isEqualTo(before.subList(0, heard + 1));
        assertThat(changed.get(heard + 1)).contains("jelly beans");
        Browser.screenshot(browser, "story-changed");

        awaitReady();
        int partOneLength = sentences().size();
        assertThat(String.join(" ", sentences())).contains("Bramble");
        Browser.fill(browser, "What should happen in the next part? (you can leave this empty)", "a dragon comes to visit");
        Browser.click(browser, find("continue"));
        int nextPart = Browser.await(browser).pollingEvery(Duration.ofMillis(20))
                .until(driver -> playingSegment() >= partOneLength ? playingSegment() : null);
        assertThat(nextPart).as("the next part is read on from the old ending").isEqualTo(partOneLength);
        awaitReady();
        assertThat(String.join(" ", sentences().subList(partOneLength, sentences().size()))).contains("dragon");

        browser.navigate().refresh();
        Browser.click(browser, browser.findElement(By.cssSelector("[data-test=versions] summary")));
        assertThat(browser.findElements(By.cssSelector("[data-test=versions] li"))).hasSize(3);
        Browser.click(browser, browser.findElement(By.cssSelector("[data-test=versions] li[data-revision='1'] [data-test=restore]")));
        assertThat(find("restored").isDisplayed()).isTrue();
        awaitReady();
        List<String> restored = sentences();
        assertThat(restored.subList(0, heard + 1)).isEqualTo(before.subList(0, heard + 1));
        assertThat(String.join(" ", restored)).doesNotContain("jelly beans").doesNotContainPattern("\\bdragon\\b");
        find("play").click();
        Map<String, Object> playingRestored = Browser.await(browser).until(driver -> playing());
        assertThat(playingRestored.get("seq")).as("the old version can be heard at once").isEqualTo("0");

        Browser.click(browser, find("make-share"));
        String link = find("share-url").getDomProperty("value");
        String title = find("story-title").getText();
        stranger = Browser.start(true);
        stranger.get(link);
        assertThat(stranger.findElement(By.cssSelector("[data-test=story-title]")).getText()).isEqualTo(title);
        assertThat(stranger.getPageSource()).doesNotContain("Ada").doesNotContain("Moon").doesNotContain("family.example")
                .doesNotContain("Sign out");
        stranger.findElement(By.cssSelector("[data-test=play]")).click();
        Object heardByStranger = Browser.await(stranger).until(driver -> stranger.executeScript(
                "return [...document.querySelectorAll('audio')].some(a => !a.paused && a.currentTime > 0) || null"));
        assertThat(heardByStranger).as("whoever has the link hears the story").isEqualTo(true);
        Browser.screenshot(stranger, "story-shared");

        Browser.click(browser, find("stop-sharing"));
        assertThat(find("make-share").isDisplayed()).isTrue();
        stranger.navigate().refresh();
        assertThat(stranger.findElement(By.cssSelector(".status-code")).getText()).isEqualTo("404");
        assertThat(stranger.getPageSource()).doesNotContain(title);
        assertThat(browser.getCurrentUrl()).startsWith(ownerPage);
    }

    @Test
    void anInteractiveStoryAsksAndGoesOnDownTheBranchTheChildPicks() {
        browser = Browser.start(true);
        Browser.signUp(browser, port, "Nell");
        newStory("a fox named Rufus who finds a golden key", true);
        awaitReady();

        List<WebElement> sentences = browser.findElements(By.cssSelector(".segment"));
        Browser.click(browser, sentences.get(0));
        Browser.await(browser).until(driver -> playing());
        assertThat(find("choices").isDisplayed()).as("no choosing before the question is heard").isFalse();
        // The question is the last sentence: heard to its end, the choices come, under it and in sight.
        Browser.click(browser, sentences.get(sentences.size() - 1));
        assertThat(find("choices").isDisplayed()).isFalse();
        List<WebElement> choices = Browser.await(browser).until(driver -> {
            List<WebElement> buttons = driver.findElements(By.cssSelector("[data-test=choice]"));
            return buttons.size() >= 2 && buttons.get(0).isDisplayed() ? buttons : null;
        });
        assertThat(playing()).as("the choices wait until the question has been read").isNull();
        Browser.await(browser).until(driver -> {
            Browser.Rect bar = Browser.rect(browser, find("player"));
            return Browser.rect(browser, find("choices")).bottom() <= bar.top()
                    && Browser.window(browser).contains(Browser.rect(browser, find("choices")));
        });
        assertThat(choices).hasSizeLessThanOrEqualTo(3);
        assertThat(find("continue-form").isDisplayed()).as("a choice comes first").isFalse();
        assertThat(sentences().get(sentences().size() - 1)).as("the question is read aloud").contains("You choose");
        Browser.screenshot(browser, "story-choices");
        Browser.screenshotAsPhone(browser, "story-choices-phone");

        String picked = choices.get(1).getText();
        int asked = sentences().size();
        Browser.click(browser, choices.get(1));
        Browser.await(browser).until(driver -> playingSegment() >= asked);
        awaitReady();
        String branch = String.join(" ", sentences().subList(asked, sentences().size())).toLowerCase();
        assertThat(branch).contains(picked.toLowerCase().replaceAll("[.!?]$", ""));
        assertThat(browser.findElements(By.cssSelector("[data-test=choice]"))).allMatch(button -> !button.isDisplayed());
    }

    /** Asks for a story through the page and returns the address of the story's page. */
    private String newStory(String prompt, boolean interactive) {
        browser.findElement(By.cssSelector("[data-test=create-first-story]")).click();
        Browser.fill(browser, "Tell me a story about…", prompt);
        if (interactive) {
            find("interactive").click();
        }
        find("create-story").click();
        Browser.await(browser).until(driver -> driver.getCurrentUrl().matches(".*/stories/[0-9a-f-]{36}$"));
        return browser.getCurrentUrl();
    }

    private WebElement find(String test) {
        return browser.findElement(By.cssSelector("[data-test='" + test + "']"));
    }

    private void awaitReady() {
        Browser.await(browser).until(driver -> "ready".equals(driver.findElement(By.cssSelector("[data-story-id]"))
                .getDomAttribute("data-status")));
    }

    /** Every sentence on the page, in order. */
    @SuppressWarnings("unchecked")
    private List<String> sentences() {
        return (List<String>) browser.executeScript(
                "return [...document.querySelectorAll('.segment')].map(s => s.textContent.replace(/\\s+/g, ' ').trim())");
    }

    /** The sentence the player has reached (it stays marked while paused). */
    private int readingSegment() {
        return Integer.parseInt(browser.findElement(By.cssSelector("[data-story-id]")).getDomAttribute("data-current-segment"));
    }

    private Map<String, Object> playing() {
        return Browser.playing(browser);
    }

    private int playingSegment() {
        return Browser.playingSegment(browser);
    }
}
