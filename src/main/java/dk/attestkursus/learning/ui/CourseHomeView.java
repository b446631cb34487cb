package dk.attestkursus.learning.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import dk.attestkursus.base.AppI18NProvider;
import dk.attestkursus.base.Formats;
import dk.attestkursus.base.ui.Cards;
import dk.attestkursus.base.ui.MainLayout;
import dk.attestkursus.content.Course;
import dk.attestkursus.content.CourseContent;
import dk.attestkursus.content.Module;
import dk.attestkursus.courserun.CourseRunService;
import dk.attestkursus.courserun.CourseRunSummary;
import dk.attestkursus.security.AccountService;
import dk.attestkursus.security.AppRoles;
import jakarta.annotation.security.RolesAllowed;

/**
 * "Dit kursus": the caseworker's start page. The next thing to do first, then the session and
 * its two instructors, the learning objectives and the three modules.
 */
@Route(value = "kursus", layout = MainLayout.class)
@RolesAllowed(AppRoles.PARTICIPANT)
@Menu(title = "nav.course", order = 1, icon = "vaadin:academy-cap")
class CourseHomeView extends Div implements HasDynamicTitle {

    CourseHomeView(CourseContent content, CourseRunService runs, AccountService accounts, AppI18NProvider i18n) {
        addClassName("page");
        Course course = content.course();
        H1 title = new H1(getTranslation("course.home.title"));
        Paragraph intro = new Paragraph(course.title() + " – " + course.tagline());
        intro.addClassName("lead");
        add(title, intro);
        add(nextStep(course));
        add(runs.myNextRun().<Component>map(run -> session(run, accounts, i18n))
                .orElseGet(() -> Cards.card(getTranslation("course.home.session"),
                        Cards.emptyState(getTranslation("course.home.noSession")))));
        add(objectives(course), modules(course));
    }

    private Component nextStep(Course course) {
        Module first = course.modules().getFirst();
        Anchor start = new Anchor(ModuleView.path(first.key()), getTranslation("course.home.startModule", first.title()));
        start.setId("next-step");
        start.addClassName("primary-link");
        Div card = Cards.card(getTranslation("course.home.nextStep"), start);
        card.addClassName("todo");
        return card;
    }

    private Component session(CourseRunSummary run, AccountService accounts, AppI18NProvider i18n) {
        var names = accounts.displayNames(run.instructorIds());
        Div card = Cards.card(getTranslation("course.home.session"));
        card.setId("session-card");
        Paragraph when = new Paragraph(Formats.dateTime(run.startsAt(), getLocale(), i18n));
        when.addClassName("session-when");
        card.add(new Paragraph(run.name()), when);
        run.place().ifPresent(place -> card.add(new Paragraph(getTranslation("course.home.place", place))));
        run.meetingLink().ifPresent(url -> card.add(new Anchor(url, getTranslation("course.home.meetingLink"))));
        if (!run.instructorIds().isEmpty()) {
            card.add(new Paragraph(getTranslation("course.home.instructors",
                    String.join(getTranslation("common.and"), run.instructorIds().stream()
                            .map(id -> names.getOrDefault(id, "?")).toList()))));
        }
        return card;
    }

    private Component objectives(Course course) {
        OrderedList list = new OrderedList();
        course.objectives().forEach(o -> list.add(new ListItem(o.text())));
        Div card = Cards.card(getTranslation("course.home.objectives"), list);
        card.setId("objectives");
        return card;
    }

    private Component modules(Course course) {
        Div section = new Div();
        section.addClassName("module-list");
        section.setId("modules");
        section.add(new H2(getTranslation("course.home.modules")));
        int number = 1;
        for (Module module : course.modules()) {
            Div card = new Div();
            card.addClassName("card");
            card.addClassName("module-card");
            H3 heading = new H3();
            heading.add(new Anchor(ModuleView.path(module.key()),
                    getTranslation("course.home.moduleTitle", number++, module.title())));
            Span meta = new Span(getTranslation("course.home.moduleMeta", module.lessons().size(), module.minutes()));
            meta.addClassName("meta");
            card.add(heading, new Paragraph(module.summary()), meta);
            section.add(card);
        }
        return section;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("course.home.title");
    }
}
