package dk.attestkursus.learning.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.theme.lumo.LumoUtility;
import dk.attestkursus.base.ui.Cards;
import dk.attestkursus.base.ui.StartPageCard;
import dk.attestkursus.content.Course;
import dk.attestkursus.content.CourseContent;
import dk.attestkursus.content.Module;
import dk.attestkursus.kernel.CoursePhase;
import dk.attestkursus.learning.CourseProgress;
import dk.attestkursus.learning.LearningPaths;
import dk.attestkursus.learning.LearningService;
import dk.attestkursus.learning.ModuleProgress;
import dk.attestkursus.security.Role;
import java.util.List;
import java.util.Optional;
import org.springframework.core.annotation.Order;

/**
 * The course's modules on the caseworker's start page, in one card: how far the caseworker is, the
 * next step, and the modules as one list, each with a tick once completed, its reading time and its
 * progress. The first thing to do until the preparation begins; after the session a to-do while a
 * module is left, else something to look back at.
 */
@org.springframework.stereotype.Component
@Order(40)
class ModulesCard implements StartPageCard {

    private final CourseContent content;
    private final LearningService learning;

    ModulesCard(CourseContent content, LearningService learning) {
        this.content = content;
        this.learning = learning;
    }

    /** Only the caseworker's page, which asks by phase. */
    @Override
    public Optional<Component> card(Role role) {
        return Optional.empty();
    }

    @Override
    public List<Ranked> cards(CoursePhase phase) {
        Course course = content.course();
        CourseProgress progress = learning.myProgress();
        Div card = card(UI.getCurrent(), course, progress);
        return List.of(
                switch (phase) {
                    case NOT_ENROLLED, ENROLLED -> Ranked.now(card);
                    case PREPARING, SESSION_TODAY -> Ranked.todo(card);
                    case SESSION_LIVE -> Ranked.later(card);
                    case AFTER_SESSION, FOLLOW_UP_1_DUE, FOLLOW_UP_2_DUE, DONE ->
                        progress.complete() ? Ranked.later(card) : Ranked.todo(card);
                });
    }

    private static Div card(UI ui, Course course, CourseProgress progress) {
        OrderedList list = new OrderedList();
        list.addClassNames(
                "step-list",
                "module-rows",
                LumoUtility.ListStyleType.NONE,
                LumoUtility.Padding.NONE,
                LumoUtility.Margin.Top.MEDIUM,
                LumoUtility.Margin.Bottom.NONE);
        int number = 1;
        for (Module module : course.modules()) {
            H3 heading = new H3(new Anchor(
                    ModuleView.path(module.key()),
                    ui.getTranslation("course.home.moduleTitle", number++, module.title())));
            Paragraph summary = new Paragraph(module.summary());
            summary.addClassNames("meta", LumoUtility.Margin.NONE);
            Div what = new Div(heading, summary);
            ModuleProgress mine = progress.module(module.key()).orElse(new ModuleProgress(module.key(), 0, 0, 0, 0));
            Span meta = Steps.meta(
                    ui.getTranslation("course.home.moduleMeta", module.lessons().size(), module.minutes()));
            Div state = new Div(
                    meta,
                    ProgressBars.of(
                            "progress-" + module.key(),
                            mine.complete()
                                    ? ui.getTranslation("course.home.moduleDone")
                                    : mine.stepsDone() == 0
                                            ? ui.getTranslation("course.home.notStarted")
                                            : ui.getTranslation("course.home.moduleProgress", mine.percent()),
                            mine.percent()));
            state.addClassName("module-state");
            ListItem row = Steps.row(
                    Steps.mark(ui, Optional.of(mine.complete()), "course.home.moduleDone", "course.home.moduleNotDone"),
                    what,
                    state);
            row.addClassName("module-row");
            row.getElement().setAttribute("data-complete", String.valueOf(mine.complete()));
            list.add(row);
        }
        Div card = Cards.card(
                ui.getTranslation("course.home.modules"),
                ProgressBars.of(
                        "course-progress",
                        ui.getTranslation("course.home.progress", progress.percent()),
                        progress.percent()),
                nextStep(ui, course, progress),
                list);
        card.setId("modules");
        card.addClassNames("module-list", "todo");
        return card;
    }

    /** Where to go on, as the first thing of the modules' card. */
    private static Anchor nextStep(Component page, Course course, CourseProgress progress) {
        Module first = course.modules().getFirst();
        Anchor next;
        if (progress.readLessons().isEmpty() && progress.answers().isEmpty()) {
            next = new Anchor(
                    ModuleView.path(first.key()), page.getTranslation("course.home.startModule", first.title()));
        } else {
            next = progress.resume(course)
                    .map(resume -> resume.lesson()
                            .map(lesson -> new Anchor(
                                    LessonView.path(resume.module().key(), lesson.slug()),
                                    page.getTranslation("course.home.resumeLesson", lesson.title())))
                            .orElseGet(() -> new Anchor(
                                    QuizView.path(resume.module().key()),
                                    page.getTranslation(
                                            "course.home.resumeQuiz",
                                            resume.module().title()))))
                    .orElseGet(() -> new Anchor(LearningPaths.CASES, page.getTranslation("course.home.allDone")));
        }
        next.setId("next-step");
        next.addClassName("primary-link");
        return next;
    }
}
