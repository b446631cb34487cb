package dk.attestkursus.requests.ui;

import dk.attestkursus.requests.Exercises;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
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
import dk.attestkursus.requests.RequestStatus;
import dk.attestkursus.security.AppRoles;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;

/** "Skriv anmodninger": the request-writing exercises and where each stands, feedback first. */
@Route(value = ExerciseListView.PATH, layout = MainLayout.class)
@RolesAllowed(AppRoles.PARTICIPANT)
@Menu(title = "nav.requests", order = 5, icon = "vaadin:edit")
class ExerciseListView extends Div implements HasDynamicTitle {

    static final String PATH = dk.attestkursus.requests.RequestPaths.EXERCISES;

    ExerciseListView(CourseContent content, ExerciseService exercises) {
        addClassName("page");
        Course course = content.course();
        Map<String, RequestStatus> statuses = exercises.myStatuses();
        Paragraph intro = new Paragraph(getTranslation("requests.intro"));
        intro.addClassName("lead");
        intro.setId("requests-intro");
        add(new H1(getTranslation("requests.title")), intro);
        Div list = new Div();
        list.setId("exercises");
        list.addClassName("card-list");
        // Own-case requests are preparation and follow-up tasks: the course's to-do list links them.
        for (Writing.Exercise exercise : course.writing().exercises().stream().filter(e -> !e.isOwnCase()).toList()) {
            RequestStatus status = statuses.getOrDefault(exercise.id(), RequestStatus.NOT_STARTED);
            Div card = new Div();
            card.addClassNames("card", "exercise-card");
            card.getElement().setAttribute("data-exercise", exercise.id());
            String title = Exercises.title(course, exercise);
            Span badge = new Span(getTranslation("requests.status." + status.name().toLowerCase(java.util.Locale.ROOT)));
            badge.addClassNames("status", status == RequestStatus.RETURNED ? "badge-warning" : "badge-ok");
            badge.addClassName("exercise-status");
            Anchor open = new Anchor(RequestEditorView.path(exercise.id()), getTranslation(
                    status == RequestStatus.NOT_STARTED ? "requests.start" : status == RequestStatus.RETURNED
                            ? "requests.seeFeedback" : "requests.continue"));
            open.addClassName("primary-link");
            open.setId("open-" + exercise.id());
            card.add(new H2(title), badge, new Paragraph(exercise.task()), open);
            list.add(card);
        }
        add(list);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("requests.title");
    }
}
