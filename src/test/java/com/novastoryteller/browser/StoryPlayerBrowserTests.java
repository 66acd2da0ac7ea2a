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
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

import com.novastoryteller.support.ApplicationTest;

/** A child asks for a story and hears it begin while it is still being written, following the words as they are read. */
@ApplicationTest
@TestPropertySource(properties = "storyteller.providers.narrator=embedded")
class StoryPlayerBrowserTests {

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
    void theStoryIsReadAloudWithTheWordsLightingUpAndTheListenerPlaceIsKept() {
        browser = Browser.start(true);
        Browser.signUp(browser, port, "Ada");
        browser.findElement(By.cssSelector("[data-test=create-first-story]")).click();
        Browser.fill(browser, "Tell me a story about…", "a hedgehog named Bramble who finds a lost kite");
        browser.findElement(By.cssSelector("[data-test=create-story]")).click();

        Map<String, Object> first = Browser.await(browser).until(driver -> playing());
        assertThat(first.get("seq")).as("it starts at the beginning").isEqualTo("0");
        if (browser.findElement(By.cssSelector("[data-test=story-status]")).getText().equals("Writing your story…")) {
            assertThat(browser.findElement(By.cssSelector("[data-test=download]")).isDisplayed())
                    .as("nothing to download before the story is finished").isFalse();
        }
        Browser.screenshot(browser, "story-player");

        WordPlace earlier = Browser.await(browser).until(driver -> currentWord());
        // a word takes a few hundred milliseconds; a busy machine may hold the first clip back a little longer
        WordPlace later = Browser.await(browser).withTimeout(Duration.ofSeconds(10)).until(driver -> {
            WordPlace now = currentWord();
            return now != null && now.compareTo(earlier) > 0 ? now : null;
        });
        assertThat(later).as("the highlighted word moves on as the story is read").isGreaterThan(earlier);
        assertThat(browser.findElement(By.cssSelector(".word.current")).getText()).isNotBlank();

        Select speed = new Select(browser.findElement(By.cssSelector("[data-test=speed]")));
        speed.selectByVisibleText("1.25×");
        assertThat(((Number) Browser.await(browser).until(driver -> playing()).get("rate")).doubleValue()).isEqualTo(1.25);

        Browser.await(browser).until(driver -> playingSegment() >= 2);
        browser.findElement(By.cssSelector("[data-test=play]")).click();
        assertThat(browser.findElement(By.cssSelector("[data-test=play]")).getText()).contains("Listen");
        assertThat(playing()).as("pause stops the sound").isNull();
        double stoppedAt = position();
        sleep(500);
        assertThat(position()).isEqualTo(stoppedAt);
        String segment = browser.findElement(By.cssSelector("[data-story-id]")).getDomAttribute("data-current-segment");
        Browser.await(browser).until(driver -> segment.equals(browser.findElement(By.cssSelector("[data-story-id]")).getDomAttribute("data-saved-segment")));

        browser.navigate().refresh();
        WebElement resume = browser.findElement(By.cssSelector("[data-test=resume]"));
        Browser.await(browser).until(driver -> resume.isDisplayed());
        assertThat(resume.getText()).contains("Pick up where you left off?");
        String keepListening = browser.findElement(By.cssSelector("[data-test=resume-continue]")).getText();
        String nextPart = browser.findElement(By.cssSelector("[data-test=continue]")).getDomProperty("textContent").strip();
        assertThat(keepListening).as("going on listening is not asking for what happens next").doesNotContain("Continue")
                .isNotEqualTo(nextPart);
        // Narration is fast enough now that the story may be ready before the reload (no "is ready" line then).
        Browser.await(browser).until(driver -> "ready".equals(driver.findElement(By.cssSelector("[data-story-id]")).getDomAttribute("data-status")));
        Browser.screenshot(browser, "story-resume");
        browser.findElement(By.cssSelector("[data-test=resume-continue]")).click();
        Map<String, Object> resumed = Browser.await(browser).until(driver -> playing());
        assertThat(resumed.get("seq")).as("it goes on from where it stopped").isEqualTo(segment);

        List<WebElement> sentences = browser.findElements(By.cssSelector(".segment"));
        WebElement chosen = sentences.get(sentences.size() / 2);
        int chosenSeq = Integer.parseInt(chosen.getDomAttribute("data-seq"));
        assertThat(chosenSeq).isGreaterThan(Integer.parseInt(segment) + 1);
        chosen.click();
        int heard = Browser.await(browser).until(driver -> {
            int seq = playingSegment();
            return seq >= chosenSeq ? seq : null;
        });
        assertThat(heard).as("tapping a sentence reads from there").isBetween(chosenSeq, chosenSeq + 1);
        WebElement download = browser.findElement(By.cssSelector("[data-test=download]"));
        assertThat(download.isDisplayed()).isTrue();
        assertThat(download.getDomAttribute("href")).endsWith("/export.mp3");
    }

    private Map<String, Object> playing() {
        return Browser.playing(browser);
    }

    private int playingSegment() {
        return Browser.playingSegment(browser);
    }

    private double position() {
        return ((Number) browser.executeScript("""
                const seq = document.querySelector('[data-story-id]').dataset.currentSegment;
                return [...document.querySelectorAll('audio')].find(a => a.dataset.seq === seq).currentTime;""")).doubleValue();
    }

    private WordPlace currentWord() {
        Object place = browser.executeScript("""
                const word = document.querySelector('.word.current');
                if (!word) return null;
                const segment = word.closest('.segment');
                return [Number(segment.dataset.seq), [...segment.querySelectorAll('.word')].indexOf(word)];""");
        if (!(place instanceof List<?> numbers)) {
            return null;
        }
        return new WordPlace(((Number) numbers.get(0)).intValue(), ((Number) numbers.get(1)).intValue());
    }

    private record WordPlace(int segment, int word) implements Comparable<WordPlace> {

        @Override
        public int compareTo(WordPlace other) {
            return segment != other.segment ? Integer.compare(segment, other.segment) : Integer.compare(word, other.word);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
