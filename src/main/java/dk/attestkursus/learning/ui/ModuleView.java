package dk.attestkursus.learning.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import com.vaadin.flow.theme.lumo.LumoUtility;
import dk.attestkursus.base.ui.MainLayout;
import dk.attestkursus.content.Course;
import dk.attestkursus.content.CourseContent;
import dk.attestkursus.content.Lesson;
import dk.attestkursus.content.Module;
import dk.attestkursus.learning.CourseProgress;
import dk.attestkursus.learning.LearningPaths;
import dk.attestkursus.learning.LearningService;
import dk.attestkursus.learning.ModuleProgress;
import dk.attestkursus.security.AppRoles;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Optional;

/**
 * A module: its objective and summary, the one next step as the page's main action (the first
 * unread lesson, then the knowledge check, then the next module), and its steps in order, each
 * lesson with its reading time and a tick once read, the knowledge check last with how many are right.
 */
@Route(value = LearningPaths.MODULE, layout = MainLayout.class)
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
        return LearningPaths.module(moduleKey);
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
            Div header = new Div(objective);
            header.addClassName("module-objective");
            o.picture().ifPresent(p -> header.add(ObjectivePicture.of(p, "module-picture")));
            add(header);
        });
        add(new Paragraph(module.summary()));
        Optional<CourseProgress> progress =
                auth.hasRole(AppRoles.PARTICIPANT) ? Optional.of(learning.myProgress()) : Optional.empty();
        Optional<ModuleProgress> mine = progress.flatMap(p -> p.module(module.key()));
        mine.ifPresent(p -> {
            Paragraph status = new Paragraph(
                    p.complete()
                            ? getTranslation("module.complete")
                            : getTranslation(
                                    "module.status",
                                    p.lessonsRead(),
                                    p.lessonCount(),
                                    p.questionsRight(),
                                    p.questionCount()));
            status.setId("module-status");
            add(
                    status,
                    ProgressBars.of(
                            "module-progress", getTranslation("course.home.moduleProgress", p.percent()), p.percent()));
        });
        Anchor next = nextStep(course, module, progress);
        next.setId("module-next");
        next.addClassName("primary-link");
        add(next);
        add(steps(module, progress, mine));
    }

    /** The one thing to do next in this module. */
    private Anchor nextStep(Course course, Module module, Optional<CourseProgress> progress) {
        List<Lesson> lessons = module.lessons();
        Optional<Lesson> unread = progress.isEmpty()
                ? Optional.of(lessons.getFirst())
                : lessons.stream().filter(l -> !progress.get().isRead(l)).findFirst();
        if (unread.isPresent()) {
            boolean first = unread.get().equals(lessons.getFirst());
            return new Anchor(
                    LessonView.path(module.key(), unread.get().slug()),
                    getTranslation(
                            first ? "module.start" : "module.continue",
                            unread.get().title()));
        }
        boolean checkDone = progress.flatMap(p -> p.module(module.key()))
                .map(ModuleProgress::complete)
                .orElse(false);
        if (!checkDone && !module.quiz().isEmpty()) {
            return new Anchor(QuizView.path(module.key()), getTranslation("module.takeQuiz"));
        }
        int index = course.modules().indexOf(module);
        if (index + 1 < course.modules().size()) {
            Module following = course.modules().get(index + 1);
            return new Anchor(path(following.key()), getTranslation("module.next", index + 2, following.title()));
        }
        return new Anchor(CourseHomeView.class.getAnnotation(Route.class).value(), getTranslation("module.back"));
    }

    /** The module's lessons and its knowledge check as one list of steps with their state. */
    private Div steps(Module module, Optional<CourseProgress> progress, Optional<ModuleProgress> mine) {
        OrderedList lessons = new OrderedList();
        lessons.setId("lessons");
        lessons.addClassNames(
                "step-list", LumoUtility.ListStyleType.NONE, LumoUtility.Padding.NONE, LumoUtility.Margin.NONE);
        for (Lesson lesson : module.lessons()) {
            boolean read = progress.map(p -> p.isRead(lesson)).orElse(false);
            ListItem item = Steps.row(
                    Steps.mark(
                            this,
                            progress.isPresent() ? Optional.of(read) : Optional.empty(),
                            "module.read",
                            "module.notRead"),
                    new Anchor(LessonView.path(module.key(), lesson.slug()), lesson.title()),
                    Steps.meta(getTranslation("module.minutes", lesson.minutes())));
            if (read) {
                item.getElement().setAttribute("data-read", "true");
            }
            lessons.add(item);
        }
        Div box = new Div(new H2(getTranslation("module.contents")), lessons);
        box.setId("module-steps");
        box.addClassNames("card", "module-steps");
        if (!module.quiz().isEmpty() && auth.hasAnyRole(AppRoles.PARTICIPANT, AppRoles.INSTRUCTOR)) {
            OrderedList check = new OrderedList();
            check.addClassNames(
                    "step-list", LumoUtility.ListStyleType.NONE, LumoUtility.Padding.NONE, LumoUtility.Margin.NONE);
            Anchor quiz = new Anchor(QuizView.path(module.key()), getTranslation("module.quizStep"));
            quiz.setId("quiz-link");
            Span meta = Steps.meta(mine.filter(p -> p.questionsRight() > 0)
                    .map(p -> getTranslation("module.quizStatus", p.questionsRight(), p.questionCount()))
                    .orElseGet(() ->
                            getTranslation("module.questions", module.quiz().size())));
            Optional<Boolean> done = mine.map(p -> p.questionsRight() == p.questionCount());
            ListItem row = Steps.row(
                    Steps.mark(this, done, "course.home.moduleDone", "course.home.moduleNotDone"), quiz, meta);
            row.setId("quiz-step");
            check.add(row);
            box.add(check);
        }
        return box;
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
