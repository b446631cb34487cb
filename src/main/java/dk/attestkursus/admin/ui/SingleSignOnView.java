package dk.attestkursus.admin.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import dk.attestkursus.admin.AdminPaths;
import dk.attestkursus.base.AppI18NProvider;
import dk.attestkursus.base.Formats;
import dk.attestkursus.base.SiteAddress;
import dk.attestkursus.base.ui.Cards;
import dk.attestkursus.base.ui.ComponentTexts;
import dk.attestkursus.base.ui.MainLayout;
import dk.attestkursus.security.AppRoles;
import dk.attestkursus.security.SingleSignOn;
import dk.attestkursus.security.SsoInput;
import dk.attestkursus.security.SsoRefusedException;
import dk.attestkursus.security.SsoSettings;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;
import java.util.Optional;

/**
 * A municipal administrator's single sign-on (issue 22): the municipality's own OpenID Connect provider
 * (Microsoft Entra ID or another), the address to register with it, the e-mail domains it serves, and
 * whether the staff may still use passwords. The secret is written, never shown.
 */
@Route(value = AdminPaths.SINGLE_SIGN_ON, layout = MainLayout.class)
@RolesAllowed(AppRoles.ADMIN)
@Menu(title = "nav.singleSignOn", order = 2.3, icon = "vaadin:key")
class SingleSignOnView extends Div implements HasDynamicTitle {

    private final SingleSignOn singleSignOn;
    private final AppI18NProvider i18n;
    private final Paragraph status = new Paragraph();
    private final Button remove = new Button();

    final TextField issuer = new TextField();
    final TextField clientId = new TextField();
    final PasswordField clientSecret = ComponentTexts.of(new PasswordField());
    final TextField emailClaim = new TextField();
    final TextArea domains = new TextArea();
    final Checkbox passwordLogin = new Checkbox();
    private final Paragraph passwordLoginError = new Paragraph();

    SingleSignOnView(SingleSignOn singleSignOn, SiteAddress site, AppI18NProvider i18n) {
        this.singleSignOn = singleSignOn;
        this.i18n = i18n;
        addClassName("page");
        add(new H1(getTranslation("sso.title")));
        add(new Paragraph(getTranslation("sso.intro")));
        status.setId("sso-status");
        add(Cards.card(getTranslation("sso.status"), status));
        add(registrationCard(site));
        add(formCard());
        show(singleSignOn.settings());
    }

    private Div registrationCard(SiteAddress site) {
        // A text area, so the whole address wraps on a phone instead of being cut off.
        TextArea redirect = new TextArea(getTranslation("sso.redirect"));
        redirect.setId("sso-redirect");
        redirect.setReadOnly(true);
        redirect.setWidthFull();
        redirect.setValue(site.link(SingleSignOn.REDIRECT_PATH + singleSignOn.registrationId()));
        redirect.setHelperText(getTranslation("sso.redirectHelp"));
        return Cards.card(getTranslation("sso.registration"), new Paragraph(getTranslation("sso.steps")), redirect);
    }

    private Div formCard() {
        issuer.setId("sso-issuer");
        issuer.setLabel(getTranslation("sso.field.issuer"));
        issuer.setHelperText(getTranslation("sso.field.issuerHelp"));
        issuer.setRequiredIndicatorVisible(true);
        clientId.setId("sso-client-id");
        clientId.setLabel(getTranslation("sso.field.clientId"));
        clientId.setRequiredIndicatorVisible(true);
        clientSecret.setId("sso-client-secret");
        clientSecret.setLabel(getTranslation("sso.field.clientSecret"));
        emailClaim.setId("sso-email-claim");
        emailClaim.setLabel(getTranslation("sso.field.emailClaim"));
        emailClaim.setHelperText(getTranslation("sso.field.emailClaimHelp"));
        emailClaim.setValue("email");
        domains.setId("sso-domains");
        domains.setLabel(getTranslation("sso.field.domains"));
        domains.setHelperText(getTranslation("sso.field.domainsHelp"));
        domains.setRequiredIndicatorVisible(true);
        passwordLogin.setId("sso-password-login");
        passwordLogin.setLabel(getTranslation("sso.field.passwordLogin"));
        passwordLogin.setHelperText(getTranslation("sso.field.passwordLoginHelp"));
        passwordLogin.setValue(true);
        passwordLoginError.setId("sso-password-login-error");
        passwordLoginError.addClassName("field-error");
        passwordLoginError.getElement().setAttribute("role", "alert");
        passwordLoginError.setVisible(false);
        Div passwords = new Div(passwordLogin, passwordLoginError);
        FormLayout form = new FormLayout(issuer, clientId, clientSecret, emailClaim, domains, passwords);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("700px", 2));
        form.setColspan(issuer, 2);
        form.setColspan(domains, 2);
        form.setColspan(passwords, 2);
        Button save = new Button(getTranslation("sso.save"), e -> save());
        save.setId("sso-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        remove.setText(getTranslation("sso.remove"));
        remove.setId("sso-remove");
        remove.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        remove.addClickListener(e -> confirmRemove());
        FlexLayout buttons = new FlexLayout(save, remove);
        buttons.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        buttons.getStyle().set("gap", "var(--lumo-space-m)");
        return Cards.card(getTranslation("sso.provider"), form, buttons);
    }

    private void save() {
        Map<String, HasValidation> fields = Map.of(
                "issuer", issuer,
                "clientId", clientId,
                "clientSecret", clientSecret,
                "emailClaim", emailClaim,
                "domains", domains);
        fields.values().forEach(f -> f.setInvalid(false));
        passwordLoginError.setVisible(false);
        try {
            SsoSettings saved = singleSignOn.save(new SsoInput(
                    issuer.getValue(),
                    clientId.getValue(),
                    clientSecret.getValue(),
                    emailClaim.getValue(),
                    domains.getValue(),
                    passwordLogin.getValue()));
            show(Optional.of(saved));
            Notification.show(getTranslation("sso.saved"), 5000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (SsoRefusedException ex) {
            ex.fieldErrors().forEach((field, key) -> {
                if (field.equals("passwordLogin")) {
                    passwordLoginError.setText(getTranslation(key));
                    passwordLoginError.setVisible(true);
                }
                HasValidation target = fields.get(field);
                if (target != null) {
                    target.setErrorMessage(getTranslation(key, ex.detail()));
                    target.setInvalid(true);
                }
            });
        }
    }

    private void confirmRemove() {
        ConfirmDialog dialog = new ConfirmDialog(
                getTranslation("sso.remove.title"),
                getTranslation("sso.remove.text"),
                getTranslation("sso.remove"),
                e -> {
                    singleSignOn.remove();
                    show(Optional.empty());
                    Notification.show(getTranslation("sso.removed"), 5000, Notification.Position.BOTTOM_START)
                            .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                },
                getTranslation("common.cancel"),
                e -> {});
        dialog.setConfirmButtonTheme("error primary");
        dialog.open();
    }

    private void show(Optional<SsoSettings> settings) {
        // The secret is never shown: the field empties after a save (and is not required once one is stored).
        clientSecret.setRequiredIndicatorVisible(settings.isEmpty());
        clientSecret.clear();
        clientSecret.setInvalid(false);
        remove.setVisible(settings.isPresent());
        if (settings.isEmpty()) {
            status.setText(getTranslation("sso.status.none"));
            clientSecret.setHelperText(getTranslation("sso.field.clientSecretHelpNew"));
            return;
        }
        SsoSettings s = settings.get();
        issuer.setValue(s.issuer());
        clientId.setValue(s.clientId());
        emailClaim.setValue(s.emailClaim());
        domains.setValue(String.join(", ", s.domains()));
        passwordLogin.setValue(s.passwordLogin());
        clientSecret.setHelperText(getTranslation("sso.field.clientSecretHelp"));
        status.setText(getTranslation(
                s.passwordLogin() ? "sso.status.on" : "sso.status.onNoPasswords",
                String.join(", ", s.domains()),
                Formats.dateTime(s.updatedAt(), getLocale(), i18n)));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("sso.title");
    }
}
