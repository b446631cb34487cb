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
import dk.attestkursus.kernel.CoursePhase;
import dk.attestkursus.myths.MythPaths;
import dk.attestkursus.myths.MythService;
import dk.attestkursus.security.Role;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.core.annotation.Order;

/**
 * The myths on the caseworker's start page: before the session a task (how many are guessed, a link
 * to them), from the session on only a way to see one's guesses and the answers.
 */
@org.springframework.stereotype.Component
@Order(60)
class MythCards implements StartPageCard {

    private final CourseContent content;
    private final MythService myths;

    MythCards(CourseContent content, MythService myths) {
        this.content = content;
        this.myths = myths;
    }

    /** Only the caseworker's page, which asks by phase. */
    @Override
    public Optional<Component> card(Role role) {
        return Optional.empty();
    }

    @Override
    public List<Ranked> cards(CoursePhase phase) {
        List<Myth> all = content.course().myths();
        Set<String> guessed = myths.myGuesses().keySet();
        int answered = (int) all.stream().filter(m -> guessed.contains(m.id())).count();
        UI ui = UI.getCurrent();
        if (phase.beforeSession() || phase == CoursePhase.NOT_ENROLLED) {
            Div card = caseworker(ui, answered, all.size());
            return List.of(answered == all.size() ? Ranked.later(card) : Ranked.todo(card));
        }
        if (phase == CoursePhase.SESSION_LIVE) {
            // The myths are the session's live polls now; the guesses from before are still worth a look.
            return List.of(Ranked.later(caseworker(ui, answered, all.size())));
        }
        Anchor open = new Anchor(MythPaths.MYTHS, ui.getTranslation("course.home.mythsSee"));
        open.setId("myths-todo");
        open.addClassName("secondary-link");
        Div card = Cards.card(
                ui.getTranslation("course.home.mythsAfter"),
                new Paragraph(ui.getTranslation("course.home.mythsAfterStatus", answered, all.size())),
                open);
        card.setId("myths-card");
        card.addClassName("look-back");
        return List.of(Ranked.later(card));
    }

    private static Div caseworker(UI ui, int answered, int of) {
        Anchor open = new Anchor(
                MythPaths.MYTHS, ui.getTranslation(answered == of ? "course.home.mythsDone" : "course.home.mythsOpen"));
        open.setId("myths-todo");
        open.addClassName("primary-link");
        Div card = Cards.card(
                ui.getTranslation("course.home.myths"),
                new Paragraph(ui.getTranslation("course.home.mythsStatus", answered, of)),
                open);
        card.setId("myths-card");
        card.addClassName("todo");
        return card;
    }
}
