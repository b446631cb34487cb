package dk.attestkursus.learning.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import dk.attestkursus.base.ui.MainLayout;
import dk.attestkursus.content.Course;
import dk.attestkursus.content.CourseContent;
import com.vaadin.flow.spring.security.AuthenticationContext;
import dk.attestkursus.learning.CourseProgress;
import dk.attestkursus.learning.LearningService;
import dk.attestkursus.learning.ModuleProgress;
import dk.attestkursus.content.Module;
import dk.attestkursus.security.AppRoles;
import jakarta.annotation.security.RolesAllowed;

/** A module: its objective, summary and lessons in order. */
@Route(value = "kursus/modul/:module", layout = MainLayout.class)
@RolesAllowed({AppRoles.PARTICIPANT, AppRoles.INSTRUCTOR, AppRoles.ADMIN})
class ModuleView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final CourseContent content;
    private final LearningService learning;
    private final AuthenticationContext auth;
    private String title = "";

    ModuleView(CourseContent content, LearningService learning, AuthenticationContext auth) {
        this.content = content;
        this.learning = learning;
        this.auth = auth;
        addClassName("page");
    }

    static String path(String moduleKey) {
        return dk.attestkursus.learning.LearningPaths.module(moduleKey);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Course course = content.course();
        String key = event.getRouteParameters().get("module").orElse("");
        Module module = course.module(key).orElseThrow(NotFoundException::new);
        title = module.title();
        removeAll();
        add(new Anchor(CourseHomeView.class.getAnnotation(Route.class).value(), getTranslation("module.back")));
        add(new H1(module.title()));
        course.objective(module.objectiveKey()).ifPresent(o -> {
            Paragraph objective = new Paragraph(getTranslation("module.objective", o.text()));
            objective.addClassName("lead");
            add(objective);
        });
        add(new Paragraph(module.summary()));
        boolean participant = auth.hasRole(AppRoles.PARTICIPANT);
        CourseProgress progress = participant ? learning.myProgress() : null;
        if (progress != null) {
            int percent = progress.module(module.key()).map(ModuleProgress::percent).orElse(0);
            add(ProgressBars.of("module-progress", getTranslation("course.home.moduleProgress", percent), percent));
        }
        OrderedList lessons = new OrderedList();
        lessons.setId("lessons");
        lessons.addClassName("lesson-list");
        module.lessons().forEach(lesson -> {
            Span minutes = new Span(getTranslation("module.minutes", lesson.minutes()));
            minutes.addClassName("meta");
            ListItem item = new ListItem(new Anchor(LessonView.path(module.key(), lesson.slug()), lesson.title()),
                    new Span(" "), minutes);
            if (progress != null && progress.isRead(lesson)) {
                Span read = new Span(getTranslation("module.read"));
                read.addClassNames("status", "badge-ok");
                item.add(new Span(" "), read);
                item.getElement().setAttribute("data-read", "true");
            }
            lessons.add(item);
        });
        add(lessons);
        if (!module.quiz().isEmpty()) {
            Anchor quiz = new Anchor(QuizView.path(module.key()),
                    getTranslation("module.quiz", module.quiz().size()));
            quiz.setId("quiz-link");
            quiz.addClassName("primary-link");
            add(quiz);
        }
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
