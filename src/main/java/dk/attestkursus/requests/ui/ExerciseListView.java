package dk.attestkursus.requests.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import dk.attestkursus.base.ui.MainLayout;
import dk.attestkursus.content.Course;
import dk.attestkursus.content.CourseContent;
import dk.attestkursus.content.Writing;
import dk.attestkursus.requests.ExerciseService;
import dk.attestkursus.requests.Exercises;
import dk.attestkursus.requests.RequestPaths;
import dk.attestkursus.requests.RequestStatus;
import dk.attestkursus.security.AppRoles;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * "Skriv anmodninger": every request the caseworker writes and where each stands: their own cases
 * (before and after the course) and the exercises with fictional cases.
 */
@Route(value = RequestPaths.EXERCISES, layout = MainLayout.class)
@RolesAllowed(AppRoles.PARTICIPANT)
@Menu(title = "nav.requests", order = 5, icon = "vaadin:edit")
class ExerciseListView extends Div implements HasDynamicTitle {

    ExerciseListView(CourseContent content, ExerciseService exercises) {
        addClassName("page");
        Course course = content.course();
        Map<String, RequestStatus> statuses = exercises.myStatuses();
        Paragraph intro = new Paragraph(getTranslation("requests.intro"));
        intro.addClassName("lead");
        intro.setId("requests-intro");
        add(new H1(getTranslation("requests.title")), intro);
        // The caseworker's own cases (before and after the course) first, then the fictional ones: every
        // exercise the start page counts is listed here, each with where it stands.
        add(section(
                "own-requests",
                "requests.own.title",
                "requests.own.intro",
                course,
                statuses,
                course.writing().exercises().stream()
                        .filter(Writing.Exercise::isOwnCase)
                        .toList()));
        add(section(
                "exercises",
                "requests.practice.title",
                "requests.practice.intro",
                course,
                statuses,
                course.writing().exercises().stream()
                        .filter(e -> !e.isOwnCase())
                        .toList()));
    }

    private Div section(
            String id,
            String titleKey,
            String introKey,
            Course course,
            Map<String, RequestStatus> statuses,
            List<Writing.Exercise> exercises) {
        Div section = new Div();
        section.addClassName("exercise-section");
        Div list = new Div();
        list.setId(id);
        list.addClassName("card-list");
        for (Writing.Exercise exercise : exercises) {
            list.add(card(course, exercise, statuses.getOrDefault(exercise.id(), RequestStatus.NOT_STARTED)));
        }
        Paragraph intro = new Paragraph(getTranslation(introKey));
        intro.addClassName("meta");
        section.add(new H2(getTranslation(titleKey)), intro, list);
        return section;
    }

    private Div card(Course course, Writing.Exercise exercise, RequestStatus status) {
        Div card = new Div();
        card.addClassNames("card", "exercise-card");
        card.getElement().setAttribute("data-exercise", exercise.id());
        card.getElement().setAttribute("data-status", status.name());
        String title = Exercises.title(course, exercise);
        Span badge = new Span(getTranslation("requests.status." + status.name().toLowerCase(Locale.ROOT)));
        badge.addClassNames("status", status == RequestStatus.RETURNED ? "badge-warning" : "badge-ok");
        badge.addClassName("exercise-status");
        Anchor open = new Anchor(
                RequestEditorView.path(exercise.id()),
                getTranslation(
                        status == RequestStatus.NOT_STARTED
                                ? "requests.start"
                                : status == RequestStatus.RETURNED ? "requests.seeFeedback" : "requests.continue"));
        open.addClassName("primary-link");
        open.setId("open-" + exercise.id());
        card.add(new H3(title), badge, new Paragraph(exercise.task()), open);
        return card;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("requests.title");
    }
}
