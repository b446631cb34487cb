package dk.attestkursus.selfservice.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import dk.attestkursus.base.ui.ClientAddress;
import dk.attestkursus.selfservice.PasswordResets;
import dk.attestkursus.selfservice.SelfServicePaths;

/**
 * "Glemt adgangskode?" (issue 22): the user types their e-mail or user name and always reads the same
 * answer, whether or not an account has it, so the page tells nobody who has an account.
 */
@Route(value = SelfServicePaths.FORGOT, autoLayout = false)
@AnonymousAllowed
class ForgotPasswordView extends MessageCard implements HasDynamicTitle {

    private final TextField who = new TextField();

    ForgotPasswordView(PasswordResets resets) {
        title.setText(getTranslation("forgot.title"));
        who.setLabel(getTranslation("forgot.field"));
        who.setId("forgot-who");
        who.setWidthFull();
        who.setMaxLength(254);
        who.setRequiredIndicatorVisible(true);
        Button send = new Button(getTranslation("forgot.send"), e -> {
            if (who.getValue().isBlank()) {
                who.setErrorMessage(getTranslation("forgot.error.empty"));
                who.setInvalid(true);
                return;
            }
            resets.request(who.getValue(), ClientAddress.current());
            Paragraph sent = text("forgot.sent", 60);
            sent.setId("forgot-sent");
            sent.getElement().setAttribute("role", "status");
            show(sent, toLogin());
        });
        send.setId("forgot-send");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.addClickShortcut(com.vaadin.flow.component.Key.ENTER);
        Anchor back = toLogin();
        show(text("forgot.intro"), who, send, new Paragraph(back));
        who.focus();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("forgot.title");
    }
}
