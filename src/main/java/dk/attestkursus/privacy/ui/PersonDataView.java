package dk.attestkursus.privacy.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import dk.attestkursus.base.AppI18NProvider;
import dk.attestkursus.base.Formats;
import dk.attestkursus.base.ui.MainLayout;
import dk.attestkursus.privacy.PrivacyPaths;
import dk.attestkursus.privacy.PrivacyService;
import dk.attestkursus.privacy.PrivacyService.FeatureSummary;
import dk.attestkursus.security.AccountId;
import dk.attestkursus.security.AppRoles;
import dk.attestkursus.security.CurrentUser;
import dk.attestkursus.security.UnknownAccountException;
import jakarta.annotation.security.RolesAllowed;
import java.util.Objects;
import org.springframework.security.access.AccessDeniedException;

/**
 * A person's data as the administrator who answers for them sees it (issue 25): the same overview as
 * "Mine data", the same ZIP, and erasure after a confirmation that names what will go and what stays.
 */
@Route(value = PrivacyPaths.PERSON_DATA, layout = MainLayout.class)
@RolesAllowed({AppRoles.ADMIN, AppRoles.PLATFORM_ADMIN})
class PersonDataView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final PrivacyService privacy;
    private final CurrentUser currentUser;
    private final AppI18NProvider i18n;
    private String title = "";

    PersonDataView(PrivacyService privacy, CurrentUser currentUser, AppI18NProvider i18n) {
        this.privacy = privacy;
        this.currentUser = currentUser;
        this.i18n = i18n;
        addClassName("page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        AccountId person = event.getRouteParameters()
                .getLong("accountId")
                .map(AccountId::new)
                .orElseThrow(NotFoundException::new);
        PrivacyService.Overview overview;
        try {
            overview = privacy.overview(person);
        } catch (UnknownAccountException | AccessDeniedException e) {
            throw new NotFoundException();
        }
        show(person, overview);
    }

    private void show(AccountId person, PrivacyService.Overview overview) {
        removeAll();
        var who = overview.person();
        title = getTranslation("privacy.person.title", who.account().displayName());
        add(new H1(title));
        if (who.erased()) {
            add(PersonalDataCards.lead(getTranslation(
                    "privacy.person.erased", Formats.date(Objects.requireNonNull(who.erasedAt()), getLocale(), i18n))));
            return;
        }
        add(PersonalDataCards.lead(
                getTranslation("privacy.person.lead", who.account().displayName())));
        Div export = new Div(
                new H2(getTranslation("privacy.person.exportTitle")),
                new Paragraph(getTranslation("privacy.person.exportText")),
                PersonalDataCards.download(this, "person-data-download", privacy, person));
        export.addClassName("card");
        add(export);
        PersonalDataCards.cards(this, overview.features()).forEach(this::add);
        if (!currentUser.require().id().equals(person)) {
            Button erase = new Button(getTranslation("privacy.erase"), e -> confirm(person));
            erase.setId("person-data-erase");
            erase.addThemeVariants(ButtonVariant.LUMO_ERROR);
            Div card = new Div(
                    new H2(getTranslation("privacy.erase.title")),
                    new Paragraph(getTranslation("privacy.erase.text")),
                    erase);
            card.addClassName("card");
            add(card);
        }
    }

    private void confirm(AccountId person) {
        PrivacyService.Overview preview = privacy.erasurePreview(person);
        UnorderedList goes = new UnorderedList();
        for (FeatureSummary feature : preview.features()) {
            if (feature.items() > 0) {
                goes.add(new ListItem(getTranslation(
                        "privacy.erase.item",
                        getTranslation("privacy." + feature.key() + ".title"),
                        getTranslation("privacy.items", feature.items()))));
            }
        }
        Div text = new Div(
                new Paragraph(getTranslation(
                        "privacy.erase.confirmText", preview.person().account().displayName())),
                goes,
                new Paragraph(getTranslation("privacy.erase.stays")));
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader(getTranslation(
                "privacy.erase.confirmTitle", preview.person().account().displayName()));
        dialog.setText(text);
        dialog.setConfirmText(getTranslation("privacy.erase.confirm"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("common.cancel"));
        dialog.setId("erase-dialog");
        dialog.addConfirmListener(e -> {
            privacy.erase(person);
            Notification.show(getTranslation("privacy.erase.done"), 6000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            show(person, privacy.overview(person));
        });
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
