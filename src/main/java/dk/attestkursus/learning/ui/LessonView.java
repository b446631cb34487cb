package dk.attestkursus.learning.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import com.vaadin.flow.theme.lumo.LumoUtility;
import dk.attestkursus.base.ui.Cards;
import dk.attestkursus.base.ui.MainLayout;
import dk.attestkursus.content.Course;
import dk.attestkursus.content.CourseContent;
import dk.attestkursus.content.Lesson;
import dk.attestkursus.content.Module;
import dk.attestkursus.learning.LearningPaths;
import dk.attestkursus.learning.LearningService;
import dk.attestkursus.security.AppRoles;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/**
 * One lesson: its key points, its text with numbered notes, the notes (its sources) at the end, and
 * the way on: mark it read, then the next lesson (or the module's knowledge check after the last).
 */
@Route(value = LearningPaths.LESSON, layout = MainLayout.class)
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
        addClassNames("page", "lesson-page");
        // Vaadin's router takes over link clicks, so a note number would navigate instead of moving
        // to its note: bring the note into view and focus it, and show its address (as MainLayout's skip link).
        getElement().executeJs("""
                this.addEventListener('click', e => {
                  const link = e.target.closest && e.target.closest('sup.note-ref a');
                  const note = link && document.getElementById(link.getAttribute('href').split('#')[1]);
                  if (note) {
                    e.preventDefault();
                    e.stopPropagation();
                    history.replaceState(history.state, '', location.pathname + location.search + '#' + note.id);
                    note.scrollIntoView({block: 'center'});
                    note.focus({preventScroll: true});
                  }
                });""");
    }

    static String path(String moduleKey, String lessonSlug) {
        return LearningPaths.lesson(moduleKey, lessonSlug);
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
        List<Lesson> lessons = module.lessons();
        int index = lessons.indexOf(lesson);
        add(new Anchor(ModuleView.path(module.key()), getTranslation("lesson.back", module.title())));
        add(new H1(lesson.title()));
        Paragraph meta = new Paragraph(getTranslation("lesson.meta", index + 1, lessons.size(), lesson.minutes()));
        meta.setId("lesson-meta");
        meta.addClassName("meta");
        add(meta);
        String self = path(module.key(), lesson.slug());
        add(keyPoints(lesson, self));
        add(new Html("<div class=\"lesson-body\">" + noteLinks(lesson.html(), self) + "</div>"));
        if (!lesson.reflection().isEmpty()) {
            UnorderedList questions = new UnorderedList();
            lesson.reflection().forEach(q -> questions.add(new ListItem(q)));
            Div reflection = Cards.card(getTranslation("lesson.reflection"), questions);
            reflection.setId("reflection");
            add(reflection);
        }
        add(LessonNoteList.of(getTranslation("lesson.sources"), course, lesson));
        Div actions = new Div();
        actions.setId("lesson-actions");
        actions.addClassNames(
                "lesson-actions",
                LumoUtility.Display.FLEX,
                LumoUtility.FlexWrap.WRAP,
                LumoUtility.AlignItems.CENTER,
                LumoUtility.Gap.MEDIUM);
        Anchor next;
        if (index + 1 < lessons.size()) {
            Lesson following = lessons.get(index + 1);
            next = new Anchor(path(module.key(), following.slug()), getTranslation("lesson.next", following.title()));
        } else if (!module.quiz().isEmpty() && auth.hasAnyRole(AppRoles.PARTICIPANT, AppRoles.INSTRUCTOR)) {
            next = new Anchor(QuizView.path(module.key()), getTranslation("lesson.toQuiz"));
        } else {
            next = new Anchor(
                    CourseHomeView.class.getAnnotation(Route.class).value(), getTranslation("lesson.moduleDone"));
        }
        next.setId("next-lesson");
        if (auth.hasRole(AppRoles.PARTICIPANT) && !learning.myProgress().isRead(lesson)) {
            // One main action at a time: first mark the lesson read, then go on.
            next.addClassName("secondary-link");
            actions.add(readState(lesson, next));
        } else {
            next.addClassName("primary-link");
            if (auth.hasRole(AppRoles.PARTICIPANT)) {
                actions.add(readBadge());
            }
        }
        actions.add(next);
        add(actions);
    }

    /** Note links point at this page's notes: a bare "#note-1" would resolve against the app's base address. */
    private static String noteLinks(String html, String self) {
        return html.replace("href=\"#note-", "href=\"" + self + "#note-");
    }

    private Div keyPoints(Lesson lesson, String self) {
        UnorderedList points = new UnorderedList();
        lesson.keyPointHtml()
                .forEach(p -> points.add(new ListItem(new Html("<span>" + noteLinks(p, self) + "</span>"))));
        Div box = Cards.card(getTranslation("lesson.keyPoints"), points);
        box.setId("key-points");
        box.addClassName("key-points");
        return box;
    }

    /** "Markér som læst" as the main action; once pressed, the way on becomes the main action. */
    private Div readState(Lesson lesson, Anchor next) {
        Div box = new Div();
        box.setId("read-state");
        Button mark = new Button(getTranslation("lesson.markRead"), e -> {
            learning.markRead(lesson.id());
            box.removeAll();
            box.add(readBadge());
            next.removeClassName("secondary-link");
            next.addClassName("primary-link");
        });
        mark.setId("mark-read");
        mark.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        box.add(mark);
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
