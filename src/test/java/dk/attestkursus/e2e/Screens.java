package dk.attestkursus.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;

/**
 * Whole-page screenshots of the page the browser shows, for looking at what we build: the window is
 * made as tall as the page (the app layout scrolls its content area, not the document), saved as a
 * PNG, and put back to the normal size.
 */
final class Screens {

    static final List<Integer> WIDTHS = List.of(360, 1280, 1920);
    private static final Path TARGET = Path.of("target", "screenshots", "learning");
    private static final Path DOCS = Path.of("docs", "screenshots");

    private Screens() {
    }

    /** Saves {@code target/screenshots/learning/<name>-<width>.png} at each of {@link #WIDTHS}. */
    static void save(Browser browser, String name) {
        for (int width : WIDTHS) {
            write(browser, width, TARGET.resolve(name + "-" + width + ".png"));
        }
    }

    /** Saves a picture for the documentation, {@code docs/screenshots/<file>}, at one width. */
    static void saveDocs(Browser browser, String file, int width) {
        write(browser, width, DOCS.resolve(file));
    }

    private static void write(Browser browser, int width, Path file) {
        // The window stays as it is; Chromium emulates a viewport of the width, then of the whole page's
        // height (a window cannot be taller than the screen, the emulated viewport can).
        ChromeDriver chrome = (ChromeDriver) browser.driver();
        int windowWidth = browser.<Number>script("return window.innerWidth;").intValue();
        try {
            emulate(browser, width, Browser.HEIGHT);
            Number height = browser.script("""
                    const main = document.getElementById('main-content');
                    main.scrollIntoView({block: 'start'});
                    return Math.ceil(main.getBoundingClientRect().top + main.scrollHeight + 24);""");
            emulate(browser, width, Math.max(Browser.HEIGHT, height.intValue()));
            browser.script("document.getElementById('main-content').scrollIntoView({block: 'start'});");
            Files.createDirectories(file.getParent());
            Files.write(file, ((TakesScreenshot) chrome).getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            chrome.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
            browser.waitUntil(d -> browser.<Number>script("return window.innerWidth;").intValue() == windowWidth);
            browser.waitForVaadin();
        }
    }

    private static void emulate(Browser browser, int width, int height) {
        ((ChromeDriver) browser.driver()).executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", false));
        browser.waitUntil(d -> browser.<Number>script("return window.innerWidth;").intValue() == width
                && browser.<Number>script("return window.innerHeight;").intValue() == height);
        browser.waitForVaadin();
    }
}
