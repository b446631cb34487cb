package dk.attestkursus.privacy.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import dk.attestkursus.privacy.PrivacyService;
import dk.attestkursus.privacy.PrivacyService.FeatureSummary;
import dk.attestkursus.security.AccountId;
import java.io.ByteArrayInputStream;
import java.util.List;

/** The parts of a person's data by feature, in plain Danish, and the link that fetches them as a ZIP. */
final class PersonalDataCards {

    private PersonalDataCards() {}

    /** One card per feature that holds something: what, why, how long, and how many things. */
    static List<Component> cards(Component owner, List<FeatureSummary> features) {
        return features.stream()
                .filter(f -> f.items() > 0)
                .map(f -> card(owner, f))
                .toList();
    }

    private static Component card(Component owner, FeatureSummary feature) {
        String prefix = "privacy." + feature.key() + ".";
        DescriptionList facts = new DescriptionList();
        facts.add(
                new DescriptionList.Term(owner.getTranslation("privacy.field.what")),
                new DescriptionList.Description(owner.getTranslation(prefix + "what")));
        facts.add(
                new DescriptionList.Term(owner.getTranslation("privacy.field.why")),
                new DescriptionList.Description(owner.getTranslation(prefix + "why")));
        facts.add(
                new DescriptionList.Term(owner.getTranslation("privacy.field.howLong")),
                new DescriptionList.Description(owner.getTranslation(prefix + "howLong")));
        facts.add(
                new DescriptionList.Term(owner.getTranslation("privacy.field.items")),
                new DescriptionList.Description(owner.getTranslation("privacy.items", feature.items())));
        Div card = new Div(new H2(owner.getTranslation(prefix + "title")), facts);
        card.addClassName("card");
        card.getElement().setAttribute("data-feature", feature.key());
        return card;
    }

    /** The link that makes and fetches the ZIP when it is clicked. */
    static Anchor download(Component owner, String id, PrivacyService privacy, AccountId person) {
        Anchor link = new Anchor(
                DownloadHandler.fromInputStream(event -> {
                    PrivacyService.Export export = privacy.export(person);
                    return new DownloadResponse(
                            new ByteArrayInputStream(export.zip()),
                            export.fileName(),
                            "application/zip",
                            export.zip().length);
                }),
                owner.getTranslation("privacy.download"));
        link.setId(id);
        link.addClassName("primary-link");
        return link;
    }

    static Paragraph lead(String text) {
        Paragraph lead = new Paragraph(text);
        lead.addClassName("lead");
        return lead;
    }
}
