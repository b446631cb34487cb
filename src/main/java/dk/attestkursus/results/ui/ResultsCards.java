package dk.attestkursus.results.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import dk.attestkursus.base.ui.Cards;
import dk.attestkursus.base.ui.StartPageCard;
import dk.attestkursus.results.ResultsPaths;
import dk.attestkursus.security.Role;
import java.util.Optional;

/** The leader's way from the start page to the team's results. */
@org.springframework.stereotype.Component
class ResultsCards implements StartPageCard {

    @Override
    public Optional<Component> card(Role role) {
        if (role != Role.LEADER) {
            return Optional.empty();
        }
        UI ui = UI.getCurrent();
        Anchor open = new Anchor(ResultsPaths.DASHBOARD, ui.getTranslation("results.card.open"));
        open.setId("results-todo");
        open.addClassName("primary-link");
        Div card = Cards.card(
                ui.getTranslation("results.card.title"), new Paragraph(ui.getTranslation("results.card.text")), open);
        card.addClassName("todo");
        return Optional.of(card);
    }
}
