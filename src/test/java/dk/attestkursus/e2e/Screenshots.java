package dk.attestkursus.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;

/**
 * Screenshots of screens as users see them, made by tests so they can be remade. They go to
 * {@code target/screenshots}; {@code -Dattestkursus.screenshots=docs/screenshots} writes the committed
 * set in {@code docs/screenshots} instead (README, "Screenshots").
 */
public final class Screenshots {

    private Screenshots() {
    }

    public static Path folder() {
        return Path.of(System.getProperty("attestkursus.screenshots", "target/screenshots"));
    }

    /** Saves what the browser shows now as {@code name}.png, after Vaadin has settled. */
    public static Path save(Browser browser, String name) {
        browser.waitForVaadin();
        try {
            Files.createDirectories(folder());
            Path file = folder().resolve(name + ".png");
            Files.write(file, ((TakesScreenshot) browser.driver()).getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
