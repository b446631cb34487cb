package dk.attestkursus.session.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import dk.attestkursus.base.AppI18NProvider;
import dk.attestkursus.base.Formats;
import dk.attestkursus.base.ui.Cards;
import dk.attestkursus.base.ui.StartPageCard;
import dk.attestkursus.courserun.CourseRunService;
import dk.attestkursus.courserun.CourseRunSummary;
import dk.attestkursus.kernel.CoursePhase;
import dk.attestkursus.security.Role;
import dk.attestkursus.session.SessionPaths;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.core.annotation.Order;

/**
 * The session on the instructors' start page: their next session (or the one running now) with the
 * facilitator view and the programme. Caseworkers find the way to follow along on their session card
 * ({@link FollowLink}), which the start page puts first on the session's day.
 */
@org.springframework.stereotype.Component
@Order(20)
class SessionCards implements StartPageCard {

    private final CourseRunService runs;
    private final AppI18NProvider i18n;
    private final Clock clock;

    SessionCards(CourseRunService runs, AppI18NProvider i18n, Clock clock) {
        this.runs = runs;
        this.i18n = i18n;
        this.clock = clock;
    }

    @Override
    public Optional<com.vaadin.flow.component.Component> card(Role role) {
        Instant now = clock.instant();
        UI ui = UI.getCurrent();
        return switch (role) {
            case INSTRUCTOR ->
                runs.myRunsAsInstructor().stream()
                        .filter(r -> r.endsAt().isAfter(now))
                        .findFirst()
                        .map(run -> instructor(ui, run, now));
            default -> Optional.empty();
        };
    }

    /** Nothing of its own for caseworkers: their session card carries the way to follow along. */
    @Override
    public List<Ranked> cards(CoursePhase phase) {
        return List.of();
    }

    private Div instructor(UI ui, CourseRunSummary run, Instant now) {
        Anchor open = new Anchor(SessionPaths.facilitator(run.id()), ui.getTranslation("session.open"));
        open.setId("facilitator-todo");
        open.addClassName("primary-link");
        Anchor programme = new Anchor(SessionPaths.programme(run.id()), ui.getTranslation("session.programme"));
        programme.addClassName("secondary-link");
        Div card = Cards.card(
                ui.getTranslation(now.isBefore(run.startsAt()) ? "session.card.title" : "session.card.running"),
                new Paragraph(run.name() + " – " + Formats.dateTime(run.startsAt(), ui.getLocale(), i18n)),
                open,
                programme);
        card.setId("session-todo");
        card.addClassName("todo");
        return card;
    }
}
