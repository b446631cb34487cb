package dk.attestkursus.e2e;

import java.util.List;

/**
 * Whether a page reflows (WCAG 1.4.10, 1.4.4): nothing makes the window or the app layout's content area
 * scroll sideways. The content area is the layout's own scroller, so the document alone would hide an
 * overflow. A data table or grid that scrolls inside a region of its own is allowed (two-dimensional
 * content); what sticks out past the window anywhere else is named.
 */
final class Reflow {

    private Reflow() {}

    /** Sets the root font size, e.g. {@code 200} for text at 200 % (Lumo sizes its text and spaces in rem). */
    static void textSize(Browser browser, int percent) {
        browser.script("document.documentElement.style.fontSize = arguments[0] + '%';", percent);
        browser.waitForVaadin();
    }

    /**
     * What scrolls sideways on the page now: the scrollers that do and the outermost elements reaching
     * past the window's right edge; empty when the page reflows.
     */
    static List<String> overflow(Browser browser) {
        browser.waitForVaadin();
        return browser.script("""
                const out = [];
                const doc = document.documentElement;
                if (doc.scrollWidth > doc.clientWidth) {
                  out.push('document +' + (doc.scrollWidth - doc.clientWidth) + 'px');
                }
                const layout = document.querySelector('vaadin-app-layout');
                const area = layout && layout.shadowRoot && layout.shadowRoot.querySelector('[part~="content"]');
                if (area && area.scrollWidth > area.clientWidth) {
                  out.push('content area +' + (area.scrollWidth - area.clientWidth) + 'px');
                }
                if (out.length === 0) { return out; }
                // Past the window, or past the content area's visible width (a vertical scrollbar narrows it).
                const limit = Math.min(window.innerWidth,
                    area ? area.getBoundingClientRect().left + area.clientWidth : window.innerWidth) + 1;
                const allowed = el => el.closest('.table-scroll, vaadin-grid, [role=region][tabindex]');
                const name = el => el.tagName.toLowerCase() + (el.id ? '#' + el.id : '')
                    + (el.className && typeof el.className === 'string' ? '.' + el.className.trim().split(/\\s+/).join('.') : '')
                    + ' "' + (el.textContent || '').trim().substring(0, 30) + '"';
                const wide = [...document.querySelectorAll('body *')].filter(el => {
                  const r = el.getBoundingClientRect();
                  return r.width > 0 && r.right > limit && !allowed(el);
                });
                wide.filter(el => !wide.some(o => o !== el && o.contains(el)) || el.children.length === 0)
                    .slice(0, 8)
                    .forEach(el => out.push(name(el) + ' right=' + Math.round(el.getBoundingClientRect().right)));
                return out;""");
    }
}
