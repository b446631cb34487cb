package dk.attestkursus.myths.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import dk.attestkursus.base.ui.Cards;
import dk.attestkursus.base.ui.StartPageCard;
import dk.attestkursus.content.CourseContent;
import dk.attestkursus.content.Myth;
import dk.attestkursus.myths.MythPaths;
import dk.attestkursus.myths.MythService;
import dk.attestkursus.security.Role;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.core.annotation.Order;

/**
 * The myths to guess before the session, on the caseworker's start page: how many are guessed and
 * a link to them. First among the features' cards, right after the session.
 */
@org.springframework.stereotype.Component
@Order(0)
class MythCards implements StartPageCard {

    private final CourseContent content;
    private final MythService myths;

    MythCards(CourseContent content, MythService myths) {
        this.content = content;
        this.myths = myths;
    }

    @Override
    public Optional<Component> card(Role role) {
        return role == Role.PARTICIPANT ? Optional.of(caseworker()) : Optional.empty();
    }

    private Div caseworker() {
        List<Myth> all = content.course().myths();
        Set<String> guessed = myths.myGuesses().keySet();
        int answered = (int) all.stream().filter(m -> guessed.contains(m.id())).count();
        UI ui = UI.getCurrent();
        Anchor open = new Anchor(
                MythPaths.MYTHS,
                ui.getTranslation(answered == all.size() ? "course.home.mythsDone" : "course.home.mythsOpen"));
        open.setId("myths-todo");
        open.addClassName("primary-link");
        Div card = Cards.card(
                ui.getTranslation("course.home.myths"),
                new Paragraph(ui.getTranslation("course.home.mythsStatus", answered, all.size())),
                open);
        card.addClassName("todo");
        return card;
    }
}
