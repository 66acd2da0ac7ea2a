package com.novastoryteller.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

import com.novastoryteller.support.ApplicationTest;

/**
 * A grown-up fills the character library by hand and from a file, a child brings a character into a story, and the
 * finished story can be kept as a book.
 */
@ApplicationTest
@TestPropertySource(properties = "storyteller.providers.narrator=embedded")
class CharacterLibraryBrowserTests {

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
    void charactersAreMadeImportedEditedAndBroughtIntoAStory() throws IOException {
        Path file = Files.createDirectories(Path.of("target", "uploads")).resolve("characters.json").toAbsolutePath();
        Files.writeString(file, """
                [{"name": "Pip", "physical_appearance": "a tiny grey mouse", "traits": ["shy", "clever"]},
                 {"description": "nobody named me"},
                 {"name": "Blob", "voice": "opera"}]
                """);
        browser = Browser.start(true);
        Browser.signUp(browser, port, "Nia");
        browser.findElement(By.cssSelector("[data-test=nav-characters]")).click();
        Browser.await(browser).until(driver -> driver.findElement(By.cssSelector("[data-test=empty-characters]")).isDisplayed());

        browser.findElement(By.cssSelector("[data-test=new-character]")).click();
        browser.findElement(By.cssSelector("[data-test=save-character]")).click();
        WebElement nameError = browser.findElement(By.cssSelector("[data-error=name]"));
        Browser.await(browser).until(driver -> nameError.isDisplayed());
        assertThat(nameError.getText()).contains("name");
        Browser.fill(browser, "Name", "Zuzu");
        Browser.fill(browser, "What they look like", "a dragon who loves cupcakes");
        Browser.fill(browser, "What they wear", "a purple cape");
        browser.findElement(By.cssSelector("[data-test=save-character]")).click();
        Browser.await(browser).until(driver -> names().equals(List.of("Zuzu")));
        assertThat(browser.findElement(By.cssSelector("[data-test=character-notice]")).getText()).contains("Zuzu was saved");
        WebElement portrait = browser.findElement(By.cssSelector("[data-test=character-card] img"));
        Browser.await(browser).until(driver -> ((Number) browser.executeScript("return arguments[0].naturalWidth", portrait)).intValue() > 0);

        browser.findElement(By.cssSelector("[data-test=import-file]")).sendKeys(file.toString());
        WebElement notice = browser.findElement(By.cssSelector("[data-test=character-notice]"));
        Browser.await(browser).until(driver -> notice.getText().startsWith("Import finished"));
        assertThat(notice.getText()).contains("1 saved").contains("1 could not be saved").contains("1 without a name skipped")
                .contains("Blob");
        assertThat(notice.getDomAttribute("data-tone")).as("some of it was not imported").isEqualTo("warning");
        Browser.await(browser).until(driver -> names().equals(List.of("Pip", "Zuzu")));

        WebElement pip = browser.findElements(By.cssSelector("[data-test=character-card]")).get(0);
        pip.findElement(By.cssSelector("[data-action=edit]")).click();
        assertThat(Browser.field(browser, "What they look like").getDomProperty("value")).isEqualTo("a tiny grey mouse");
        Browser.fill(browser, "What they wear", "yellow wellies");
        browser.findElement(By.cssSelector("#character-voice option[value=mouse]")).click();
        Browser.screenshot(browser, "character-edit");
        browser.findElement(By.cssSelector("[data-test=save-character]")).click();
        Browser.await(browser).until(driver -> String.valueOf(browser.executeScript(
                "return document.querySelector('[data-test=character-card] .character-voice').textContent")).contains("mouse"));
        Browser.screenshot(browser, "characters");
        Browser.screenshotAsPhone(browser, "characters-phone");

        browser.get("http://localhost:" + port + "/stories/new");
        Browser.fill(browser, "Tell me a story about…", "a boy named Omar who builds a treehouse");
        browser.findElement(By.cssSelector("[data-test=character-choice][value='" + characterId("Zuzu") + "']")).click();
        browser.findElement(By.cssSelector("[data-test=create-story]")).click();
        WebElement text = browser.findElement(By.cssSelector("[data-test=story-text]"));
        Browser.await(browser).until(driver -> text.getText().contains("Zuzu came along too"));

        WebElement pdf = browser.findElement(By.cssSelector("[data-test=download-pdf]"));
        Browser.await(browser).until(driver -> pdf.isDisplayed());
        for (String link : List.of("download-pdf", "download-epub")) {
            String href = browser.findElement(By.cssSelector("[data-test=" + link + "]")).getDomAttribute("href");
            Object type = browser.executeAsyncScript("fetch(arguments[0]).then(answer => arguments[1](answer.status + ' '"
                    + " + answer.headers.get('Content-Type')))", href);
            assertThat(type).as(link).isIn("200 application/pdf", "200 application/epub+zip");
        }
    }

    @Test
    void anImportThatSavedNothingIsShownAsAnErrorSayingWhatWentWrong() throws IOException {
        Path uploads = Files.createDirectories(Path.of("target", "uploads"));
        Path nothingGood = uploads.resolve("nothing-good.json").toAbsolutePath();
        Files.writeString(nothingGood, """
                [{"name": "Blob", "voice": "opera"}, {"description": "nobody named me"}]
                """);
        Path notJson = uploads.resolve("not-json.json").toAbsolutePath();
        Files.writeString(notJson, "these are not characters");
        Path good = uploads.resolve("good.json").toAbsolutePath();
        Files.writeString(good, """
                {"name": "Pip", "physical_appearance": "a tiny grey mouse"}
                """);
        browser = Browser.start(true);
        Browser.signUp(browser, port, "Ola");
        browser.findElement(By.cssSelector("[data-test=nav-characters]")).click();
        Browser.await(browser).until(driver -> driver.findElement(By.cssSelector("[data-test=empty-characters]")).isDisplayed());
        WebElement notice = browser.findElement(By.cssSelector("[data-test=character-notice]"));
        String successColour = "rgba(216, 245, 232, 1)";

        browser.findElement(By.cssSelector("[data-test=import-file]")).sendKeys(nothingGood.toString());
        Browser.await(browser).until(driver -> notice.isDisplayed());
        assertThat(notice.getText()).startsWith("Nothing was imported").contains("Blob: Pick one of the voices")
                .contains("1 item has no name").doesNotContain("Import finished");
        assertThat(notice.getDomAttribute("data-tone")).isEqualTo("error");
        assertThat(notice.getCssValue("background-color")).as("not the green of a success").isNotEqualTo(successColour);
        Browser.screenshot(browser, "character-import-nothing");

        browser.findElement(By.cssSelector("[data-test=import-file]")).sendKeys(notJson.toString());
        Browser.await(browser).until(driver -> notice.getText().startsWith("That file could not be imported"));
        assertThat(notice.getDomAttribute("data-tone")).isEqualTo("error");

        browser.findElement(By.cssSelector("[data-test=import-file]")).sendKeys(good.toString());
        Browser.await(browser).until(driver -> notice.getText().startsWith("Import finished: 1 saved."));
        assertThat(notice.getDomAttribute("data-tone")).isEqualTo("done");
        assertThat(notice.getCssValue("background-color")).isEqualTo(successColour);
        assertThat(names()).containsExactly("Pip");
    }

    private List<String> names() {
        @SuppressWarnings("unchecked")
        List<String> names = (List<String>) browser.executeScript(
                "return [...document.querySelectorAll('[data-test=character-name]')].map(name => name.textContent)");
        return names;
    }

    private String characterId(String name) {
        return browser.findElements(By.cssSelector("[data-test=character-choice]")).stream()
                .filter(box -> box.findElement(By.xpath("..")).getText().contains(name))
                .findFirst().orElseThrow().getDomAttribute("value");
    }
}
