package dk.attestkursus.learning.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import dk.attestkursus.base.ui.MainLayout;
import dk.attestkursus.content.Course;
import dk.attestkursus.content.CourseContent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.spring.security.AuthenticationContext;
import dk.attestkursus.base.ui.Cards;
import dk.attestkursus.learning.LearningService;
import dk.attestkursus.content.Lesson;
import dk.attestkursus.content.Module;
import dk.attestkursus.security.AppRoles;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/** One lesson: its text, its sources, and the way on to the next lesson. */
@Route(value = "kursus/modul/:module/:lesson", layout = MainLayout.class)
@RolesAllowed({AppRoles.PARTICIPANT, AppRoles.INSTRUCTOR, AppRoles.ADMIN})
class LessonView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final CourseContent content;
    private final LearningService learning;
    private final AuthenticationContext auth;
    private String title = "";

    LessonView(CourseContent content, LearningService learning, AuthenticationContext auth) {
        this.content = content;
        this.learning = learning;
        this.auth = auth;
        addClassName("page");
    }

    static String path(String moduleKey, String lessonSlug) {
        return dk.attestkursus.learning.LearningPaths.lesson(moduleKey, lessonSlug);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Course course = content.course();
        Module module = course.module(event.getRouteParameters().get("module").orElse(""))
                .orElseThrow(NotFoundException::new);
        Lesson lesson = module.lesson(event.getRouteParameters().get("lesson").orElse(""))
                .orElseThrow(NotFoundException::new);
        title = lesson.title();
        removeAll();
        add(new Anchor(ModuleView.path(module.key()), getTranslation("lesson.back", module.title())));
        add(new H1(lesson.title()));
        add(keyPoints(lesson));
        Html body = new Html("<div class=\"lesson-body\">" + lesson.html() + "</div>");
        add(body);
        if (!lesson.reflection().isEmpty()) {
            UnorderedList questions = new UnorderedList();
            lesson.reflection().forEach(q -> questions.add(new ListItem(q)));
            Div reflection = Cards.card(getTranslation("lesson.reflection"), questions);
            reflection.setId("reflection");
            add(reflection);
        }
        if (auth.hasRole(AppRoles.PARTICIPANT)) {
            add(readState(lesson));
        }
        add(SourceList.of(getTranslation("lesson.sources"), course, lesson.sourceIds()));
        List<Lesson> lessons = module.lessons();
        int index = lessons.indexOf(lesson);
        if (index + 1 < lessons.size()) {
            Lesson next = lessons.get(index + 1);
            Anchor nextLink = new Anchor(path(module.key(), next.slug()), getTranslation("lesson.next", next.title()));
            nextLink.setId("next-lesson");
            nextLink.addClassName("primary-link");
            add(nextLink);
        } else {
            Anchor done = new Anchor(CourseHomeView.class.getAnnotation(Route.class).value(),
                    getTranslation("lesson.moduleDone"));
            done.setId("next-lesson");
            done.addClassName("primary-link");
            add(done);
        }
    }

    private Div keyPoints(Lesson lesson) {
        UnorderedList points = new UnorderedList();
        lesson.keyPoints().forEach(p -> points.add(new ListItem(p)));
        Div box = Cards.card(getTranslation("lesson.keyPoints"), points);
        box.setId("key-points");
        box.addClassName("key-points");
        return box;
    }

    private Div readState(Lesson lesson) {
        Div box = new Div();
        box.setId("read-state");
        box.addClassName("read-state");
        if (learning.myProgress().isRead(lesson)) {
            box.add(readBadge());
        } else {
            Button mark = new Button(getTranslation("lesson.markRead"), e -> {
                learning.markRead(lesson.id());
                box.removeAll();
                box.add(readBadge());
            });
            mark.setId("mark-read");
            mark.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            box.add(mark);
        }
        return box;
    }

    private Span readBadge() {
        Span read = new Span(getTranslation("lesson.isRead"));
        read.setId("lesson-read");
        read.addClassNames("status", "badge-ok");
        return read;
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
