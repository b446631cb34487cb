package dk.attestkursus.selfservice.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import dk.attestkursus.base.ui.ClientAddress;
import dk.attestkursus.base.ui.ComponentTexts;
import dk.attestkursus.security.AccountValidationException;
import dk.attestkursus.security.LinkCheck;
import dk.attestkursus.security.LinkPurpose;
import dk.attestkursus.security.LinkRefusedException;
import dk.attestkursus.security.PasswordPolicy;
import dk.attestkursus.security.PersonalLinks;
import dk.attestkursus.selfservice.PasswordResets;
import dk.attestkursus.selfservice.SelfServicePaths;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * The page a personal link opens ({@code /adgangskode?token=…}, issue 22): a usable link asks for the new
 * password twice, with the rules beside it; an expired link offers a new one by mail; a used or unknown
 * link says so and shows the way on. The token is read from the address once and kept on the server.
 */
@Route(value = SelfServicePaths.CHOOSE_PASSWORD, autoLayout = false)
@AnonymousAllowed
class ChoosePasswordView extends MessageCard implements BeforeEnterObserver, HasDynamicTitle {

    private final PersonalLinks links;
    private final PasswordResets resets;
    private @Nullable String token;

    ChoosePasswordView(PersonalLinks links, PasswordResets resets) {
        this.links = links;
        this.resets = resets;
        title.setText(getTranslation("choose.title.invitation"));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        List<String> given =
                event.getLocation().getQueryParameters().getParameters().get("token");
        token = given == null || given.isEmpty() ? null : given.getFirst().strip();
        LinkCheck check = links.check(token);
        switch (check.state()) {
            case VALID -> showForm(check);
            case EXPIRED -> showExpired();
            case USED -> showProblem("choose.used");
            case UNKNOWN -> showProblem("choose.unknown");
        }
    }

    private void showForm(LinkCheck check) {
        boolean invitation = check.purpose() == LinkPurpose.INVITATION;
        title.setText(getTranslation(invitation ? "choose.title.invitation" : "choose.title.reset"));
        PasswordField password = ComponentTexts.of(new PasswordField(getTranslation("choose.password")));
        password.setId("choose-password");
        password.setWidthFull();
        password.setRequiredIndicatorVisible(true);
        password.setHelperText(getTranslation("password.rules", PasswordPolicy.MIN_LENGTH));
        password.setMaxLength(PasswordPolicy.MAX_LENGTH);
        PasswordField repeat = ComponentTexts.of(new PasswordField(getTranslation("choose.repeat")));
        repeat.setId("choose-repeat");
        repeat.setWidthFull();
        repeat.setRequiredIndicatorVisible(true);
        repeat.setMaxLength(PasswordPolicy.MAX_LENGTH);
        Button save = new Button(getTranslation("choose.save"), e -> {
            password.setInvalid(false);
            repeat.setInvalid(false);
            try {
                String username = links.choosePassword(token, password.getValue(), repeat.getValue());
                Paragraph done = text("choose.done");
                done.setId("choose-done");
                done.getElement().setAttribute("role", "status");
                Span name = new Span(username);
                name.setId("choose-username");
                name.addClassName("demo-username");
                Paragraph who = new Paragraph(getTranslation("choose.username") + " ");
                who.add(name);
                show(done, who, toLogin());
            } catch (AccountValidationException ex) {
                ex.fieldErrors().forEach((field, key) -> {
                    PasswordField target = field.equals("repeat") ? repeat : password;
                    target.setErrorMessage(getTranslation(key, PasswordPolicy.MIN_LENGTH));
                    target.setInvalid(true);
                });
            } catch (LinkRefusedException ex) {
                showProblem(ex.reason() == LinkRefusedException.Reason.EXPIRED ? "choose.expired" : "choose.used");
            } catch (OptimisticLockingFailureException ex) {
                // the same link used at the same moment in another window: that one won
                showProblem("choose.used");
            }
        });
        save.setId("choose-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(Key.ENTER);
        show(text("choose.hello", check.displayName()), password, repeat, save);
        password.focus();
    }

    private void showExpired() {
        title.setText(getTranslation("choose.expiredTitle"));
        Button renew = new Button(getTranslation("choose.renew"), e -> {
            boolean sent = resets.renew(token, ClientAddress.current());
            Paragraph result = text(sent ? "choose.renewed" : "choose.notRenewed");
            result.setId("choose-renewed");
            result.getElement().setAttribute("role", "status");
            show(result, forgotLink(), toLogin());
        });
        renew.setId("choose-renew");
        renew.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Paragraph text = text("choose.expired");
        text.setId("choose-problem");
        show(text, renew);
    }

    private void showProblem(String key) {
        title.setText(getTranslation("choose.problemTitle"));
        Paragraph text = text(key);
        text.setId("choose-problem");
        text.getElement().setAttribute("role", "alert");
        show(text, forgotLink(), toLogin());
    }

    private Paragraph forgotLink() {
        Anchor forgot = new Anchor("/" + SelfServicePaths.FORGOT, getTranslation("login.form.forgot"));
        forgot.setId("to-forgot");
        return new Paragraph(forgot);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("choose.pageTitle");
    }
}
