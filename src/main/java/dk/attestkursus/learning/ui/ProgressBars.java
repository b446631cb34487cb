package dk.attestkursus.learning.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;

/** A labelled progress bar with its percentage also as text (not by the bar's colour alone). */
final class ProgressBars {

    private ProgressBars() {}

    static Div of(String id, String label, int percent) {
        ProgressBar bar = new ProgressBar(0, 100, percent);
        bar.getElement().setAttribute("aria-label", label);
        bar.getElement().setAttribute("aria-valuetext", percent + " %");
        Span text = new Span(label);
        text.addClassName("progress-label");
        Div box = new Div(text, bar);
        box.setId(id);
        box.addClassName("progress");
        box.getElement().setAttribute("data-percent", String.valueOf(percent));
        return box;
    }
}
