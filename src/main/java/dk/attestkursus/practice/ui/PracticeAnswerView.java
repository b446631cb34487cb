package dk.attestkursus.practice.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import dk.attestkursus.base.ui.PolicyLinks;
import dk.attestkursus.base.ui.StartPages;
import dk.attestkursus.practice.LinkAnswer;
import dk.attestkursus.practice.PracticePaths;
import dk.attestkursus.practice.PracticeService;
import java.util.Locale;

/**
 * A practice mail's answer link, opened without logging in: the answer is stored once and the experts'
 * reasoning shown; a used, expired or broken link says so and leads to the start page (after login).
 */
@Route(value = PracticePaths.ANSWER, autoLayout = false)
@AnonymousAllowed
class PracticeAnswerView extends Main implements HasDynamicTitle, BeforeEnterObserver {

    private final PracticeService practice;

    PracticeAnswerView(PracticeService practice) {
        this.practice = practice;
        addClassName("message-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        QueryParameters query = event.getLocation().getQueryParameters();
        LinkAnswer answer = practice.answerByLink(
                query.getSingleParameter("token").orElse(null),
                query.getSingleParameter("svar").orElse(null));
        Div card = new Div();
        card.addClassNames("message-card", "practice-page");
        card.setId("practice-answer");
        String state = answer.state().name().toLowerCase(Locale.ROOT);
        card.getElement().setAttribute("data-state", state);
        if (answer.feedback() != null) {
            card.add(new H1(getTranslation("practice.answer.title")));
            card.add(FeedbackPanel.of(card, answer.feedback(), true));
            card.add(new Paragraph(getTranslation("practice.answer.more")));
        } else {
            card.add(new H1(getTranslation("practice.link." + state + ".title")));
            Paragraph why = new Paragraph(getTranslation("practice.link." + state + ".text"));
            why.setId("practice-link-state");
            card.add(why);
        }
        Anchor home = new Anchor(StartPages.PARTICIPANT, getTranslation("practice.answer.home"));
        home.setId("practice-home");
        home.addClassName("primary-link");
        card.add(new Paragraph(home));
        add(card, PolicyLinks.footer());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("practice.answer.title");
    }
}
