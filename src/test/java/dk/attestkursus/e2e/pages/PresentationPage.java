package dk.attestkursus.e2e.pages;

import dk.attestkursus.e2e.Browser;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.StaleElementReferenceException;

/** The projector's view of a run's session: one 16:9 slide, or the live poll while one is open. */
public final class PresentationPage extends Page {

    public PresentationPage(Browser browser) {
        super(browser);
        browser.find(By.id("slide"));
    }

    public static PresentationPage open(Browser browser, long runId) {
        browser.open("underviser/session/" + runId + "/praesentation");
        return new PresentationPage(browser);
    }

    /** Sets the window so that the page's viewport is exactly {@code width} x {@code height} CSS pixels. */
    public PresentationPage viewport(int width, int height) {
        browser.setViewportWidth(width, height);
        Number inner = browser.script("return window.innerHeight;");
        browser.driver().manage().window().setSize(new Dimension(width, 2 * height - inner.intValue()));
        browser.waitUntil(d -> ((Number) browser.script("return window.innerHeight;")).intValue() == height);
        browser.waitForVaadin();
        return this;
    }

    /** Waits (without reloading) until the slide with this title is shown. */
    public PresentationPage waitForSlide(String title) {
        browser.waitUntil(d -> {
            try {
                return browser.isPresent(By.cssSelector(".slide-stage:not([hidden]) #slide-title"))
                        && title.equals(textOf(By.id("slide-title")));
            } catch (StaleElementReferenceException e) {
                return false; // redrawn by a push right now
            }
        });
        return this;
    }

    public String slideTitle() {
        return textOf(By.id("slide-title"));
    }

    /** Waits (without reloading) until a live poll's question is on the projector, and returns it. */
    public String pollStatement() {
        return browser.findVisible(By.cssSelector(".live-panel-projector #live-statement"))
                .getText();
    }

    /** Waits until the answer is revealed on the projector; returns the verdict. */
    public String verdict() {
        return browser.findVisible(By.cssSelector(".live-panel-projector #myth-verdict"))
                .getText();
    }

    public boolean showsVotes() {
        return browser.isPresent(By.cssSelector(".live-panel-projector #live-counts-total"));
    }

    public String text(String id) {
        return textOf(By.cssSelector(".slide-frame #" + id));
    }

    /**
     * Sizes in CSS pixels: the slide's frame ({@code width}, {@code height}), the font size of its
     * title and, if the slide has one, of its figure; the height of the stage (the slide's content
     * box, which fills the frame); how far the source line ends above the frame's foot ({@code -1}
     * without one); and whether the stage's content is taller or wider than the frame
     * ({@code overflow} 1), i.e. clipped.
     */
    public Map<String, Number> measure() {
        browser.waitForVaadin();
        return browser.script("""
                const frame = document.getElementById('slide');
                const stage = frame.querySelector('.slide-stage:not([hidden])') || frame.querySelector('.live-panel');
                const r = frame.getBoundingClientRect();
                const size = sel => { const e = frame.querySelector(sel);
                    return e ? parseFloat(getComputedStyle(e).fontSize) : 0; };
                const source = frame.querySelector('.slide-source');
                return {width: r.width, height: r.height, title: size('h1'), figure: size('.slide-figure'),
                    body: size('.slide-body'), stage: stage.getBoundingClientRect().height,
                    sourceBottom: source ? r.bottom - source.getBoundingClientRect().bottom : -1,
                    overflow: stage.scrollHeight > stage.clientHeight + 1 || stage.scrollWidth > stage.clientWidth + 1
                        ? 1 : 0};""");
    }
}
