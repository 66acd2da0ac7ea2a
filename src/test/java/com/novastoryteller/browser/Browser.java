package com.novastoryteller.browser;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Level;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium, driven by Debian's chromedriver (no browser download). Without them the
 * browser tests are skipped, except under CI, where they fail.
 */
public final class Browser {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    private Browser() {
    }

    public static ChromeDriver start(boolean javaScript) {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            String problem = "Browser tests need Debian's chromium and chromium-driver (apt-get install chromium chromium-driver)";
            if (System.getenv("CI") != null) {
                throw new IllegalStateException(problem);
            }
            Assumptions.abort(problem);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1280,900", "--autoplay-policy=no-user-gesture-required",
                "--mute-audio", "--use-fake-ui-for-media-stream", "--use-fake-device-for-media-stream");
        if (!javaScript) {
            options.setExperimentalOption("prefs", Map.of("profile.managed_default_content_settings.javascript", 2));
        }
        // What the page's console says (a script the Content-Security-Policy blocks, say), for consoleErrors.
        options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(5));
        return driver;
    }

    /** Signs a new family up through the page, landing on their (empty) bookshelf. */
    public static void signUp(ChromeDriver driver, int port, String firstName) {
        String username = "kid" + UUID.randomUUID().toString().substring(0, 6);
        driver.get("http://localhost:" + port + "/signup");
        fill(driver, "First name", firstName);
        fill(driver, "Last name", "Moon");
        fill(driver, "E-mail", username + "@family.example");
        fill(driver, "Username", username);
        fill(driver, "Password", "a story a day");
        driver.findElement(By.cssSelector("[data-test=signup-submit]")).click();
        await(driver).until(ExpectedConditions.urlContains("/stories"));
    }

    /** Signs an account in through the sign-in page, landing on its bookshelf. */
    public static void signIn(ChromeDriver driver, int port, String username, String password) {
        driver.get("http://localhost:" + port + "/signin");
        fill(driver, "Username or e-mail", username);
        fill(driver, "Password", password);
        driver.findElement(By.cssSelector("[data-test=signin-submit]")).click();
        await(driver).until(ExpectedConditions.urlContains("/stories"));
    }

    /** The errors the page's console has shown since this was last asked (a blocked script, a failed load). */
    public static List<String> consoleErrors(ChromeDriver driver) {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage).toList();
    }

    /**
     * Waits up to 60 seconds: long enough for a story to be written and read aloud on a slow, busy machine (a CI
     * run once took more than 30 seconds to read an interactive story to its end).
     */
    public static WebDriverWait await(ChromeDriver driver) {
        return new WebDriverWait(driver, Duration.ofSeconds(60));
    }

    /** The field a label names: the label's whole text, or its first words before a hint in brackets. */
    public static WebElement field(ChromeDriver driver, String label) {
        String id = driver.findElement(By.xpath("//label[normalize-space()='" + label + "' or starts-with(normalize-space(), '"
                + label + " (')]")).getAttribute("for");
        return driver.findElement(By.id(id));
    }

    public static void fill(ChromeDriver driver, String label, String text) {
        WebElement field = field(driver, label);
        field.clear();
        field.sendKeys(text);
    }

    /**
     * Clicks an element as a person would, in the middle of the window. Chromedriver clicks an element already in
     * the window where it is, even under the story player's bar at the bottom, and the page may scroll with the
     * sentence read between the scroll and the click: then it scrolls and tries again.
     */
    public static void click(ChromeDriver driver, WebElement element) {
        await(driver).ignoring(ElementClickInterceptedException.class).until(ignored -> {
            driver.executeScript("arguments[0].scrollIntoView({ block: 'center', behavior: 'instant' })", element);
            element.click();
            return true;
        });
    }

    /**
     * Clicks a link or a form's button and waits until the browser has left the page it was on: an element looked
     * for at once could otherwise be found on the old page and go stale as the new one arrives.
     */
    public static void clickToNextPage(ChromeDriver driver, WebElement element) {
        WebElement page = driver.findElement(By.tagName("html"));
        element.click();
        // Mid-navigation Chrome may answer "node does not belong to the document" rather than "stale": ask again.
        await(driver).ignoring(WebDriverException.class).until(ExpectedConditions.stalenessOf(page));
    }

    /** The audio element that is playing (its segment, time and speed), or null when none is. */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> playing(ChromeDriver driver) {
        return (Map<String, Object>) driver.executeScript("""
                const audio = [...document.querySelectorAll('audio')].find(a => !a.paused && a.currentTime > 0);
                return audio ? { seq: audio.dataset.seq, time: audio.currentTime, rate: audio.playbackRate } : null;""");
    }

    /** The segment being heard, or -1 between sentences and while paused. */
    public static int playingSegment(ChromeDriver driver) {
        Map<String, Object> playing = playing(driver);
        return playing == null ? -1 : Integer.parseInt((String) playing.get("seq"));
    }

    /**
     * From now on, keeps every sentence the player marks as read (data-current-segment), in order, for
     * {@link #readingHistory}: what a key or a click did can then be told apart from the story going on by itself.
     */
    public static void recordReading(ChromeDriver driver) {
        driver.executeScript("""
                window.readingHistory = [];
                const story = document.querySelector('[data-story-id], [data-narration]');
                new MutationObserver(() => window.readingHistory.push(Number(story.dataset.currentSegment)))
                        .observe(story, { attributes: true, attributeFilter: ['data-current-segment'] });""");
    }

    /** The sentences marked as read since {@link #recordReading}, or since they were last forgotten here. */
    public static List<Integer> readingHistory(ChromeDriver driver, boolean forget) {
        List<?> history = (List<?>) driver.executeScript("""
                const history = window.readingHistory;
                if (arguments[0]) window.readingHistory = [];
                return history;""", forget);
        return history.stream().map(seq -> ((Number) seq).intValue()).toList();
    }

    /** An element's place in the window, in CSS pixels. */
    public static Rect rect(ChromeDriver driver, WebElement element) {
        List<?> box = (List<?>) driver.executeScript("""
                const box = arguments[0].getBoundingClientRect();
                return [box.top, box.bottom, box.left, box.right];""", element);
        return new Rect(number(box, 0), number(box, 1), number(box, 2), number(box, 3));
    }

    /** The part of the page the window shows. */
    public static Rect window(ChromeDriver driver) {
        List<?> size = (List<?>) driver.executeScript("return [window.innerWidth, window.innerHeight]");
        return new Rect(0, number(size, 1), 0, number(size, 0));
    }

    private static double number(List<?> numbers, int index) {
        return ((Number) numbers.get(index)).doubleValue();
    }

    /** A box on the screen; half a pixel is given either way, for rounding. */
    public record Rect(double top, double bottom, double left, double right) {

        public double width() {
            return right - left;
        }

        public double height() {
            return bottom - top;
        }

        public boolean contains(Rect other) {
            return other.top >= top - 0.5 && other.bottom <= bottom + 0.5 && other.left >= left - 0.5
                    && other.right <= right + 0.5;
        }

        public boolean overlaps(Rect other) {
            return other.top < bottom - 0.5 && other.bottom > top + 0.5 && other.left < right - 0.5
                    && other.right > left + 0.5;
        }
    }

    /** As {@link #screenshot}, on a phone-sized window; the window then goes back to its size. */
    public static void screenshotAsPhone(ChromeDriver driver, String name) {
        Dimension size = driver.manage().window().getSize();
        driver.manage().window().setSize(new Dimension(390, 844));
        try {
            screenshot(driver, name);
        }
        finally {
            driver.manage().window().setSize(size);
        }
    }

    /** Keeps a picture of the page under target/screenshots, to look at what a person would see. */
    public static void screenshot(ChromeDriver driver, String name) {
        try {
            File shot = driver.getScreenshotAs(OutputType.FILE);
            Path target = Path.of("target", "screenshots", name + ".png");
            Files.createDirectories(target.getParent());
            Files.copy(shot.toPath(), target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
