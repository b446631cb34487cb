package dk.attestkursus.requests.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import dk.attestkursus.base.ui.Cards;
import dk.attestkursus.base.ui.StartPageCard;
import dk.attestkursus.courserun.CourseRunService;
import dk.attestkursus.kernel.CoursePhase;
import dk.attestkursus.requests.ExerciseService;
import dk.attestkursus.requests.RequestPaths;
import dk.attestkursus.requests.RequestStatus;
import dk.attestkursus.requests.ReviewService;
import dk.attestkursus.security.Role;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.core.annotation.Order;

/**
 * The request exercises on the start pages: for caseworkers how far they are and whether feedback
 * has come (the in-app notice of returned feedback), the practice after the more pressing steps; for
 * instructors how many requests wait.
 */
@org.springframework.stereotype.Component
@Order(50)
class RequestCards implements StartPageCard {

    private final ExerciseService exercises;
    private final ReviewService reviews;
    private final CourseRunService runs;

    RequestCards(ExerciseService exercises, ReviewService reviews, CourseRunService runs) {
        this.exercises = exercises;
        this.reviews = reviews;
        this.runs = runs;
    }

    @Override
    public Optional<com.vaadin.flow.component.Component> card(Role role) {
        return role == Role.INSTRUCTOR ? Optional.of(instructor()) : Optional.empty();
    }

    /** The caseworker's exercises: a to-do in every phase but the live session, where they wait. */
    @Override
    public List<Ranked> cards(CoursePhase phase) {
        Div card = caseworker();
        return List.of(phase == CoursePhase.SESSION_LIVE ? Ranked.later(card) : Ranked.todo(card));
    }

    private Div caseworker() {
        Collection<RequestStatus> statuses = exercises.myStatuses().values();
        long sent = statuses.stream()
                .filter(s -> s != RequestStatus.NOT_STARTED && s != RequestStatus.DRAFT)
                .count();
        long feedback =
                statuses.stream().filter(s -> s == RequestStatus.RETURNED).count();
        UI ui = UI.getCurrent();
        Paragraph status = new Paragraph(ui.getTranslation("requests.home.status", sent, statuses.size()));
        Div card = Cards.card(ui.getTranslation("requests.title"), status);
        if (feedback > 0) {
            Paragraph ready = new Paragraph(ui.getTranslation("requests.home.feedback", feedback));
            ready.setId("requests-feedback-ready");
            ready.addClassNames("status", "badge-warning");
            card.add(ready);
        }
        Anchor open = new Anchor(RequestPaths.EXERCISES, ui.getTranslation("requests.home.open"));
        open.addClassName("primary-link");
        open.setId("requests-todo");
        card.add(open);
        card.setId("requests-card");
        card.addClassName("todo");
        return card;
    }

    private Div instructor() {
        int waiting = runs.myRunsAsInstructor().stream()
                .mapToInt(run -> reviews.waiting(run.id()))
                .sum();
        UI ui = UI.getCurrent();
        Paragraph count = new Paragraph(ui.getTranslation("reviews.waiting", waiting));
        count.setId("reviews-waiting-home");
        Anchor open = new Anchor(RequestPaths.REVIEWS, ui.getTranslation("reviews.home.open"));
        open.addClassName("primary-link");
        Div card = Cards.card(ui.getTranslation("reviews.title"), count, open);
        card.addClassName("todo");
        return card;
    }
}
