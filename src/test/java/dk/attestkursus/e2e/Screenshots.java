package dk.attestkursus.e2e;

import java.nio.file.Files;
import java.nio.file.Path;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;

/**
 * Screenshots to look at (issue 19: "look at what you build"): under {@code target/screenshots}
 * while working, and {@code docs/screenshots/facilitator-1280.png}, which FacilitatorPollIT remakes.
 */
final class Screenshots {

    static final Path DIR = Path.of("target", "screenshots");

    private Screenshots() {
    }

    /** The whole page at this width, from its top, as tall as its content (the app layout scrolls its content area). */
    static void page(Browser browser, int width, Path file) throws Exception {
        org.openqa.selenium.Dimension before = browser.driver().manage().window().getSize();
        browser.setViewportWidth(width, 900);
        browser.waitForVaadin();
        Number extra = browser.script("""
                let el = document.getElementById('main-content'), extra = 0;
                while (el) {
                  const style = el instanceof Element ? getComputedStyle(el) : null;
                  if (style && /(auto|scroll)/.test(style.overflowY) && el.scrollHeight > el.clientHeight) {
                    extra = Math.max(extra, el.scrollHeight - el.clientHeight);
                    el.scrollTop = 0;
                  }
                  el = el.assignedSlot || el.parentNode || el.host;
                  if (el instanceof ShadowRoot) { el = el.host; }
                }
                window.scrollTo(0, 0);
                return extra;""");
        browser.setViewportWidth(width, 900 + extra.intValue() + 200);
        browser.waitForVaadin();
        browser.script("""
                let el = document.getElementById('main-content');
                while (el) { if (el.scrollTop) { el.scrollTop = 0; } el = el.assignedSlot || el.parentNode || el.host;
                  if (el instanceof ShadowRoot) { el = el.host; } }""");
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.write(file, png(browser));
        browser.driver().manage().window().setSize(before);
        browser.waitForVaadin();
    }

    /** What the window shows now. */
    static void window(Browser browser, Path file) throws Exception {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.write(file, png(browser));
    }

    private static byte[] png(Browser browser) {
        browser.waitForVaadin();
        return ((TakesScreenshot) browser.driver()).getScreenshotAs(OutputType.BYTES);
    }
}
