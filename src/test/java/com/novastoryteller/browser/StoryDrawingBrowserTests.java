package com.novastoryteller.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.novastoryteller.support.ApplicationTest;

/** A child picks their drawing on the create page, sees it, says what it shows, and finds it in the story. */
@ApplicationTest
class StoryDrawingBrowserTests {

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
    void aDrawingIsPreviewedKeptWithTheStoryAndWovenIntoIt() throws IOException {
        Path drawing = Files.createDirectories(Path.of("target", "uploads")).resolve("dragon.png").toAbsolutePath();
        ImageIO.write(dragonOnAHill(), "png", drawing.toFile());
        Path notAPicture = drawing.resolveSibling("homework.png");
        Files.writeString(notAPicture, "not a picture at all");

        browser = Browser.start(true);
        Browser.signUp(browser, port, "Leo");
        browser.findElement(By.cssSelector("[data-test=create-first-story]")).click();
        Browser.fill(browser, "Tell me a story about…", "a boy named Leo who finds a dragon egg");

        browser.findElement(By.cssSelector("[data-test=image]")).sendKeys(notAPicture.toString());
        browser.findElement(By.cssSelector("[data-test=create-story]")).click();
        assertThat(browser.findElement(By.cssSelector("[data-test=image-error]")).getText()).contains("JPEG, PNG, WebP and GIF");
        assertThat(browser.getCurrentUrl()).endsWith("/stories/new");
        assertThat(Browser.field(browser, "Tell me a story about…").getDomProperty("value")).contains("dragon egg");

        browser.findElement(By.cssSelector("[data-test=image]")).sendKeys(drawing.toString());
        WebElement preview = browser.findElement(By.cssSelector("[data-test=drawing-preview]"));
        Browser.await(browser).until(driver -> preview.isDisplayed()
                && ((Number) browser.executeScript("return arguments[0].naturalWidth", preview)).intValue() > 0);
        Browser.fill(browser, "What does it show?", "my dragon on a hill");
        Browser.screenshot(browser, "new-story-drawing");
        browser.findElement(By.cssSelector("[data-test=create-story]")).click();

        WebElement kept = Browser.await(browser).until(driver -> driver.findElement(By.cssSelector("[data-test=story-drawing] img")));
        Browser.await(browser).until(driver -> ((Number) browser.executeScript("return arguments[0].naturalWidth", kept)).intValue() > 0);
        assertThat(browser.findElement(By.cssSelector("[data-test=story-drawing] figcaption")).getText())
                .contains("a dragon on a hill").contains("green");
        WebElement text = browser.findElement(By.cssSelector("[data-test=story-text]"));
        Browser.await(browser).until(driver -> text.getText().contains("dragon in your drawing"));
        Browser.screenshot(browser, "story-with-drawing");
        WebElement firstPicture = Browser.await(browser).until(driver -> driver.findElement(By.cssSelector("[data-test=part-picture]")));
        Browser.await(browser).until(driver -> ((Number) browser.executeScript("return arguments[0].naturalWidth", firstPicture)).intValue() > 0);
        browser.executeScript("arguments[0].scrollIntoView()", firstPicture);
        Browser.screenshot(browser, "story-part-picture");
    }

    /** A purple dragon on a green hill under a blue sky, as a crayon drawing on white paper might be. */
    private static BufferedImage dragonOnAHill() {
        BufferedImage image = new BufferedImage(640, 480, BufferedImage.TYPE_INT_RGB);
        Graphics2D pen = image.createGraphics();
        pen.setColor(new Color(120, 180, 245));
        pen.fillRect(0, 0, 640, 480);
        pen.setColor(new Color(70, 175, 80));
        pen.fillOval(-100, 330, 840, 300);
        pen.setColor(new Color(140, 70, 190));
        pen.fillOval(250, 250, 150, 110);
        pen.fillOval(370, 220, 60, 50);
        pen.dispose();
        return image;
    }
}
