package dk.attestkursus.base.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

/** Shows a new account's first password once, to hand over; only its hash is stored. */
public final class PasswordDialog {

    private PasswordDialog() {}

    public static void show(String name, String username, String password) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(dialog.getTranslation("accounts.password.title"));
        Span value = new Span(password);
        value.setId("generated-password");
        value.addClassName("password-value");
        dialog.add(
                new Paragraph(dialog.getTranslation("accounts.password.text", name, username)),
                value,
                new Paragraph(dialog.getTranslation("accounts.password.once")));
        Button ok = new Button(dialog.getTranslation("common.close"), e -> dialog.close());
        ok.setId("password-close");
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(ok);
        dialog.open();
    }
}
