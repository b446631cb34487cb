package dk.attestkursus.certificates.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import dk.attestkursus.base.AppI18NProvider;
import dk.attestkursus.base.Formats;
import dk.attestkursus.base.ui.ClientAddress;
import dk.attestkursus.base.ui.PolicyLinks;
import dk.attestkursus.certificates.CertificateCodes;
import dk.attestkursus.certificates.CertificatePaths;
import dk.attestkursus.certificates.CertificateRefusedException;
import dk.attestkursus.certificates.CertificateService;
import dk.attestkursus.certificates.Verification;
import java.util.Objects;
import java.util.Optional;

/**
 * The public verification page: anyone (an employer, a leader) types or follows a certificate's code
 * and sees whether it is valid, for whom, which course and when. Nothing else about the person.
 */
@Route(value = CertificatePaths.VERIFY, autoLayout = false)
@AnonymousAllowed
class VerifyView extends Main implements HasDynamicTitle, BeforeEnterObserver {

    private final CertificateService certificates;
    private final AppI18NProvider i18n;

    VerifyView(CertificateService certificates, AppI18NProvider i18n) {
        this.certificates = certificates;
        this.i18n = i18n;
        addClassName("message-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        Optional<String> typed = event.getRouteParameters().get("code");
        Div card = new Div();
        card.addClassName("message-card");
        card.add(
                new H1(getTranslation("certificates.verify.title")),
                new Paragraph(getTranslation("certificates.verify.intro")));
        TextField code = new TextField(getTranslation("certificates.verify.code"));
        code.setId("verify-code");
        code.setHelperText(getTranslation("certificates.verify.codeHelp"));
        code.setMaxLength(40);
        code.setWidthFull();
        typed.ifPresent(code::setValue);
        Button check = new Button(getTranslation("certificates.verify.check"), e -> {
            String value = code.getValue().strip();
            if (value.isEmpty()) {
                code.setInvalid(true);
                code.setErrorMessage(getTranslation("certificates.verify.empty"));
                code.focus();
                return;
            }
            String asTyped = CertificateCodes.normalise(value).orElse(value.replaceAll("[^A-Za-z0-9-]", ""));
            if (asTyped.isEmpty()) {
                code.setInvalid(true);
                code.setErrorMessage(getTranslation("certificates.verify.malformed", CertificateCodes.LENGTH));
                code.focus();
                return;
            }
            UI.getCurrent().navigate(CertificatePaths.verify(asTyped));
        });
        check.setId("verify-check");
        check.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        check.addClickShortcut(Key.ENTER);
        card.add(code, check);
        typed.ifPresent(t -> card.add(result(t)));
        Anchor home = new Anchor("", getTranslation("certificates.verify.home"));
        home.setId("verify-home");
        card.add(new Paragraph(home));
        add(card, PolicyLinks.footer());
    }

    private Div result(String typed) {
        Div box = new Div();
        box.setId("verify-result");
        box.getElement().setAttribute("role", "status");
        Optional<Verification> found;
        try {
            found = certificates.verify(typed, ClientAddress.current());
        } catch (CertificateRefusedException refused) {
            // Too many look-ups from this address: says how long to wait, looks nothing up.
            box.addClassName("error-box");
            box.getElement().setAttribute("data-valid", "unknown");
            box.add(
                    new H2(getTranslation("certificates.verify.limitTitle")),
                    new Paragraph(getTranslation(
                            refused.messageKey(),
                            CertificateService.LOOKUPS_PER_CLIENT,
                            CertificateService.LOOKUP_PERIOD.toMinutes())));
            return box;
        }
        if (found.isEmpty()) {
            box.addClassName("error-box");
            box.getElement().setAttribute("data-valid", "false");
            box.add(
                    new H2(getTranslation("certificates.verify.invalid")),
                    new Paragraph(getTranslation(
                            CertificateCodes.normalise(typed).isPresent()
                                    ? "certificates.verify.unknown"
                                    : "certificates.verify.malformed",
                            CertificateCodes.LENGTH)));
            return box;
        }
        Verification v = found.get();
        box.addClassName(v.valid() ? "info-box" : "error-box");
        box.getElement().setAttribute("data-valid", String.valueOf(v.valid()));
        box.getElement().setAttribute("data-state", v.state().name());
        if (v.state() == Verification.State.ERASED) {
            // Issue 25: deleted with its holder's data; nothing is left to say for whom or when.
            Paragraph why = new Paragraph(getTranslation("certificates.verify.erasedText"));
            why.setId("verify-erased");
            box.add(new H2(getTranslation("certificates.verify.erased")), why);
            return box;
        }
        boolean withdrawn = v.state() == Verification.State.WITHDRAWN;
        boolean replaced = v.state() == Verification.State.REPLACED;
        Paragraph who = new Paragraph(getTranslation(
                "certificates.verify.who",
                v.holderName(),
                v.courseTitle(),
                Formats.localDate(Objects.requireNonNull(v.sessionDate()), getLocale(), i18n)));
        who.setId("verify-who");
        box.add(
                new H2(getTranslation(
                        withdrawn
                                ? "certificates.verify.withdrawn"
                                : replaced ? "certificates.verify.replaced" : "certificates.verify.valid")),
                who,
                new Paragraph(getTranslation(
                        "certificates.verify.issued",
                        Formats.date(Objects.requireNonNull(v.issuedAt()), getLocale(), i18n))));
        if (withdrawn) {
            // Issue 23: the date of the withdrawal, never its reason (that is the holder's).
            Paragraph when = new Paragraph(getTranslation(
                    "certificates.verify.withdrawnAt",
                    Formats.date(Objects.requireNonNull(v.withdrawnAt()), getLocale(), i18n)));
            when.setId("verify-withdrawn");
            box.add(when);
        }
        if (replaced) {
            // Issue 23: reissued after a correction; the new code is the holder's to show.
            Paragraph when = new Paragraph(getTranslation(
                    "certificates.verify.replacedAt",
                    Formats.date(Objects.requireNonNull(v.replacedAt()), getLocale(), i18n)));
            when.setId("verify-replaced");
            box.add(when);
        }
        return box;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("certificates.verify.title");
    }
}
