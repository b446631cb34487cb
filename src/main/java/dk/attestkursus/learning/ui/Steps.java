package dk.attestkursus.learning.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.util.Optional;

/**
 * Rows of a list of steps (a module's lessons, the course's modules): a mark for done or not, the
 * step's link and a short meta text such as the reading time. The mark is a tick or an empty circle
 * with its meaning as text for screen readers, so the state never rests on colour alone.
 */
final class Steps {

    private Steps() {}

    /** One row: the mark, the step's link or heading, and the meta text (wraps under it on a phone). */
    static ListItem row(Component mark, Component step, Component... meta) {
        Div title = new Div(step);
        title.addClassNames("step-title", LumoUtility.Flex.GROW);
        ListItem item = new ListItem(mark, title);
        item.add(meta);
        item.addClassNames(
                "step",
                LumoUtility.Display.FLEX,
                LumoUtility.FlexWrap.WRAP,
                LumoUtility.AlignItems.CENTER,
                LumoUtility.Gap.Column.SMALL,
                LumoUtility.Padding.Vertical.SMALL);
        return item;
    }

    /**
     * The mark of a step: a tick when done, an empty circle when not, a plain bullet when the viewer
     * has no progress of their own (an instructor previewing).
     */
    static Span mark(Component page, Optional<Boolean> done, String doneKey, String notDoneKey) {
        Icon icon = done.map(d -> d ? VaadinIcon.CHECK_CIRCLE.create() : VaadinIcon.CIRCLE_THIN.create())
                .orElseGet(VaadinIcon.DOT_CIRCLE::create);
        icon.getElement().setAttribute("aria-hidden", "true");
        icon.addClassName("step-icon");
        Span mark = new Span(icon);
        mark.addClassNames("step-mark", LumoUtility.Display.FLEX);
        done.ifPresent(d -> {
            mark.addClassName(d ? "step-done" : "step-open");
            Span text = new Span(page.getTranslation(d ? doneKey : notDoneKey));
            text.addClassName(LumoUtility.Accessibility.SCREEN_READER_ONLY);
            mark.add(text);
        });
        return mark;
    }

    static Span meta(String text) {
        Span meta = new Span(text);
        meta.addClassNames("meta", "step-meta");
        return meta;
    }
}
