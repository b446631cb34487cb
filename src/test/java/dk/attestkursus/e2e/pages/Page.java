package dk.attestkursus.e2e.pages;

import dk.attestkursus.e2e.Browser;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/** What every page object has: the browser, the page's path, its title and its main heading. */
public abstract class Page {

    protected final Browser browser;

    protected Page(Browser browser) {
        this.browser = browser;
    }

    public Browser browser() {
        return browser;
    }

    /** The path the browser shows, e.g. {@code /kursus}. */
    public String path() {
        return browser.path();
    }

    /** The document title (the browser tab's text). */
    public String title() {
        browser.waitForVaadin();
        return browser.driver().getTitle();
    }

    /** The text of the page's first level-1 heading. */
    public String heading() {
        return browser.findVisible(By.tagName("h1")).getText();
    }

    /** Whether the main heading is inside the window (e.g. a new page starts at its top). */
    public boolean headingOnScreen() {
        return Boolean.TRUE.equals(browser.script("""
                const r = arguments[0].getBoundingClientRect();
                return r.height > 0 && r.top >= 0 && r.bottom <= window.innerHeight;
                """, browser.find(By.tagName("h1"))));
    }

    /** The language the page declares on {@code <html lang>}. */
    public String documentLanguage() {
        return browser.find(By.tagName("html")).getDomAttribute("lang");
    }

    /**
     * Whether the page can be scrolled sideways (wider than the window): the document, or the app layout's
     * content area, which scrolls by itself (the document alone never showed an overflow inside it).
     */
    public boolean scrollsHorizontally() {
        browser.waitForVaadin();
        Number overflow = browser.script("""
                const doc = document.documentElement;
                const layout = document.querySelector('vaadin-app-layout');
                const area = layout && layout.shadowRoot && layout.shadowRoot.querySelector('[part~="content"]');
                return Math.max(doc.scrollWidth - doc.clientWidth, area ? area.scrollWidth - area.clientWidth : 0);""");
        return overflow.intValue() > 0;
    }

    /**
     * An element's text content, whether or not it is scrolled into view (Selenium's getText()
     * returns "" for an element it considers hidden, e.g. scrolled out of the layout's content area).
     */
    protected String textOf(By by) {
        String text = browser.find(by).getDomProperty("textContent");
        return text == null ? "" : text.strip();
    }

    protected static List<String> texts(List<WebElement> elements) {
        return elements.stream().map(WebElement::getText).map(String::strip).toList();
    }

    /** Follows a download link as the browser would (same session, cookies) and returns the file's bytes. */
    protected byte[] download(By link) {
        String href = browser.find(link).getDomAttribute("href");
        Object base64 = ((JavascriptExecutor) browser.driver()).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(arguments[0], {credentials: 'same-origin'})
                  .then(r => r.arrayBuffer())
                  .then(b => {
                    let s = '';
                    new Uint8Array(b).forEach(x => s += String.fromCharCode(x));
                    done(btoa(s));
                  })
                  .catch(e => done('ERROR ' + e));""", href);
        return Base64.getDecoder().decode(String.valueOf(base64));
    }

    /** Types into a Vaadin text field (by the field's id), replacing what it held, and leaves it. */
    protected void typeInto(String fieldId, String value) {
        WebElement input = browser.find(By.cssSelector("#" + fieldId + " input, #" + fieldId + " textarea"));
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
        input.sendKeys(value, Keys.TAB);
        browser.waitForVaadin();
    }

    /** Clicks a link or button that navigates inside the app, and waits until the path is another. */
    protected void clickAndWaitForPathChange(By by) {
        String before = browser.path();
        browser.click(by);
        browser.waitUntil(d -> !browser.path().equals(before));
        browser.waitForVaadin();
    }

    /** Chooses a file in a Vaadin upload, as a user picks it in the file dialog. */
    protected void chooseFile(By upload, Path file) {
        WebElement input = browser.script("""
                const u = arguments[0];
                return u.querySelector('input[type=file]') || (u.shadowRoot && u.shadowRoot.querySelector('input[type=file]'));
                """, browser.find(upload));
        input.sendKeys(file.toAbsolutePath().toString());
    }

    /**
     * What does not fit inside the element matching {@code containerCss}: descendants (and their
     * components' shadow parts) that reach past its right edge, and text cut off with an ellipsis or
     * a hidden overflow. Empty when everything can be read.
     */
    public List<String> clippedIn(String containerCss) {
        browser.waitForVaadin();
        List<String> found = browser.script("""
                const root = document.querySelector(arguments[0]);
                if (!root) { return ['no element ' + arguments[0]]; }
                const limit = root.getBoundingClientRect().right + 1;
                const out = [];
                const name = el => el.tagName.toLowerCase() + (el.id ? '#' + el.id : '')
                    + (el.getAttribute && el.getAttribute('part') ? '[part=' + el.getAttribute('part') + ']' : '')
                    + ' "' + (el.textContent || '').trim().substring(0, 40) + '"';
                const check = (el, where) => {
                  const r = el.getBoundingClientRect();
                  if (r.width > 0 && r.right > limit) { out.push(where + name(el) + ' +' + Math.round(r.right - limit) + 'px'); }
                  const cs = getComputedStyle(el);
                  if (el.clientWidth > 0 && el.scrollWidth > el.clientWidth + 1 && cs.textOverflow === 'ellipsis') {
                    out.push(where + name(el) + ' cut off');
                  }
                };
                root.querySelectorAll('*').forEach(el => {
                  check(el, '');
                  if (el.shadowRoot) { el.shadowRoot.querySelectorAll('[part]').forEach(p => check(p, el.tagName.toLowerCase() + '::')); }
                });
                return out;""", containerCss);
        return found;
    }
}
