package dk.attestkursus.practice.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import dk.attestkursus.base.ui.Cards;
import dk.attestkursus.base.ui.StartPageCard;
import dk.attestkursus.kernel.CoursePhase;
import dk.attestkursus.practice.PracticeFeedback;
import dk.attestkursus.practice.PracticeOverview;
import dk.attestkursus.practice.PracticeQuestion;
import dk.attestkursus.practice.PracticeRefusedException;
import dk.attestkursus.practice.PracticeService;
import dk.attestkursus.security.Role;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.core.annotation.Order;

/**
 * "Øvelse efter kurset" on the caseworker's start page after the session: the question waiting for them,
 * answered right there with the experts' reasoning after it; otherwise how their practice has gone (asked,
 * answered, right, streak). The practice mails can be turned off and on again here.
 */
@org.springframework.stereotype.Component
@Order(50)
class PracticeCards implements StartPageCard {

    private final PracticeService practice;

    PracticeCards(PracticeService practice) {
        this.practice = practice;
    }

    /** Only the caseworker's page, which asks by phase. */
    @Override
    public Optional<Component> card(Role role) {
        return Optional.empty();
    }

    @Override
    public List<Ranked> cards(CoursePhase phase) {
        if (!phase.afterSession()) {
            return List.of();
        }
        PracticeOverview overview = practice.mine();
        if (overview.empty()) {
            return List.of();
        }
        UI ui = UI.getCurrent();
        Div body = new Div();
        Div card = Cards.card(ui.getTranslation("practice.card.title"), body);
        card.setId("practice-card");
        card.addClassName(overview.pending() != null ? "todo" : "look-back");
        if (overview.pending() != null) {
            question(ui, body, overview.pending());
        } else {
            summary(ui, body, overview, null);
        }
        return List.of(overview.pending() != null ? Ranked.todo(card) : Ranked.later(card));
    }

    private void question(UI ui, Div body, PracticeQuestion question) {
        body.removeAll();
        Paragraph intro = new Paragraph(ui.getTranslation("practice.card.intro"));
        Paragraph text = new Paragraph(question.question());
        text.addClassName("practice-question");
        text.setId("practice-question");
        Div choices = new Div();
        choices.addClassName("practice-choices");
        choices.getElement().setAttribute("role", "group");
        choices.getElement().setAttribute("aria-labelledby", "practice-question");
        for (PracticeQuestion.Choice choice : question.choices()) {
            Button button = new Button(choice.text());
            button.addClassName("practice-choice");
            button.getElement().setAttribute("data-answer", choice.key());
            button.addClickListener(e -> answer(ui, body, question, choice.key()));
            choices.add(button);
        }
        body.add(intro, text, choices);
    }

    private void answer(UI ui, Div body, PracticeQuestion question, String key) {
        try {
            PracticeFeedback feedback = practice.answerMine(question.promptId(), key);
            summary(ui, body, practice.mine(), feedback);
        } catch (PracticeRefusedException refused) {
            Notification n =
                    Notification.show(ui.getTranslation(refused.messageKey()), 6000, Notification.Position.MIDDLE);
            n.addThemeVariants(NotificationVariant.LUMO_ERROR);
            summary(ui, body, practice.mine(), null);
        }
    }

    private void summary(UI ui, Div body, PracticeOverview overview, @Nullable PracticeFeedback justAnswered) {
        body.removeAll();
        if (justAnswered != null) {
            body.add(FeedbackPanel.of(body, justAnswered, false));
        }
        Paragraph counts = new Paragraph(
                ui.getTranslation("practice.card.counts", overview.answered(), overview.asked(), overview.right()));
        counts.setId("practice-counts");
        body.add(counts);
        if (overview.streak() > 1) {
            Paragraph streak = new Paragraph(ui.getTranslation("practice.card.streak", overview.streak()));
            streak.setId("practice-streak");
            body.add(streak);
        }
        if (overview.pending() == null && justAnswered == null) {
            body.add(Cards.emptyState(ui.getTranslation("practice.card.nothingWaiting")));
        }
        Checkbox mails = new Checkbox(ui.getTranslation("practice.card.mails"), !overview.mailsOff());
        mails.setId("practice-mails");
        mails.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                practice.mails(e.getValue());
                Notification.show(
                        ui.getTranslation(e.getValue() ? "practice.card.mailsOn" : "practice.card.mailsOff"),
                        4000,
                        Notification.Position.BOTTOM_START);
            }
        });
        body.add(mails);
    }
}
