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
import dk.attestkursus.kernel.CoursePhase;
import dk.attestkursus.security.Role;
import java.util.List;
import java.util.Optional;
import org.springframework.core.annotation.Order;

/**
 * The caseworker's certificate on the start page, once they attended: ready to fetch, or the modules
 * still to complete for it. Nothing before they attended (the preparation comes first). A certificate
 * ready to fetch is the first thing after the session when no follow-up is due.
 */
@org.springframework.stereotype.Component
@Order(30)
class CertificateCards implements StartPageCard {

    private final CertificateService certificates;

    CertificateCards(CertificateService certificates) {
        this.certificates = certificates;
    }

    /** Only the caseworker's page, which asks by phase. */
    @Override
    public Optional<Component> card(Role role) {
        return Optional.empty();
    }

    @Override
    public List<Ranked> cards(CoursePhase phase) {
        if (phase == CoursePhase.NOT_ENROLLED) {
            return List.of();
        }
        MyCertificate mine = certificates.mine();
        if (!mine.attended()) {
            return List.of();
        }
        UI ui = UI.getCurrent();
        String text = mine.issued().isPresent()
                ? ui.getTranslation("certificates.card.ready")
                : mine.withdrawn() != null
                        ? ui.getTranslation("certificates.card.withdrawn")
                        : ui.getTranslation(
                                "certificates.card.modulesLeft",
                                mine.unfinished().size());
        Anchor open = new Anchor(CertificatePaths.MINE, ui.getTranslation("certificates.card.open"));
        open.setId("certificate-todo");
        open.addClassName("primary-link");
        Div card = Cards.card(ui.getTranslation("certificates.mine.yours"), new Paragraph(text), open);
        card.setId("certificate-card");
        card.addClassName("todo");
        boolean first = mine.issued().isPresent() && (phase == CoursePhase.AFTER_SESSION || phase == CoursePhase.DONE);
        return List.of(first ? Ranked.now(card) : Ranked.todo(card));
    }
}
