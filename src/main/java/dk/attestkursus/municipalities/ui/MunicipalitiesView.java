package dk.attestkursus.municipalities.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import dk.attestkursus.base.Formats;
import dk.attestkursus.base.ui.Cards;
import dk.attestkursus.base.ui.MainLayout;
import dk.attestkursus.base.ui.PasswordDialog;
import dk.attestkursus.municipalities.MunicipalityPaths;
import dk.attestkursus.municipalities.MunicipalityRefusedException;
import dk.attestkursus.municipalities.MunicipalityService;
import dk.attestkursus.municipalities.MunicipalitySummary;
import dk.attestkursus.municipalities.NewMunicipality;
import dk.attestkursus.privacy.PrivacyPaths;
import dk.attestkursus.security.AccountService;
import dk.attestkursus.security.AccountSummary;
import dk.attestkursus.security.AppRoles;
import dk.attestkursus.security.CreatedAccount;
import dk.attestkursus.security.NewAccount;
import dk.attestkursus.security.Role;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;

/**
 * The platform administrator's start page: the municipalities on the platform, a new one with its first
 * administrator (whose password is shown once), and deleting one that has nobody and no run left.
 */
@Route(value = MunicipalityPaths.HOME, layout = MainLayout.class)
@RolesAllowed(AppRoles.PLATFORM_ADMIN)
@Menu(title = "nav.municipalities", order = 1, icon = "vaadin:institution")
class MunicipalitiesView extends Div implements HasDynamicTitle {

    private final MunicipalityService municipalities;
    private final Grid<MunicipalitySummary> grid = new Grid<>();
    private final Paragraph empty = Cards.emptyState("");

    final TextField name = new TextField();
    final TextField adminName = new TextField();
    final TextField adminUsername = new TextField();
    final EmailField adminEmail = new EmailField();

    MunicipalitiesView(MunicipalityService municipalities, AccountService accounts) {
        this.municipalities = municipalities;
        addClassName("page");
        add(new H1(getTranslation("municipalities.title")));
        add(new Paragraph(getTranslation("municipalities.intro")));
        grid.setId("municipalities");
        // Two columns, so a phone shows the whole row: the name with what it holds, and the action.
        grid.addComponentColumn(this::nameAndCounts)
                .setHeader(getTranslation("municipalities.name"))
                .setFlexGrow(1);
        grid.addComponentColumn(this::actions)
                .setHeader(getTranslation("accounts.actions"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.setAllRowsVisible(true);
        empty.setText(getTranslation("municipalities.none"));
        add(Cards.card(getTranslation("municipalities.list"), grid, empty));
        add(createCard());
        add(platformAccountsCard(accounts));
        refresh();
    }

    /**
     * The platform's own accounts, for which the platform administrator answers a request for insight or
     * erasure (issue 25): each links to its personal data.
     */
    private Div platformAccountsCard(AccountService accounts) {
        UnorderedList list = new UnorderedList();
        list.setId("platform-accounts");
        for (AccountSummary account : accounts.platformAccounts()) {
            Anchor link = new Anchor(
                    PrivacyPaths.personData(account.id().value()),
                    getTranslation(
                            "municipalities.platformAccount",
                            account.displayName(),
                            getTranslation(account.role().labelKey())));
            list.add(new ListItem(link));
        }
        return Cards.card(
                getTranslation("municipalities.platformAccounts"),
                new Paragraph(getTranslation("municipalities.platformAccountsHelp")),
                list);
    }

    private Div createCard() {
        name.setLabel(getTranslation("municipalities.field.name"));
        name.setId("municipality-name");
        name.setRequiredIndicatorVisible(true);
        name.setMaxLength(200);
        name.setHelperText(getTranslation("municipalities.field.nameHelp"));
        adminName.setLabel(getTranslation("municipalities.field.adminName"));
        adminName.setId("municipality-admin-name");
        adminName.setRequiredIndicatorVisible(true);
        adminUsername.setLabel(getTranslation("accounts.field.username"));
        adminUsername.setId("municipality-admin-username");
        adminUsername.setRequiredIndicatorVisible(true);
        adminUsername.setHelperText(getTranslation("accounts.field.usernameHelp"));
        adminEmail.setLabel(getTranslation("accounts.field.email"));
        adminEmail.setId("municipality-admin-email");
        adminEmail.setRequiredIndicatorVisible(true);
        FormLayout form = new FormLayout(name, adminName, adminUsername, adminEmail);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("600px", 2));
        Button create = new Button(getTranslation("municipalities.create"), e -> create());
        create.setId("municipality-create");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        return Cards.card(getTranslation("municipalities.new"), form, create);
    }

    private void create() {
        clearErrors();
        try {
            CreatedAccount admin = municipalities.create(new NewMunicipality(
                    name.getValue(),
                    new NewAccount(
                            adminName.getValue(),
                            adminUsername.getValue(),
                            adminEmail.getValue(),
                            Role.ADMIN,
                            null,
                            null)));
            Notification.show(
                            getTranslation(
                                    "municipalities.created", name.getValue().strip()),
                            4000,
                            Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            List.of(name, adminName, adminUsername).forEach(TextField::clear);
            adminEmail.clear();
            refresh();
            PasswordDialog.show(admin.account().displayName(), admin.account().username(), admin.initialPassword());
        } catch (MunicipalityRefusedException ex) {
            showErrors(ex.fieldErrors());
        }
    }

    private void showErrors(Map<String, String> errors) {
        Map<String, HasValidation> fields =
                Map.of("name", name, "displayName", adminName, "username", adminUsername, "email", adminEmail);
        errors.forEach((field, key) -> {
            var target = fields.get(field);
            if (target != null) {
                target.setErrorMessage(getTranslation(key));
                target.setInvalid(true);
            }
        });
    }

    private void clearErrors() {
        List.of(name, adminName, adminUsername).forEach(f -> f.setInvalid(false));
        adminEmail.setInvalid(false);
    }

    private Div nameAndCounts(MunicipalitySummary m) {
        Span counts = new Span(getTranslation(
                "municipalities.counts",
                Formats.number(m.people(), getLocale()),
                Formats.number(m.runs(), getLocale())));
        counts.addClassName("secondary-text");
        Span name = new Span(m.name());
        name.addClassName("municipality-row-name");
        Div cell = new Div(name, new Div(counts));
        cell.getStyle().set("white-space", "normal");
        return cell;
    }

    private Div actions(MunicipalitySummary m) {
        Button rename = new Button(getTranslation("municipalities.rename"), e -> openRename(m));
        rename.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        rename.getElement().setAttribute("aria-label", getTranslation("municipalities.renameOne", m.name()));
        return new Div(rename, deleteButton(m));
    }

    private void openRename(MunicipalitySummary m) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("municipalities.renameOne", m.name()));
        TextField newName = new TextField(getTranslation("municipalities.field.name"));
        newName.setId("municipality-new-name");
        newName.setValue(m.name());
        newName.setMaxLength(200);
        newName.setWidthFull();
        dialog.add(newName);
        Button save = new Button(getTranslation("common.save"), e -> {
            try {
                municipalities.rename(m.id(), newName.getValue());
                dialog.close();
                refresh();
            } catch (MunicipalityRefusedException ex) {
                newName.setErrorMessage(getTranslation(ex.fieldErrors().getOrDefault("name", ex.messageKey())));
                newName.setInvalid(true);
            }
        });
        save.setId("municipality-rename-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("common.cancel"), e -> dialog.close()), save);
        dialog.open();
        newName.focus();
    }

    private Button deleteButton(MunicipalitySummary m) {
        Button delete = new Button(getTranslation("municipalities.deleteShort"), e -> confirmDelete(m));
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        delete.getElement().setAttribute("aria-label", getTranslation("municipalities.deleteOne", m.name()));
        return delete;
    }

    private void confirmDelete(MunicipalitySummary m) {
        ConfirmDialog dialog = new ConfirmDialog(
                getTranslation("municipalities.delete.title", m.name()),
                getTranslation("municipalities.delete.text"),
                getTranslation("municipalities.delete"),
                e -> delete(m),
                getTranslation("common.cancel"),
                e -> {});
        dialog.setConfirmButtonTheme("error primary");
        dialog.open();
    }

    private void delete(MunicipalitySummary m) {
        try {
            municipalities.delete(m.id());
            Notification.show(
                            getTranslation("municipalities.deleted", m.name()),
                            4000,
                            Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (MunicipalityRefusedException ex) {
            Notification.show(
                            getTranslation("municipalities.notEmpty", m.name(), ex.peopleLeft(), ex.runsLeft()),
                            8000,
                            Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
        refresh();
    }

    private void refresh() {
        List<MunicipalitySummary> all = municipalities.list();
        grid.setItems(all);
        grid.setVisible(!all.isEmpty());
        empty.setVisible(all.isEmpty());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("municipalities.title");
    }
}
