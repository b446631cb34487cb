package dk.attestkursus.learning.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import dk.attestkursus.base.AppI18NProvider;
import dk.attestkursus.base.Formats;
import dk.attestkursus.base.ui.Cards;
import dk.attestkursus.base.ui.MainLayout;
import dk.attestkursus.base.ui.SessionCardLink;
import dk.attestkursus.base.ui.StartPageCard;
import dk.attestkursus.base.ui.StartPages;
import dk.attestkursus.content.Course;
import dk.attestkursus.content.CourseContent;
import dk.attestkursus.content.Module;
import dk.attestkursus.courserun.CourseRunService;
import dk.attestkursus.courserun.CourseRunSummary;
import dk.attestkursus.courserun.RunPaths;
import dk.attestkursus.learning.CourseProgress;
import dk.attestkursus.learning.LearningPaths;
import dk.attestkursus.learning.LearningService;
import dk.attestkursus.learning.ModuleProgress;
import dk.attestkursus.security.AccountService;
import dk.attestkursus.security.AppRoles;
import dk.attestkursus.security.Role;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * "Dit kursus": the caseworker's start page. The modules first, with the overall progress and the
 * next step, then the session and its two instructors, the to-dos of other features (the myths
 * first), the objectives.
 */
@Route(value = StartPages.PARTICIPANT, layout = MainLayout.class)
@RolesAllowed(AppRoles.PARTICIPANT)
@Menu(title = "nav.course", order = 1, icon = "vaadin:academy-cap")
class CourseHomeView extends Div implements HasDynamicTitle {

    private static final Duration LIVE_BEFORE_START = Duration.ofMinutes(30);

    CourseHomeView(
            CourseContent content,
            CourseRunService runs,
            AccountService accounts,
            AppI18NProvider i18n,
            LearningService learning,
            Clock clock,
            List<StartPageCard> cards,
            List<SessionCardLink> sessionLinks) {
        addClassName("page");
        Course course = content.course();
        CourseProgress progress = learning.myProgress();
        H1 title = new H1(getTranslation("course.home.title"));
        Paragraph intro = new Paragraph(course.title() + " – " + course.tagline());
        intro.addClassName("lead");
        add(title, intro);
        add(modules(course, progress));
        Optional<CourseRunSummary> next = runs.myNextRun();
        add(next.<Component>map(run -> session(run, accounts, i18n, clock, sessionLinks))
                .orElseGet(() -> Cards.card(
                        getTranslation("course.home.session"),
                        Cards.emptyState(getTranslation("course.home.noSession")))));
        cards.forEach(card -> card.card(Role.PARTICIPANT).ifPresent(this::add));
        add(objectives(course));
    }

    /** Where to go on, as the first thing of the modules' card. */
    private Anchor nextStep(Course course, CourseProgress progress) {
        Module first = course.modules().getFirst();
        Anchor next;
        if (progress.readLessons().isEmpty() && progress.answers().isEmpty()) {
            next = new Anchor(ModuleView.path(first.key()), getTranslation("course.home.startModule", first.title()));
        } else {
            next = progress.resume(course)
                    .map(resume -> resume.lesson()
                            .map(lesson -> new Anchor(
                                    LessonView.path(resume.module().key(), lesson.slug()),
                                    getTranslation("course.home.resumeLesson", lesson.title())))
                            .orElseGet(() -> new Anchor(
                                    QuizView.path(resume.module().key()),
                                    getTranslation(
                                            "course.home.resumeQuiz",
                                            resume.module().title()))))
                    .orElseGet(() -> new Anchor(LearningPaths.CASES, getTranslation("course.home.allDone")));
        }
        next.setId("next-step");
        next.addClassName("primary-link");
        return next;
    }

    private Component session(
            CourseRunSummary run,
            AccountService accounts,
            AppI18NProvider i18n,
            Clock clock,
            List<SessionCardLink> links) {
        var names = accounts.displayNames(run.instructorIds());
        Div card = Cards.card(getTranslation("course.home.session"));
        card.setId("session-card");
        Instant now = clock.instant();
        boolean soon = !now.isBefore(run.startsAt().minus(LIVE_BEFORE_START)) && now.isBefore(run.endsAt());
        if (soon) {
            run.meetingLink().filter(url -> run.online()).ifPresent(url -> {
                Anchor meeting = new Anchor(url, getTranslation("course.home.meetingLink"));
                meeting.setId("meeting-link");
                meeting.addClassName("primary-link");
                meeting.setTarget("_blank");
                card.add(meeting);
            });
            links.forEach(link -> card.add(link.link(run.online())));
            Anchor checkIn = new Anchor(RunPaths.CHECK_IN, getTranslation("course.home.checkIn"));
            checkIn.setId("check-in-link");
            checkIn.addClassName("secondary-link");
            card.add(checkIn);
        }
        Paragraph when = new Paragraph(Formats.dateTime(run.startsAt(), getLocale(), i18n));
        when.addClassName("session-when");
        card.add(new Paragraph(run.name()), when);
        if (run.online()) {
            if (!soon) {
                card.add(new Paragraph(getTranslation("course.home.meetingLinkLater")));
            }
        } else {
            run.place().ifPresent(place -> card.add(new Paragraph(getTranslation("course.home.place", place))));
        }
        if (!run.instructorIds().isEmpty()) {
            card.add(new Paragraph(getTranslation(
                    "course.home.instructors",
                    String.join(
                            getTranslation("common.and"),
                            run.instructorIds().stream()
                                    .map(id -> names.getOrDefault(id, "?"))
                                    .toList()))));
        }
        return card;
    }

    private Component objectives(Course course) {
        OrderedList list = new OrderedList();
        list.addClassName("objective-list");
        course.objectives().forEach(o -> {
            ListItem item = new ListItem();
            item.addClassName("objective");
            o.picture().ifPresent(p -> item.add(ObjectivePicture.of(p, "objective-picture")));
            item.add(new Paragraph(o.text()));
            list.add(item);
        });
        Div card = Cards.card(getTranslation("course.home.objectives"), list);
        card.setId("objectives");
        return card;
    }

    /**
     * The course in one card: how far the caseworker is, the next step, and the modules as one list,
     * each with a tick once completed, its reading time and its progress.
     */
    private Component modules(Course course, CourseProgress progress) {
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
                    getTranslation("course.home.moduleTitle", number++, module.title())));
            Paragraph summary = new Paragraph(module.summary());
            summary.addClassNames("meta", LumoUtility.Margin.NONE);
            Div what = new Div(heading, summary);
            ModuleProgress mine = progress.module(module.key()).orElse(new ModuleProgress(module.key(), 0, 0, 0, 0));
            Span meta = Steps.meta(
                    getTranslation("course.home.moduleMeta", module.lessons().size(), module.minutes()));
            Div state = new Div(
                    meta,
                    ProgressBars.of(
                            "progress-" + module.key(),
                            mine.complete()
                                    ? getTranslation("course.home.moduleDone")
                                    : mine.stepsDone() == 0
                                            ? getTranslation("course.home.notStarted")
                                            : getTranslation("course.home.moduleProgress", mine.percent()),
                            mine.percent()));
            state.addClassName("module-state");
            ListItem row = Steps.row(
                    Steps.mark(
                            this, Optional.of(mine.complete()), "course.home.moduleDone", "course.home.moduleNotDone"),
                    what,
                    state);
            row.addClassName("module-row");
            row.getElement().setAttribute("data-complete", String.valueOf(mine.complete()));
            list.add(row);
        }
        Div card = Cards.card(
                getTranslation("course.home.modules"),
                ProgressBars.of(
                        "course-progress",
                        getTranslation("course.home.progress", progress.percent()),
                        progress.percent()),
                nextStep(course, progress),
                list);
        card.setId("modules");
        card.addClassNames("module-list", "todo");
        return card;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("course.home.title");
    }
}
