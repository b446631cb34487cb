package dk.attestkursus.e2e;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * A headless Chromium for browser tests, as a JUnit 5 extension.
 *
 * <p>Register it in a {@code static} field for one browser per test class (cookies are cleared and
 * the window size reset before each test), or in an instance field for a browser of its own per
 * test (e.g. one in English). The browser starts on first use, finds the application's port in
 * the Spring test context, saves a screenshot and the page source into
 * {@code target/e2e-screenshots} when a test fails, and quits afterwards.
 *
 * <p>Selenium Manager never downloads anything: the {@code chromium} and {@code chromedriver}
 * binaries are looked up on the PATH (system properties {@code attestkursus.chromium} and
 * {@code attestkursus.chromedriver} override them).
 */
public final class Browser
        implements BeforeAllCallback,
                AfterAllCallback,
                BeforeEachCallback,
                AfterTestExecutionCallback,
                AfterEachCallback {

    public static final int WIDTH = 1280;
    public static final int HEIGHT = 900;
    static final Duration TIMEOUT = Duration.ofSeconds(Long.getLong("attestkursus.e2e.timeout", 20));
    private static final Path SCREENSHOTS = Path.of("target", "e2e-screenshots");

    /** True when every Vaadin client on the page has finished talking to the server. */
    private static final String VAADIN_IDLE = """
            if (document.readyState !== 'complete') { return false; }
            const flow = window.Vaadin && window.Vaadin.Flow;
            if (!flow || !flow.clients) { return false; }
            const clients = Object.values(flow.clients);
            if (clients.length === 0) { return false; }
            return clients.every(c => typeof c.isActive !== 'function' || !c.isActive());
            """;

    private final String language;
    private String host = "localhost";
    private Duration timeout = TIMEOUT;
    private boolean perClass;
    private String baseUrl;
    private WebDriver driver;
    private Path profileDir;

    private Browser(String language) {
        this.language = language;
    }

    /** A browser whose preferred language is Danish (the default of the platform's users). */
    public static Browser danish() {
        return new Browser("da");
    }

    /**
     * A Danish browser that reaches the application at {@code 127.0.0.1} rather than {@code localhost}: an
     * OpenID Connect provider refuses to send a browser back to {@code localhost} (RFC 8252), and the
     * providers of the single sign-on tests keep {@code localhost} for themselves, so cookies stay apart.
     */
    public static Browser danishOnLoopbackAddress() {
        Browser browser = new Browser("da");
        browser.host = "127.0.0.1";
        return browser;
    }

    /** A browser whose preferred language is English. */
    public static Browser english() {
        return new Browser("en");
    }

    /**
     * A Danish browser for an application outside the test's Spring context, e.g. one started as a
     * process of its own ({@code testsupport.AppProcess}) at {@code baseUrl} ({@code http://localhost:PORT}).
     */
    public static Browser danishAt(String baseUrl) {
        Browser browser = new Browser("da");
        browser.baseUrl = baseUrl;
        return browser;
    }

    /**
     * How long this browser waits for a condition (default {@code -Dattestkursus.e2e.timeout}, 20 s),
     * e.g. longer for a load driver on a busy machine. Set it before the first use.
     */
    public Browser withTimeout(Duration wait) {
        this.timeout = wait;
        return this;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        perClass = true;
        if (baseUrl == null) {
            baseUrl = baseUrl(context);
        }
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        if (baseUrl == null) {
            baseUrl = baseUrl(context);
        }
        if (perClass && driver != null) {
            // Start each test as a stranger: no session cookie, the normal window size.
            ((ChromeDriver) driver).executeCdpCommand("Network.clearBrowserCookies", Map.of());
            driver.manage().window().setSize(new Dimension(WIDTH, HEIGHT));
            driver.get("about:blank");
        }
    }

    /** Keeps each CSP violation of the tab in its sessionStorage, where the test reads them at its end. */
    private static final String CSP_WATCH = """
            document.addEventListener('securitypolicyviolation', e => {
              const seen = JSON.parse(sessionStorage.getItem('e2e-csp') || '[]');
              seen.push(e.effectiveDirective + ' blocked ' + (e.blockedURI || '?') + ' in ' + e.documentURI
                  + (e.sourceFile ? ' at ' + e.sourceFile + ':' + e.lineNumber : '')
                  + (e.sample ? ' (' + e.sample + ')' : ''));
              sessionStorage.setItem('e2e-csp', JSON.stringify(seen));
            });""";

    @Override
    public void afterTestExecution(ExtensionContext context) {
        if (driver != null && context.getExecutionException().isPresent()) {
            saveEvidence(context);
        }
        if (driver != null && context.getExecutionException().isEmpty()) {
            List<String> blocked = cspViolations();
            if (!blocked.isEmpty()) {
                throw new AssertionError("The Content-Security-Policy blocked something (issue 24, decision 029):\n"
                        + String.join("\n", blocked));
            }
        }
    }

    /** What the page's Content-Security-Policy blocked in this tab since the last look; forgets it. */
    public List<String> cspViolations() {
        try {
            Object seen = ((JavascriptExecutor) driver).executeScript("""
                    if (!window.sessionStorage) { return []; }
                    const seen = JSON.parse(sessionStorage.getItem('e2e-csp') || '[]');
                    sessionStorage.removeItem('e2e-csp');
                    return seen;""");
            List<String> out = new ArrayList<>();
            if (seen instanceof List<?> list) {
                list.forEach(v -> out.add(String.valueOf(v)));
            }
            return out;
        } catch (WebDriverException e) {
            return List.of(); // not on a page of the app (about:blank, a download)
        }
    }

    @Override
    public void afterEach(ExtensionContext context) {
        if (!perClass) {
            quit();
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        quit();
    }

    private String baseUrl(ExtensionContext context) {
        String port =
                SpringExtension.getApplicationContext(context).getEnvironment().getProperty("local.server.port");
        return "http://" + host + ":"
                + Objects.requireNonNull(port, "local.server.port: is the test a @IntegrationTest?");
    }

    /** Ends the browser now (its profile is deleted); the next use starts a new one. */
    public void close() {
        quit();
    }

    /** The WebDriver, starting Chromium on first use. */
    public WebDriver driver() {
        if (driver == null) {
            driver = start();
        }
        return driver;
    }

    /** The absolute address of an application path such as {@code /login} or {@code kursus}. */
    public String url(String path) {
        return baseUrl + (path.startsWith("/") ? path : "/" + path);
    }

    /** The current path of the page, without host and query, e.g. {@code /kursus}. */
    public String path() {
        return URI.create(driver().getCurrentUrl()).getPath();
    }

    /** Opens an application path and waits until Vaadin is idle. */
    public void open(String path) {
        driver().get(url(path));
        waitForVaadin();
    }

    /** Waits until the page has loaded and no Vaadin client is busy talking to the server. */
    public void waitForVaadin() {
        waitUntil(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(VAADIN_IDLE)));
    }

    public <T> T waitUntil(ExpectedCondition<T> condition) {
        return new WebDriverWait(driver(), timeout).until(condition);
    }

    /**
     * Runs an action that loads a new document (a form post, a redirect, a page reload) and waits
     * until the new document is there and Vaadin is idle in it.
     */
    public void waitForNewDocument(Runnable action) {
        script("document.documentElement.setAttribute('data-e2e-old-document', '');");
        action.run();
        waitUntil(d -> {
            try {
                return Boolean.FALSE.equals(
                        script("return document.documentElement.hasAttribute('data-e2e-old-document');"));
            } catch (WebDriverException e) {
                return false; // the document is being replaced right now
            }
        });
        waitForVaadin();
    }

    /** Waits for an element to be in the page, after Vaadin is idle. */
    public WebElement find(By by) {
        waitForVaadin();
        return waitUntil(ExpectedConditions.presenceOfElementLocated(by));
    }

    /** Waits for an element to be visible, after Vaadin is idle. */
    public WebElement findVisible(By by) {
        waitForVaadin();
        return waitUntil(ExpectedConditions.visibilityOfElementLocated(by));
    }

    /**
     * Waits for an element, scrolls the app's content area to it as a reader would, and waits until
     * it is visible. (An element scrolled out of the layout's content area counts as hidden to
     * Selenium, so a page scrolled by an earlier click would otherwise fail.)
     */
    public WebElement findOnScreen(By by) {
        return waitUntil(d -> {
            try {
                WebElement element = find(by);
                script("arguments[0].scrollIntoView({block: 'center', inline: 'nearest'});", element);
                return element.isDisplayed() ? element : null;
            } catch (StaleElementReferenceException e) {
                return null; // re-rendered by a push right now: look again
            }
        });
    }

    /** The elements matching now (possibly none), after Vaadin is idle. */
    public List<WebElement> findAll(By by) {
        waitForVaadin();
        return driver().findElements(by);
    }

    public boolean isPresent(By by) {
        return !findAll(by).isEmpty();
    }

    /** Clicks an element and waits until Vaadin has handled the click. */
    public void click(By by) {
        // The app layout scrolls its content area, not the document: bring the element to the
        // middle of it first, as a user scrolling to it would (out of view, it counts as hidden).
        WebElement found = find(by);
        script("arguments[0].scrollIntoView({block: 'center', inline: 'nearest'});", found);
        WebElement element = waitUntil(ExpectedConditions.elementToBeClickable(found));
        element.click();
        waitForVaadin();
    }

    @SuppressWarnings("unchecked")
    public <T> T script(String script, Object... args) {
        return (T) ((JavascriptExecutor) driver()).executeScript(script, args);
    }

    /** Resizes the window so the page's layout viewport is exactly {@code width} CSS pixels wide. */
    public void setViewportWidth(int width, int height) {
        driver().manage().window().setSize(new Dimension(width, height));
        // The window includes no chrome in headless mode, but check rather than assume.
        long inner = ((Number) script("return window.innerWidth;")).longValue();
        if (inner != width) {
            driver().manage().window().setSize(new Dimension((int) (2L * width - inner), height));
        }
        waitUntil(d -> ((Number) script("return window.innerWidth;")).intValue() == width);
    }

    private WebDriver start() {
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(
                        binary("attestkursus.chromedriver", "chromedriver").toFile())
                .usingAnyFreePort()
                .build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(binary("attestkursus.chromium", "chromium", "chromium-browser", "google-chrome")
                .toFile());
        try {
            profileDir = Files.createTempDirectory("attestkursus-e2e-chromium");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--window-size=" + WIDTH + "," + HEIGHT,
                "--user-data-dir=" + profileDir.toAbsolutePath(),
                "--lang=" + language);
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", language));
        ChromeDriver chrome = new ChromeDriver(service, options);
        chrome.manage().timeouts().scriptTimeout(timeout);
        // Every page notes what its Content-Security-Policy blocked (issue 24); each test fails on any.
        chrome.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", CSP_WATCH));
        return chrome;
    }

    /** A binary from a system property, else the first of the names found on the PATH. */
    static Path binary(String property, String... names) {
        String configured = System.getProperty(property);
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            for (String name : names) {
                Path candidate = Path.of(dir, name);
                if (Files.isExecutable(candidate)) {
                    return candidate;
                }
            }
        }
        throw new IllegalStateException(
                "None of " + List.of(names) + " is on the PATH; install it or set -D" + property + "=/path/to/it");
    }

    private void saveEvidence(ExtensionContext context) {
        saveEvidence(
                SCREENSHOTS,
                context.getRequiredTestClass().getSimpleName() + "-"
                        + context.getRequiredTestMethod().getName() + "-" + context.getDisplayName());
    }

    /**
     * Saves a screenshot ({@code name.png}) and the page source ({@code name.html}) of what the browser
     * shows now into {@code dir}; does nothing if no browser is open. Never throws: evidence is a bonus.
     */
    public void saveEvidence(Path dir, String label) {
        if (driver == null) {
            return;
        }
        String name = label.replaceAll("[^A-Za-z0-9._-]+", "_");
        if (name.length() > 150) {
            name = name.substring(0, 150);
        }
        try {
            Files.createDirectories(dir);
            byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
            Files.write(dir.resolve(name + ".png"), png);
            Files.writeString(
                    dir.resolve(name + ".html"),
                    "<!-- " + driver.getCurrentUrl() + " -->\n" + driver.getPageSource(),
                    StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            System.err.println("Could not save the failure screenshot of " + name + ": " + e);
        }
    }

    /**
     * Forgets the session as a user closing the tab does: the cookies are dropped and the page left,
     * without logging out (the server keeps the session until it times out).
     */
    public void abandonSession() {
        if (driver == null) {
            return;
        }
        driver.get("about:blank");
        ((ChromeDriver) driver).executeCdpCommand("Network.clearBrowserCookies", Map.of());
    }

    private void quit() {
        if (driver != null) {
            try {
                driver.quit();
            } finally {
                driver = null;
                deleteProfile();
            }
        }
    }

    private void deleteProfile() {
        if (profileDir == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(profileDir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temp dir; the OS cleans it up eventually
        }
        profileDir = null;
    }
}
