package dk.attestkursus.requests.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import dk.attestkursus.base.ui.Cards;
import dk.attestkursus.base.ui.SimpleTable;
import dk.attestkursus.base.ui.StartPageCard;
import dk.attestkursus.courserun.CourseRunService;
import dk.attestkursus.kernel.CoursePhase;
import dk.attestkursus.requests.ExerciseService;
import dk.attestkursus.requests.OwnCaseScore;
import dk.attestkursus.requests.RequestPaths;
import dk.attestkursus.requests.RequestProgressService;
import dk.attestkursus.requests.RequestStatus;
import dk.attestkursus.requests.ReviewService;
import dk.attestkursus.security.Role;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
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
    private final RequestProgressService progress;

    RequestCards(
            ExerciseService exercises, ReviewService reviews, CourseRunService runs, RequestProgressService progress) {
        this.exercises = exercises;
        this.reviews = reviews;
        this.runs = runs;
        this.progress = progress;
    }

    @Override
    public Optional<com.vaadin.flow.component.Component> card(Role role) {
        return role == Role.INSTRUCTOR ? Optional.of(instructor()) : Optional.empty();
    }

    /** The caseworker's exercises: a to-do in every phase but the live session, where they wait. */
    @Override
    public List<Ranked> cards(CoursePhase phase) {
        Div card = caseworker();
        Ranked exercisesCard = phase == CoursePhase.SESSION_LIVE ? Ranked.later(card) : Ranked.todo(card);
        if (!phase.afterSession()) {
            return List.of(exercisesCard);
        }
        List<OwnCaseScore> own = progress.myOwnCaseScores();
        return own.isEmpty() ? List.of(exercisesCard) : List.of(exercisesCard, Ranked.later(beforeAndAfter(own)));
    }

    /** The caseworker's own picture after the course (issue 27): their own request's scores before and after. */
    private static Div beforeAndAfter(List<OwnCaseScore> scores) {
        UI ui = UI.getCurrent();
        SimpleTable table = new SimpleTable(
                ui.getTranslation("requests.own.caption"),
                List.of(
                        SimpleTable.Column.text(ui.getTranslation("requests.own.criterion")),
                        SimpleTable.Column.number(ui.getTranslation("requests.own.before")),
                        SimpleTable.Column.number(ui.getTranslation("requests.own.after"))));
        for (OwnCaseScore s : scores) {
            table.addRow(List.of(s.title(), score(ui, s.before()), score(ui, s.after())));
        }
        boolean afterScored = scores.stream().anyMatch(s -> s.after() != null);
        Paragraph intro = new Paragraph(ui.getTranslation(afterScored ? "requests.own.intro" : "requests.own.waiting"));
        Div card = Cards.card(ui.getTranslation("requests.own.title"), intro, table);
        card.setId("own-request-card");
        card.addClassName("look-back");
        return card;
    }

    private static String score(UI ui, @Nullable Integer value) {
        return value == null ? ui.getTranslation("requests.own.none") : value + " / 2";
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
