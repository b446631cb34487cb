package dk.attestkursus.practice.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import dk.attestkursus.base.ui.PolicyLinks;
import dk.attestkursus.base.ui.StartPages;
import dk.attestkursus.practice.PracticePaths;
import dk.attestkursus.practice.PracticeService;
import org.jspecify.annotations.Nullable;

/**
 * A practice mail's unsubscribe link, opened without logging in: one button turns the practice mails off
 * (a link checker that opens the page changes nothing). The course's other mails keep coming.
 */
@Route(value = PracticePaths.UNSUBSCRIBE, autoLayout = false)
@AnonymousAllowed
class PracticeUnsubscribeView extends Main implements HasDynamicTitle, BeforeEnterObserver {

    private final PracticeService practice;

    PracticeUnsubscribeView(PracticeService practice) {
        this.practice = practice;
        addClassName("message-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        @Nullable
        String token = event.getLocation()
                .getQueryParameters()
                .getSingleParameter("token")
                .orElse(null);
        Div card = new Div();
        card.addClassNames("message-card", "practice-page");
        card.setId("practice-unsubscribe");
        card.add(new H1(getTranslation("practice.unsubscribe.title")));
        Paragraph text = new Paragraph(getTranslation("practice.unsubscribe.text"));
        text.setId("practice-unsubscribe-text");
        Button confirm = new Button(getTranslation("practice.unsubscribe.confirm"));
        confirm.setId("practice-unsubscribe-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.addClickListener(e -> {
            boolean done = practice.unsubscribe(token);
            text.setText(getTranslation(done ? "practice.unsubscribe.done" : "practice.link.unknown.text"));
            text.getElement().setAttribute("role", "status");
            text.getElement().setAttribute("data-state", done ? "done" : "unknown");
            confirm.setVisible(false);
        });
        Anchor home = new Anchor(StartPages.PARTICIPANT, getTranslation("practice.answer.home"));
        home.setId("practice-home");
        card.add(text, confirm, new Paragraph(home));
        add(card, PolicyLinks.footer());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("practice.unsubscribe.title");
    }
}
