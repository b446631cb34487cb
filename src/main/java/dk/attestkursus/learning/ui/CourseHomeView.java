package dk.attestkursus.learning.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import dk.attestkursus.base.ui.Cards;
import dk.attestkursus.base.ui.MainLayout;
import dk.attestkursus.base.ui.StartPageCard;
import dk.attestkursus.base.ui.StartPages;
import dk.attestkursus.content.Course;
import dk.attestkursus.content.CourseContent;
import dk.attestkursus.courserun.CourseRunService;
import dk.attestkursus.kernel.CoursePhase;
import dk.attestkursus.kernel.CoursePhases;
import dk.attestkursus.security.AppRoles;
import jakarta.annotation.security.RolesAllowed;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * "Dit kursus": the caseworker's start page, a to-do list by where they are in the course
 * ({@link CoursePhase}, decision 024). A line says where they are; then the cards of every feature
 * (the modules and the course day from this one), the one that matters now first, the to-dos, then
 * what there is to look back at; the objectives last. The page knows no feature: each card says how
 * much it matters in the phase ({@link StartPageCard#cards(CoursePhase)}).
 */
@Route(value = StartPages.PARTICIPANT, layout = MainLayout.class)
@RolesAllowed(AppRoles.PARTICIPANT)
@Menu(title = "nav.course", order = 1, icon = "vaadin:academy-cap")
class CourseHomeView extends Div implements HasDynamicTitle {

    CourseHomeView(CourseContent content, CoursePhases phases, CourseRunService runs, List<StartPageCard> cards) {
        addClassName("page");
        Course course = content.course();
        CoursePhase phase = phases.mine();
        getElement().setAttribute("data-phase", phase.name());
        H1 title = new H1(getTranslation("course.home.title"));
        Paragraph intro = new Paragraph(course.title() + " – " + course.tagline());
        intro.addClassName("lead");
        // Not enrolled because their run was cancelled (issue 23): the line says that, not "not enrolled yet".
        boolean cancelled =
                phase == CoursePhase.NOT_ENROLLED && runs.myCancelledRun().isPresent();
        Paragraph where = new Paragraph(getTranslation(
                cancelled
                        ? "course.phase.cancelled"
                        : "course.phase." + phase.name().toLowerCase(Locale.ROOT)));
        where.setId("course-phase");
        where.addClassName("course-phase");
        add(title, intro, where);
        Div list = new Div();
        list.setId("start-cards");
        list.addClassName("start-cards");
        // Spring hands the beans over in their @Order; a stable sort keeps it within one relevance.
        List<StartPageCard.Ranked> ranked = cards.stream()
                .flatMap(card -> card.cards(phase).stream())
                .sorted(Comparator.comparing(StartPageCard.Ranked::relevance))
                .toList();
        ranked.forEach(r -> {
            Component card = r.card();
            card.getElement()
                    .setAttribute("data-relevance", r.relevance().name().toLowerCase(Locale.ROOT));
            list.add(card);
        });
        add(list, objectives(course));
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

    @Override
    public String getPageTitle() {
        return getTranslation("course.home.title");
    }
}
