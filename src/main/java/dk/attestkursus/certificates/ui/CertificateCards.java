package dk.attestkursus.certificates.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import dk.attestkursus.base.ui.Cards;
import dk.attestkursus.base.ui.StartPageCard;
import dk.attestkursus.certificates.CertificatePaths;
import dk.attestkursus.certificates.CertificateService;
import dk.attestkursus.certificates.MyCertificate;
import dk.attestkursus.security.Role;
import java.util.Optional;

/**
 * The caseworker's certificate on the start page, once they attended: ready to fetch, or the modules
 * still to complete for it. Nothing before the session (the preparation comes first).
 */
@org.springframework.stereotype.Component
class CertificateCards implements StartPageCard {

    private final CertificateService certificates;

    CertificateCards(CertificateService certificates) {
        this.certificates = certificates;
    }

    @Override
    public Optional<Component> card(Role role) {
        if (role != Role.PARTICIPANT) {
            return Optional.empty();
        }
        MyCertificate mine = certificates.mine();
        if (!mine.attended()) {
            return Optional.empty();
        }
        UI ui = UI.getCurrent();
        String text = mine.issued().isPresent()
                ? ui.getTranslation("certificates.card.ready")
                : ui.getTranslation(
                        "certificates.card.modulesLeft", mine.unfinished().size());
        Anchor open = new Anchor(CertificatePaths.MINE, ui.getTranslation("certificates.card.open"));
        open.setId("certificate-todo");
        open.addClassName("primary-link");
        Div card = Cards.card(ui.getTranslation("certificates.mine.yours"), new Paragraph(text), open);
        card.addClassName("todo");
        return Optional.of(card);
    }
}
