package com.novastoryteller.browser;

import static org.assertj.core.api.Assertions.assertThat;


import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

import com.novastoryteller.support.ApplicationTest;

/** A family asks for a story, watches it being written, finds it again, edits it and deletes it. */
@ApplicationTest
// Slow enough that a busy machine still sees the story while it is being written.
@TestPropertySource(properties = "storyteller.generation.line-delay=150ms")
class StoryPagesBrowserTests {

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
    void aStoryAppearsPartByPartAndCanBeFoundEditedAndDeleted() {
        browser = Browser.start(true);
        Browser.signUp(browser, port, "Zara");

        browser.findElement(By.cssSelector("[data-test=create-first-story]")).click();
        Browser.fill(browser, "Tell me a story about…", "a hamster called Quibbleton who sails a teacup");
        browser.findElement(By.xpath("//label[contains(@class,'choice-card')][.//span[text()='Adventure']]")).click();
        Browser.screenshot(browser, "new-story");
        browser.findElement(By.cssSelector("[data-test=create-story]")).click();

        WebElement text = browser.findElement(By.cssSelector("[data-test=story-text]"));
        Browser.await(browser).until(driver -> text.getText().contains("Quibbleton"));
        String whileWriting = browser.findElement(By.cssSelector("[data-test=story-status]")).getText();
        Browser.screenshot(browser, "story-writing");
        Browser.await(browser).until(ExpectedConditions.textToBe(By.cssSelector("[data-test=story-status]"), "The story is ready."));
        assertThat(whileWriting).isEqualTo("Writing your story…");
        assertThat(browser.findElements(By.cssSelector(".story-part h2"))).hasSize(3);
        assertThat(text.getText()).contains("teacup");
        String title = browser.findElement(By.cssSelector("[data-test=story-title]")).getText();
        assertThat(title).isNotBlank().isNotEqualTo("Your story is being written…");
        Browser.screenshot(browser, "story-ready");

        Browser.clickToNextPage(browser, browser.findElement(By.cssSelector("[data-test=nav-stories]")));
        Browser.fill(browser, "Find a story", "quibbleton");
        browser.findElement(By.cssSelector("form.search button")).click();
        Browser.await(browser).until(ExpectedConditions.urlContains("q=quibbleton"));
        assertThat(browser.findElement(By.cssSelector("[data-test=story-list]")).getText()).contains(title);
        Browser.fill(browser, "Find a story", "no such word anywhere");
        Browser.clickToNextPage(browser, browser.findElement(By.cssSelector("form.search button")));
        assertThat(browser.findElement(By.cssSelector("[data-test=no-results]")).isDisplayed()).isTrue();

        browser.findElement(By.linkText("Show all stories")).click();
        browser.findElement(By.partialLinkText(title)).click();
        browser.findElement(By.cssSelector("[data-test=edit]")).click();
        Browser.fill(browser, "Title", "Quibbleton at Sea");
        Browser.clickToNextPage(browser, browser.findElement(By.cssSelector("[data-test=save]")));
        assertThat(browser.findElement(By.cssSelector("[data-test=story-title]")).getText()).isEqualTo("Quibbleton at Sea");

        browser.findElement(By.cssSelector("[data-test=delete]")).click();
        Browser.clickToNextPage(browser, browser.findElement(By.cssSelector("[data-test=confirm-delete]")));
        assertThat(browser.findElement(By.cssSelector("[role=status]")).getText()).contains("deleted");
        assertThat(browser.findElement(By.cssSelector("[data-test=empty-stories]")).isDisplayed()).isTrue();
    }
}
