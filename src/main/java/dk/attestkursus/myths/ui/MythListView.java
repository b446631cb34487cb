package dk.attestkursus.myths.ui;

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
import dk.attestkursus.content.Myth;
import dk.attestkursus.myths.MythGuess;
import dk.attestkursus.myths.MythPaths;
import dk.attestkursus.myths.MythService;
import dk.attestkursus.security.AppRoles;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;

/** "Myte eller fakta?": the myths to guess before the session, with what the caseworker has answered. */
@Route(value = MythPaths.MYTHS, layout = MainLayout.class)
@RolesAllowed(AppRoles.PARTICIPANT)
@Menu(title = "nav.myths", order = 2, icon = "vaadin:lightbulb")
class MythListView extends Div implements HasDynamicTitle {

    MythListView(CourseContent content, MythService myths) {
        addClassName("page");
        Course course = content.course();
        Map<String, MythGuess> guesses = myths.myGuesses();
        long answered =
                course.myths().stream().filter(m -> guesses.containsKey(m.id())).count();
        Paragraph intro = new Paragraph(getTranslation("myths.intro"));
        intro.addClassName("lead");
        Paragraph status = new Paragraph(
                getTranslation("myths.answeredOf", answered, course.myths().size()));
        status.setId("myths-status");
        add(new H1(getTranslation("myths.title")), intro, status);
        Div list = new Div();
        list.addClassName("card-list");
        list.setId("myth-list");
        int number = 1;
        for (Myth myth : course.myths()) {
            Div card = new Div();
            card.addClassNames("card", "myth-card");
            H2 heading = new H2(getTranslation("myths.number", number++));
            heading.addClassName("card-kicker");
            Paragraph statement = new Paragraph(myth.statement());
            statement.addClassName("myth-statement");
            MythGuess guess = guesses.get(myth.id());
            Anchor open = new Anchor(
                    MythView.path(myth.id()),
                    getTranslation(guess == null ? "myths.answer.open" : "myths.answer.seeAnswer"));
            open.addClassName("primary-link");
            open.setId("open-" + myth.id());
            card.add(heading, statement);
            if (guess != null) {
                Span yours = new Span(getTranslation(
                        "myths.yourAnswer", getTranslation("myths.answer." + MythReveal.key(guess.answer()))));
                yours.addClassNames("status", "badge-ok");
                card.add(yours);
            }
            card.add(open);
            list.add(card);
        }
        add(list);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("myths.title");
    }
}
