package dk.attestkursus.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Screenshots of screens as users see them, made by the browser tests so they can be remade ("look at
 * what you build"). They go to {@code target/screenshots}. The committed set in {@code docs/screenshots}
 * (named by {@link #docs}) is written there only when asked:
 * {@code ./mvnw verify -Dit.test='ScreenshotsIT,LearningScreensIT,ResultsLookIT,FacilitatorPollIT' -Dattestkursus.screenshots.docs=true}
 * (README, "Screenshots"); otherwise it goes to {@code target/screenshots/docs}, so a test run never
 * changes tracked files.
 */
public final class Screenshots {

    /** The widths people use: a phone, a laptop, a wide screen. */
    public static final List<Integer> WIDTHS = List.of(360, 1280, 1920);

    private Screenshots() {}

    public static Path folder() {
        return Path.of("target", "screenshots");
    }

    /** Where a picture of the committed set goes: {@code docs/screenshots} when asked, else under target. */
    public static Path docs(String file) {
        return Boolean.getBoolean("attestkursus.screenshots.docs")
                ? Path.of("docs", "screenshots", file)
                : folder().resolve("docs").resolve(file);
    }

    /** What the window shows now, as {@code target/screenshots/<name>.png}. */
    public static Path save(Browser browser, String name) {
        Path file = folder().resolve(name + ".png");
        window(browser, file);
        return file;
    }

    /** What the window shows now. */
    public static void window(Browser browser, Path file) {
        browser.waitForVaadin();
        write(file, ((TakesScreenshot) browser.driver()).getScreenshotAs(OutputType.BYTES));
    }

    /** The whole page at each of {@link #WIDTHS}, as {@code target/screenshots/<name>-<width>.png}. */
    public static void pages(Browser browser, String name) {
        for (int width : WIDTHS) {
            page(browser, width, folder().resolve(name + "-" + width + ".png"));
        }
    }

    /**
     * The whole page at this width, from its top, as tall as its content: Chromium emulates a viewport
     * of the width and then of the page's height (the app layout scrolls its content area, not the
     * document, and a window cannot be taller than the screen); the window is left as it was.
     */
    public static void page(Browser browser, int width, Path file) {
        ChromeDriver chrome = (ChromeDriver) browser.driver();
        int windowWidth = browser.<Number>script("return window.innerWidth;").intValue();
        try {
            emulate(browser, width, Browser.HEIGHT);
            Number height = browser.script("""
                    const main = document.getElementById('main-content');
                    if (!main) { return document.documentElement.scrollHeight; }
                    main.scrollIntoView({block: 'start'});
                    return Math.ceil(main.getBoundingClientRect().top + main.scrollHeight + 24);""");
            emulate(browser, width, Math.max(Browser.HEIGHT, height.intValue()));
            browser.script(
                    "const m = document.getElementById('main-content'); if (m) { m.scrollIntoView({block: 'start'}); }");
            write(file, ((TakesScreenshot) chrome).getScreenshotAs(OutputType.BYTES));
        } finally {
            chrome.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
            browser.waitUntil(
                    d -> browser.<Number>script("return window.innerWidth;").intValue() == windowWidth);
            browser.waitForVaadin();
        }
    }

    private static void emulate(Browser browser, int width, int height) {
        ((ChromeDriver) browser.driver())
                .executeCdpCommand(
                        "Emulation.setDeviceMetricsOverride",
                        Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", false));
        browser.waitUntil(
                d -> browser.<Number>script("return window.innerWidth;").intValue() == width
                        && browser.<Number>script("return window.innerHeight;").intValue() == height);
        browser.waitForVaadin();
    }

    private static void write(Path file, byte[] png) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.write(file, png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
