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
import dk.attestkursus.security.Role;
import dk.attestkursus.session.SessionPaths;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The session on the start pages: instructors see their next session with the facilitator view
 * and the programme; caseworkers, from 30 minutes before the start, a link to follow along.
 */
@org.springframework.stereotype.Component
class SessionCards implements StartPageCard {

    static final Duration FOLLOW_BEFORE_START = Duration.ofMinutes(30);

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
                        .map(run -> instructor(ui, run));
            case PARTICIPANT ->
                runs.myNextRun()
                        .filter(r -> !now.isBefore(r.startsAt().minus(FOLLOW_BEFORE_START)) && now.isBefore(r.endsAt()))
                        .map(run -> participant(ui));
            default -> Optional.empty();
        };
    }

    private Div instructor(UI ui, CourseRunSummary run) {
        Anchor open = new Anchor(SessionPaths.facilitator(run.id()), ui.getTranslation("session.open"));
        open.setId("facilitator-todo");
        open.addClassName("primary-link");
        Anchor programme = new Anchor(SessionPaths.programme(run.id()), ui.getTranslation("session.programme"));
        programme.addClassName("secondary-link");
        Div card = Cards.card(
                ui.getTranslation("session.card.title"),
                new Paragraph(run.name() + " – " + Formats.dateTime(run.startsAt(), ui.getLocale(), i18n)),
                open,
                programme);
        card.setId("session-todo");
        card.addClassName("todo");
        return card;
    }

    private Div participant(UI ui) {
        Anchor follow = new Anchor(SessionPaths.FOLLOW, ui.getTranslation("follow.open"));
        follow.setId("follow-todo");
        follow.addClassName("primary-link");
        Div card = Cards.card(ui.getTranslation("live.title"), new Paragraph(ui.getTranslation("follow.card")), follow);
        card.addClassName("todo");
        return card;
    }
}
