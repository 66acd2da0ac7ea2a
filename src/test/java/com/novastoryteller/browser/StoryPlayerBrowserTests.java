package com.novastoryteller.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

import com.novastoryteller.support.ApplicationTest;
import com.novastoryteller.support.Eventually;

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
        Eventually.holdsFor("the paused clip standing still", Duration.ofMillis(500), () -> position() == stoppedAt);
        String segment = browser.findElement(By.cssSelector("[data-story-id]")).getDomAttribute("data-current-segment");
        Browser.await(browser).until(driver -> segment.equals(browser.findElement(By.cssSelector("[data-story-id]")).getDomAttribute("data-saved-segment")));

        browser.manage().window().setSize(new Dimension(390, 844));
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
        Browser.screenshot(browser, "story-resume-phone");
        Browser.Rect restart = Browser.rect(browser, find("resume-restart"));
        assertThat(Browser.window(browser).contains(restart)).as("the question is on a phone's screen").isTrue();
        assertThat(restart.overlaps(Browser.rect(browser, find("player")))).as("and the player leaves it uncovered").isFalse();
        browser.manage().window().setSize(new Dimension(1280, 900));
        Browser.screenshot(browser, "story-resume");
        Browser.recordReading(browser);
        browser.findElement(By.cssSelector("[data-test=resume-continue]")).click();
        Browser.await(browser).until(driver -> playing());
        // The first sentence marked, not the one heard now: the rest of the stopped one may already be over.
        assertThat(Browser.readingHistory(browser, false).get(0)).as("it goes on from where it stopped")
                .isEqualTo(Integer.parseInt(segment));

        List<WebElement> sentences = browser.findElements(By.cssSelector(".segment"));
        WebElement chosen = sentences.get(sentences.size() / 2);
        int chosenSeq = Integer.parseInt(chosen.getDomAttribute("data-seq"));
        assertThat(chosenSeq).isGreaterThan(Integer.parseInt(segment) + 1);
        Browser.click(browser, chosen);
        int heard = Browser.await(browser).until(driver -> {
            int seq = playingSegment();
            return seq >= chosenSeq ? seq : null;
        });
        assertThat(heard).as("tapping a sentence reads from there").isBetween(chosenSeq, chosenSeq + 1);
        WebElement download = browser.findElement(By.cssSelector("[data-test=download]"));
        assertThat(download.isDisplayed()).isTrue();
        assertThat(download.getDomAttribute("href")).endsWith("/export.mp3");
    }

    @Test
    void thePlayerStaysInReachOnAPhoneAndADesktopWithoutCoveringTheSentenceItReads() {
        browser = Browser.start(true);
        Browser.signUp(browser, port, "Ada");
        browser.manage().window().setSize(new Dimension(390, 844));
        newStory("a hedgehog named Bramble who finds a lost kite");
        Browser.await(browser).until(driver -> playing());

        assertPauseInReach("a phone, at the top");
        assertTouchTargets();
        scrollTo("document.documentElement.scrollHeight");
        assertPauseInReach("a phone, scrolled to the bottom");
        assertPageEndsAboveTheBar();
        scrollTo("0");
        assertPauseInReach("a phone, back at the top");
        assertThat(find("speed").isDisplayed()).as("speed waits behind More on a phone").isFalse();

        // With speed and parts shown the bar is taller: the sentence read still stops above it.
        find("player-more").click();
        assertThat(find("speed").isDisplayed()).isTrue();
        assertTouchTargets();
        stepThroughSentences("a phone, with More open");
        Browser.screenshot(browser, "story-player-phone-more");
        find("player-more").click();
        stepThroughSentences("a phone");
        Browser.screenshot(browser, "story-player-phone");

        browser.manage().window().setSize(new Dimension(1280, 900));
        assertThat(find("player-more").isDisplayed()).as("a wide screen has room for all of it").isFalse();
        assertThat(find("speed").isDisplayed()).isTrue();
        scrollTo("document.documentElement.scrollHeight");
        assertPauseInReach("a desktop, scrolled to the bottom");
        assertPageEndsAboveTheBar();
        scrollTo("0");
        assertPauseInReach("a desktop, at the top");
        stepThroughSentences("a desktop");
        Browser.screenshot(browser, "story-player-desktop");
    }

    @Test
    void theStoryCanBeHeardAndFollowedWithTheKeyboardAlone() {
        browser = Browser.start(true);
        Browser.signUp(browser, port, "Ada");
        newStory("a hedgehog named Bramble who finds a lost kite");
        Browser.await(browser).until(driver -> playing());
        WebElement play = find("play");

        play.sendKeys(Keys.SPACE);
        Browser.await(browser).until(driver -> playing() == null);
        assertThat(play.getText()).contains("Listen");
        int paused = readingSegment();
        play.sendKeys(Keys.ENTER);
        play.sendKeys(Keys.ARROW_RIGHT);
        // Read at once: only the key moves on this soon (the rest of the paused sentence may, rarely, be over too).
        assertThat(readingSegment()).as("→ right after Play pressed with the keyboard").isGreaterThan(paused);
        Browser.await(browser).until(driver -> playing());

        play.sendKeys(Keys.SPACE);
        Browser.await(browser).until(driver -> playing() == null);
        int before = readingSegment();
        Browser.recordReading(browser);
        play.sendKeys(Keys.ARROW_LEFT);
        Browser.await(browser).until(driver -> Browser.readingHistory(browser, false).contains(before - 1) && playing() != null);

        play.sendKeys(Keys.SPACE);
        Browser.await(browser).until(driver -> playing() == null);
        assertThat(browser.findElements(By.cssSelector(".segment[tabindex='0']"))).as("the story is one tab stop").hasSize(1);
        WebElement sentence = tabUntil(".segment");
        assertThat(sentence.getDomAttribute("data-seq")).as("Tab reaches the sentence being read")
                .isEqualTo(String.valueOf(readingSegment()));
        new Actions(browser).sendKeys(Keys.ARROW_DOWN).sendKeys(Keys.ARROW_DOWN).perform();
        int chosen = focusedSentence();
        assertThat(chosen).as("↓ moves between sentences without playing them").isEqualTo(readingSegment() + 2);
        assertThat(playing()).isNull();
        Browser.readingHistory(browser, true);
        new Actions(browser).sendKeys(Keys.ENTER).perform();
        Browser.await(browser).until(driver -> Browser.readingHistory(browser, false).contains(chosen) && playing() != null);

        new Actions(browser).sendKeys("k").perform();
        Browser.await(browser).until(driver -> playing() == null);
        int from = readingSegment();
        new Actions(browser).sendKeys(Keys.ARROW_RIGHT).perform();
        assertThat(readingSegment()).isEqualTo(from + 1);
        assertThat(focusedSentence()).as("the focus goes along with →").isEqualTo(from + 1);
        Browser.await(browser).until(driver -> playing());
    }

    private void newStory(String prompt) {
        browser.findElement(By.cssSelector("[data-test=create-first-story]")).click();
        Browser.fill(browser, "Tell me a story about…", prompt);
        browser.findElement(By.cssSelector("[data-test=create-story]")).click();
    }

    private WebElement find(String test) {
        return browser.findElement(By.cssSelector("[data-test='" + test + "']"));
    }

    private void assertPauseInReach(String where) {
        WebElement play = find("play");
        assertThat(play.getText()).as(where).contains("Pause");
        assertThat(Browser.window(browser).contains(Browser.rect(browser, play))).as("Pause is on the screen on " + where).isTrue();
    }

    /** Every control the bar shows can be hit by a finger: at least 44 × 44 px. */
    private void assertTouchTargets() {
        for (WebElement control : browser.findElements(By.cssSelector("[data-test=player] :is(button, select, a)"))) {
            if (control.isDisplayed()) {
                Browser.Rect box = Browser.rect(browser, control);
                assertThat(box.width()).as(control.getDomAttribute("data-test")).isGreaterThanOrEqualTo(44);
                assertThat(box.height()).as(control.getDomAttribute("data-test")).isGreaterThanOrEqualTo(44);
            }
        }
    }

    /** The page is padded by the bar: scrolled to the end, its last line shows above the bar. */
    private void assertPageEndsAboveTheBar() {
        Number hidden = (Number) browser.executeScript("""
                const bar = document.querySelector('[data-test=player]').getBoundingClientRect();
                const end = document.querySelector('body > footer').getBoundingClientRect().bottom + window.scrollY;
                return end - (document.documentElement.scrollHeight - bar.height);""");
        assertThat(hidden.doubleValue()).as("how far the page's end lies under the bar").isLessThanOrEqualTo(0.5);
    }

    private void scrollTo(String top) {
        browser.executeScript("window.scrollTo({ top: " + top + ", behavior: 'instant' })");
    }

    /** Goes on a few sentences with Next: each time the sentence read comes to rest between the top and the bar. */
    private void stepThroughSentences(String where) {
        for (int step = 0; step < 3; step++) {
            find("next").click();
            Browser.await(browser).until(driver -> (Boolean) browser.executeScript("""
                    const reading = document.querySelector('.segment.reading');
                    const bar = document.querySelector('[data-test=player]').getBoundingClientRect();
                    if (!reading) return false;
                    const box = reading.getBoundingClientRect();
                    return box.top >= 0 && box.bottom <= bar.top;"""));
            Browser.Rect reading = Browser.rect(browser, browser.findElement(By.cssSelector(".segment.reading")));
            assertThat(reading.overlaps(Browser.rect(browser, find("player")))).as("the bar covers the sentence read on " + where).isFalse();
        }
    }

    /** Presses Tab until what the selector names has the focus (or fails after forty presses). */
    private WebElement tabUntil(String selector) {
        for (int press = 0; press < 40; press++) {
            new Actions(browser).sendKeys(Keys.TAB).perform();
            WebElement focused = browser.switchTo().activeElement();
            if ((Boolean) browser.executeScript("return arguments[0].matches(arguments[1])", focused, selector)) {
                return focused;
            }
        }
        throw new AssertionError("Tab never reached " + selector);
    }

    private int focusedSentence() {
        return Integer.parseInt(browser.switchTo().activeElement().getDomAttribute("data-seq"));
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
}
