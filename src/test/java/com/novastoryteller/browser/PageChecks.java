package com.novastoryteller.browser;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.openqa.selenium.Dimension;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * What a person would notice on any page, measured: a page wider than the screen, what axe-core finds an
 * assistive technology would stumble on, and buttons too small for a child's finger.
 */
final class PageChecks {

    static final Dimension PHONE = new Dimension(390, 844);
    static final Dimension DESKTOP = new Dimension(1280, 900);

    private static final String AXE = axeScript();

    private PageChecks() {
    }

    /** Sets the size of the page itself (the viewport), whatever the window around it takes. */
    static void viewport(ChromeDriver driver, Dimension size) {
        driver.manage().window().setSize(size);
        @SuppressWarnings("unchecked")
        Map<String, Long> inner = (Map<String, Long>) driver.executeScript(
                "return { width: window.innerWidth, height: window.innerHeight };");
        int extraWidth = size.width - inner.get("width").intValue();
        int extraHeight = size.height - inner.get("height").intValue();
        if (extraWidth != 0 || extraHeight != 0) {
            driver.manage().window().setSize(new Dimension(size.width + extraWidth, size.height + extraHeight));
        }
    }

    /** How much wider than the screen the page is, in CSS pixels (0 when it fits). */
    static long overflow(ChromeDriver driver) {
        return (Long) driver.executeScript(
                "return Math.max(0, document.documentElement.scrollWidth - window.innerWidth);");
    }

    /** The elements that stick out past the screen's right edge, to say what made a page too wide. */
    @SuppressWarnings("unchecked")
    static List<String> widerThanTheScreen(ChromeDriver driver) {
        return (List<String>) driver.executeScript("""
                return [...document.querySelectorAll('body *')]
                  .filter(e => e.getBoundingClientRect().right > window.innerWidth + 0.5 && e.getClientRects().length)
                  .slice(0, 8)
                  .map(e => e.tagName.toLowerCase() + (e.className ? '.' + String(e.className).trim().replace(/\\s+/g, '.') : '')
                      + ' right=' + Math.round(e.getBoundingClientRect().right));""");
    }

    /**
     * What axe-core finds with a serious or critical impact, one readable line each: the rule, what it means, and
     * the elements it found (as CSS selectors) with axe's advice.
     */
    @SuppressWarnings("unchecked")
    static List<String> seriousAccessibilityProblems(ChromeDriver driver) {
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        if (!Boolean.TRUE.equals(driver.executeScript("return typeof window.axe === 'object';"))) {
            driver.executeScript(AXE);
        }
        Object found = driver.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, { resultTypes: ['violations'] })
                  .then(results => done(results.passes.length === 0 ? ['axe checked nothing on this page'] : results.violations
                    .filter(v => v.impact === 'serious' || v.impact === 'critical')
                    .map(v => `${v.impact} ${v.id}: ${v.help}\\n` + v.nodes.slice(0, 5)
                      .map(n => `    ${n.target.join(' ')}: ${n.failureSummary.replace(/\\s+/g, ' ')}`).join('\\n'))))
                  .catch(error => done(['axe could not run: ' + error]));""");
        return (List<String>) found;
    }

    /**
     * The buttons, links and form controls in the page's main content (a radio button or checkbox by the label
     * around it) smaller than 44 × 44 CSS pixels. A link inside a sentence is left out, as WCAG does: it is as tall
     * as its line of text. So is anything inside {@code skip}, a selector.
     */
    @SuppressWarnings("unchecked")
    static List<String> smallTouchTargets(ChromeDriver driver, String skip) {
        return (List<String>) driver.executeScript("""
                const skip = arguments[0];
                const shown = e => e.getClientRects().length > 0 && getComputedStyle(e).visibility !== 'hidden';
                const targets = new Set();
                for (const e of document.querySelectorAll('main a[href], main button, main select, main summary, main input, main textarea')) {
                  if (!shown(e) || (skip && e.closest(skip))) continue;
                  if (e.matches('a') && getComputedStyle(e).display === 'inline') continue;
                  const wrapped = e.matches('input[type=checkbox], input[type=radio], input[type=file]') ? e.closest('label')
                      || (e.id && document.querySelector(`label[for="${e.id}"]`)) : null;
                  if (e.matches('input[type=file]') && !wrapped) continue;
                  targets.add(wrapped || e);
                }
                return [...targets].filter(e => shown(e)).map(e => [e, e.getBoundingClientRect()])
                  .filter(([e, r]) => r.width < 44 || r.height < 44)
                  .map(([e, r]) => `${e.tagName.toLowerCase()} "${(e.innerText || e.value || e.getAttribute('aria-label') || '').trim().slice(0, 30)}"`
                      + ` ${Math.round(r.width)}×${Math.round(r.height)}`);""", skip);
    }

    private static String axeScript() {
        try (InputStream in = PageChecks.class.getResourceAsStream("/axe.min.js")) {
            if (in == null) {
                throw new IllegalStateException("axe.min.js is not on the test classpath (com.deque.html.axe-core:selenium)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
