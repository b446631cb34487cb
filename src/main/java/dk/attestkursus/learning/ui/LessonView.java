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
    private String title = "";

    LessonView(CourseContent content) {
        this.content = content;
        addClassName("page");
    }

    static String path(String moduleKey, String lessonSlug) {
        return ModuleView.path(moduleKey) + "/" + lessonSlug;
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
        Html body = new Html("<div class=\"lesson-body\">" + lesson.html() + "</div>");
        add(body);
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

    @Override
    public String getPageTitle() {
        return title;
    }
}
