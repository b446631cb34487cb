package dk.attestkursus.selfservice.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import dk.attestkursus.base.ui.Cards;
import dk.attestkursus.base.ui.ComponentTexts;
import dk.attestkursus.base.ui.MainLayout;
import dk.attestkursus.municipalities.MunicipalityService;
import dk.attestkursus.security.AccountService;
import dk.attestkursus.security.AccountSummary;
import dk.attestkursus.security.AccountValidationException;
import dk.attestkursus.security.CurrentAccount;
import dk.attestkursus.security.CurrentUser;
import dk.attestkursus.security.PasswordPolicy;
import dk.attestkursus.security.PersonalLinks;
import dk.attestkursus.selfservice.SelfServicePaths;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Every user's own account (issue 22): who they are on the platform, a new password (the current one
 * asked for, the rules of {@link PasswordPolicy}), and "log out everywhere", which ends every session of
 * the account, on every device, this one included.
 */
@Route(value = SelfServicePaths.MY_ACCOUNT, layout = MainLayout.class)
@PermitAll
@Menu(title = "nav.myAccount", order = 99, icon = "vaadin:user")
class OwnAccountView extends Div implements HasDynamicTitle {

    private final PersonalLinks links;
    private final CurrentUser currentUser;
    final PasswordField current = ComponentTexts.of(new PasswordField());
    final PasswordField password = ComponentTexts.of(new PasswordField());
    final PasswordField repeat = ComponentTexts.of(new PasswordField());

    OwnAccountView(
            PersonalLinks links, CurrentUser currentUser, MunicipalityService municipalities, AccountService accounts) {
        this.links = links;
        this.currentUser = currentUser;
        addClassName("page");
        CurrentAccount me = currentUser.require();
        AccountSummary mine = accounts.me();
        add(new H1(getTranslation("myAccount.title")));
        DescriptionList facts = new DescriptionList();
        facts.setId("my-account-facts");
        facts.add(
                new DescriptionList.Term(getTranslation("accounts.field.name")),
                new DescriptionList.Description(me.displayName()));
        facts.add(
                new DescriptionList.Term(getTranslation("accounts.field.username")),
                new DescriptionList.Description(me.username()));
        facts.add(
                new DescriptionList.Term(getTranslation("accounts.field.email")),
                new DescriptionList.Description(mine.email()));
        facts.add(
                new DescriptionList.Term(getTranslation("accounts.field.role")),
                new DescriptionList.Description(getTranslation(me.role().labelKey())));
        municipalities
                .myMunicipalityName()
                .ifPresent(name -> facts.add(
                        new DescriptionList.Term(getTranslation("myAccount.municipality")),
                        new DescriptionList.Description(name)));
        add(Cards.card(getTranslation("myAccount.who"), facts, new Paragraph(getTranslation("myAccount.whoHelp"))));
        add(languageCard(accounts));
        add(passwordCard());
        add(sessionsCard());
    }

    private Div passwordCard() {
        current.setLabel(getTranslation("myAccount.current"));
        current.setId("my-current");
        current.setRequiredIndicatorVisible(true);
        password.setLabel(getTranslation("choose.password"));
        password.setId("my-password");
        password.setRequiredIndicatorVisible(true);
        password.setMaxLength(PasswordPolicy.MAX_LENGTH);
        password.setHelperText(getTranslation("password.rules", PasswordPolicy.MIN_LENGTH));
        repeat.setLabel(getTranslation("choose.repeat"));
        repeat.setId("my-repeat");
        repeat.setRequiredIndicatorVisible(true);
        repeat.setMaxLength(PasswordPolicy.MAX_LENGTH);
        FormLayout form = new FormLayout(current, password, repeat);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("700px", 3));
        Button save = new Button(getTranslation("myAccount.change"), e -> change());
        save.setId("my-password-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        return Cards.card(getTranslation("myAccount.password"), form, save);
    }

    private void change() {
        List.of(current, password, repeat).forEach(f -> f.setInvalid(false));
        try {
            links.changeOwnPassword(current.getValue(), password.getValue(), repeat.getValue());
            List.of(current, password, repeat).forEach(PasswordField::clear);
            Notification.show(getTranslation("myAccount.changed"), 5000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (AccountValidationException ex) {
            Map<String, PasswordField> fields = Map.of("current", current, "password", password, "repeat", repeat);
            ex.fieldErrors().forEach((field, key) -> {
                PasswordField target = fields.getOrDefault(field, password);
                target.setErrorMessage(getTranslation(key, PasswordPolicy.MIN_LENGTH));
                target.setInvalid(true);
            });
        }
    }

    private Div languageCard(AccountService accounts) {
        Select<Locale> language = new Select<>();
        language.setLabel(getTranslation("myAccount.language"));
        language.setId("my-language");
        language.setItems(Locale.forLanguageTag("da"), Locale.ENGLISH);
        language.setItemLabelGenerator(l -> l.getLanguage().equals("da") ? "Dansk" : "English");
        language.setValue(getLocale().getLanguage().equals("en") ? Locale.ENGLISH : Locale.forLanguageTag("da"));
        language.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                accounts.setMyLanguage(e.getValue());
                VaadinSession.getCurrent().setLocale(e.getValue());
                getUI().ifPresent(ui -> ui.getPage().reload());
            }
        });
        return Cards.card(getTranslation("myAccount.languageTitle"), language);
    }

    private Div sessionsCard() {
        Button everywhere = new Button(getTranslation("myAccount.logoutEverywhere"), e -> {
            ConfirmDialog confirm = new ConfirmDialog(
                    getTranslation("myAccount.logoutEverywhere"),
                    getTranslation("myAccount.logoutEverywhere.text"),
                    getTranslation("myAccount.logoutEverywhere.confirm"),
                    ok -> {
                        links.endMySessions();
                        currentUser.logout();
                    },
                    getTranslation("common.cancel"),
                    cancel -> {});
            confirm.open();
        });
        everywhere.setId("logout-everywhere");
        return Cards.card(
                getTranslation("myAccount.sessions"),
                new Paragraph(getTranslation("myAccount.sessionsHelp")),
                everywhere);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("myAccount.title");
    }
}
