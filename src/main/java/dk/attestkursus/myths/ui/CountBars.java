package dk.attestkursus.myths.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import dk.attestkursus.myths.MythAnswer;
import dk.attestkursus.myths.PollCounts;

/**
 * Votes per answer as bars with the number and share written out: the numbers are the data, the
 * bars only show it. Bars are hidden from screen readers, the text is not.
 */
final class CountBars {

    private CountBars() {
    }

    static Div of(Component host, String idPrefix, PollCounts counts) {
        Div bars = new Div();
        bars.addClassName("count-bars");
        bars.setId(idPrefix);
        for (MythAnswer answer : MythAnswer.values()) {
            Div row = new Div();
            row.addClassName("count-row");
            Span label = new Span(host.getTranslation("myths.answer." + MythReveal.key(answer)));
            label.addClassName("count-label");
            Span value = new Span(host.getTranslation("myths.count", counts.count(answer), counts.percent(answer)));
            value.addClassName("count-value");
            value.setId(idPrefix + "-" + MythReveal.key(answer));
            Div track = new Div();
            track.addClassName("count-track");
            track.getElement().setAttribute("aria-hidden", "true");
            Div fill = new Div();
            fill.addClassName("count-fill");
            fill.getStyle().set("width", counts.percent(answer) + "%");
            track.add(fill);
            row.add(label, value, track);
            bars.add(row);
        }
        Span total = new Span(host.getTranslation("myths.total", counts.total()));
        total.addClassName("count-total");
        total.setId(idPrefix + "-total");
        bars.add(total);
        return bars;
    }
}
