package dk.attestkursus.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;

/**
 * A keyboard user: keys go to whatever has the focus (Selenium's {@link Actions}), never a click or a
 * {@code sendKeys} on a chosen element. Focus is followed through shadow roots, so a Vaadin field counts
 * as focused when its input is.
 */
final class Keyboard {

    /** More Tab presses than any page here needs to reach anything; a page that needs more has a defect. */
    static final int MAX_PRESSES = 120;

    /** The chain of focused elements, from the document's through each shadow root's. */
    private static final String FOCUS_CHAIN = """
            const chain = [];
            let a = document.activeElement;
            while (a) { chain.push(a); a = a.shadowRoot ? a.shadowRoot.activeElement : null; }
            """;

    private final Browser browser;

    Keyboard(Browser browser) {
        this.browser = browser;
    }

    /** Presses the keys in order (a text is typed key by key) and waits until Vaadin is idle. */
    Keyboard press(CharSequence... keys) {
        new Actions(browser.driver()).sendKeys(keys).perform();
        browser.waitForVaadin();
        return this;
    }

    Keyboard type(String text) {
        return press(text);
    }

    Keyboard tab() {
        return press(Keys.TAB);
    }

    Keyboard shiftTab() {
        return press(Keys.chord(Keys.SHIFT, Keys.TAB));
    }

    /** Presses Tab until the focus is in the element matching {@code css}; fails if it never gets there. */
    Keyboard tabTo(String css) {
        return moveTo(css, true);
    }

    /** Presses Shift+Tab until the focus is in the element matching {@code css}. */
    Keyboard shiftTabTo(String css) {
        return moveTo(css, false);
    }

    private Keyboard moveTo(String css, boolean forward) {
        for (int i = 0; i < MAX_PRESSES && !focusIn(css); i++) {
            if (forward) {
                tab();
            } else {
                shiftTab();
            }
        }
        assertThat(focusIn(css))
                .as(
                        "%s reaches %s within %d presses (focus is on %s)",
                        forward ? "Tab" : "Shift+Tab", css, MAX_PRESSES, focused())
                .isTrue();
        assertFocusVisible();
        return this;
    }

    /** Whether the focus is on or inside the (first) element matching {@code css}. */
    boolean focusIn(String css) {
        return Boolean.TRUE.equals(browser.script(FOCUS_CHAIN + """
                const target = document.querySelector(arguments[0]);
                return !!target && chain.some(el => el === target || target.contains(el));""", css));
    }

    /** The focused element, described for a failure message: tag, id and text. */
    String focused() {
        return browser.script(FOCUS_CHAIN + """
                const el = chain[chain.length - 1];
                if (!el) { return 'nothing'; }
                const host = el.closest('[id]');
                return el.tagName.toLowerCase() + (host ? ' in #' + host.id : '')
                    + ' "' + (el.textContent || el.value || '').trim().substring(0, 40) + '"';""");
    }

    /** The text of the focused element (for a radio button or list item: its label). */
    String focusedText() {
        return browser.script(FOCUS_CHAIN + """
                let el = chain[chain.length - 1];
                if (!el) { return ''; }
                const item = el.closest('vaadin-radio-button, vaadin-select-item, vaadin-item, vaadin-button, a');
                return ((item || el).textContent || '').trim();""");
    }

    /**
     * Fails unless the focused element shows that it has the focus: a Vaadin component's focus ring, or an
     * outline or shadow drawn for {@code :focus-visible} (WCAG 2.4.7).
     */
    void assertFocusVisible() {
        Boolean visible = browser.script(FOCUS_CHAIN + """
                const el = chain[chain.length - 1];
                if (!el || el === document.body) { return false; }
                if (chain.some(c => c.closest('[focus-ring]'))) { return true; }
                const cs = getComputedStyle(el);
                const outlined = cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) > 0;
                return el.matches(':focus-visible') && (outlined || cs.boxShadow !== 'none');""");
        assertThat(visible).as("a visible focus indicator on %s", focused()).isTrue();
    }
}
