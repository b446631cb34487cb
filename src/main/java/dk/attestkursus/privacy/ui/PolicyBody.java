package dk.attestkursus.privacy.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import dk.attestkursus.base.AppI18NProvider;
import dk.attestkursus.base.Formats;
import dk.attestkursus.content.PolicyText;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A text of {@code content/privacy/} on a page: its dates, a note when the page is not in Danish, the text. */
final class PolicyBody {

    private PolicyBody() {}

    static List<Component> of(PolicyText text, Component on, Locale locale, AppI18NProvider i18n) {
        List<Component> parts = new ArrayList<>();
        Paragraph dates = new Paragraph(on.getTranslation(
                "policy.dates",
                Formats.localDate(text.prepared(), locale, i18n),
                Formats.localDate(text.updated(), locale, i18n)));
        dates.addClassName("meta");
        dates.setId("policy-dates");
        parts.add(dates);
        if (!AppI18NProvider.supported(locale).equals(AppI18NProvider.DANISH)) {
            Paragraph note = new Paragraph(on.getTranslation("policy.inDanish"));
            note.addClassName("meta");
            parts.add(note);
        }
        Div body = new Div();
        body.addClassNames("lesson-body", "policy-body");
        body.setId("policy-body");
        // The texts are written in Danish whatever the page's language (content/README.md).
        body.getElement().setAttribute("lang", "da");
        body.getElement().setProperty("innerHTML", text.html());
        parts.add(body);
        return parts;
    }
}
