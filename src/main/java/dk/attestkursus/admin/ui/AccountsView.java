package dk.attestkursus.admin.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import dk.attestkursus.admin.AdminPaths;
import dk.attestkursus.base.AppI18NProvider;
import dk.attestkursus.base.Formats;
import dk.attestkursus.base.ui.MainLayout;
import dk.attestkursus.base.ui.PasswordDialog;
import dk.attestkursus.privacy.PrivacyPaths;
import dk.attestkursus.security.AccountId;
import dk.attestkursus.security.AccountService;
import dk.attestkursus.security.AccountSummary;
import dk.attestkursus.security.AccountValidationException;
import dk.attestkursus.security.AppRoles;
import dk.attestkursus.security.CreatedAccount;
import dk.attestkursus.security.LinkRefusedException;
import dk.attestkursus.security.PersonalLinks;
import dk.attestkursus.security.TeamId;
import dk.attestkursus.security.TeamService;
import dk.attestkursus.security.TeamSummary;
import dk.attestkursus.security.UnknownAccountException;
import dk.attestkursus.selfservice.Invitations;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** Administrators list accounts, create them, deactivate them, unlock them and reset passwords. */
@Route(value = AdminPaths.ACCOUNTS, layout = MainLayout.class)
@RolesAllowed(AppRoles.ADMIN)
@Menu(title = "nav.accounts", order = 2, icon = "vaadin:users")
class AccountsView extends Div implements HasDynamicTitle {

    private final AccountService accounts;
    private final TeamService teams;
    private final PersonalLinks links;
    private final Invitations invitations;
    private final AppI18NProvider i18n;
    private final Clock clock;
    private final Grid<AccountSummary> grid = new Grid<>();

    AccountsView(
            AccountService accounts,
            TeamService teams,
            PersonalLinks links,
            Invitations invitations,
            AppI18NProvider i18n,
            Clock clock) {
        this.accounts = accounts;
        this.teams = teams;
        this.links = links;
        this.invitations = invitations;
        this.i18n = i18n;
        this.clock = clock;
        addClassName("page");
        Button create = new Button(getTranslation("accounts.create"), VaadinIcon.PLUS.create(), e -> openCreate());
        create.setId("create-account");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout header = new HorizontalLayout(new H1(getTranslation("accounts.title")), create);
        header.addClassName("page-header");
        header.setAlignItems(HorizontalLayout.Alignment.CENTER);
        add(header);

        grid.setId("accounts-grid");
        grid.setAriaLabel(getTranslation("accounts.title"));
        grid.addColumn(AccountSummary::displayName)
                .setHeader(getTranslation("accounts.field.name"))
                .setAutoWidth(true)
                .setSortable(true);
        grid.addColumn(AccountSummary::username)
                .setHeader(getTranslation("accounts.field.username"))
                .setAutoWidth(true);
        grid.addColumn(AccountSummary::email)
                .setHeader(getTranslation("accounts.field.email"))
                .setAutoWidth(true);
        grid.addColumn(a -> getTranslation(a.role().labelKey())
                        + a.kind()
                                .map(k -> " (" + getTranslation(k.labelKey()) + ")")
                                .orElse(""))
                .setHeader(getTranslation("accounts.field.role"))
                .setAutoWidth(true);
        grid.addColumn(a -> a.team().map(id -> teamNames.getOrDefault(id, "")).orElse(""))
                .setHeader(getTranslation("accounts.field.team"))
                .setAutoWidth(true);
        grid.addComponentColumn(this::status)
                .setHeader(getTranslation("accounts.status"))
                .setAutoWidth(true);
        grid.addComponentColumn(this::actions)
                .setHeader(getTranslation("accounts.actions"))
                .setAutoWidth(true);
        // Lazy rows in a fixed height: a municipality's import can bring thousands of accounts.
        grid.setHeight("70vh");
        search.setId("accounts-search");
        search.setLabel(getTranslation("accounts.search"));
        search.setHelperText(getTranslation("accounts.searchHelp"));
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> applyFilter());
        shown.setId("accounts-shown");
        shown.addClassName("meta");
        add(search, shown, grid);
        refresh();
    }

    private final TextField search = new TextField();
    private final Span shown = new Span();
    private List<AccountSummary> all = List.of();
    private Map<TeamId, String> teamNames = Map.of();
    private Map<AccountId, Boolean> activated = Map.of();

    private void refresh() {
        all = accounts.listAccounts();
        activated = links.activated(all.stream().map(AccountSummary::id).toList());
        teamNames = teams.teams().stream().collect(Collectors.toMap(TeamSummary::id, TeamSummary::name));
        applyFilter();
    }

    /** Shows the accounts whose name, user name, e-mail or team contains every word typed. */
    private void applyFilter() {
        String[] words = search.getValue().strip().toLowerCase(Locale.ROOT).split("\\s+");
        List<AccountSummary> matching = all.stream()
                .filter(a -> {
                    String text = (a.displayName() + " " + a.username() + " " + a.email() + " "
                                    + a.team()
                                            .map(id -> teamNames.getOrDefault(id, ""))
                                            .orElse(""))
                            .toLowerCase(Locale.ROOT);
                    return Arrays.stream(words).allMatch(text::contains);
                })
                .toList();
        grid.setItems(matching);
        shown.setText(getTranslation("accounts.shown", matching.size(), all.size()));
    }

    private Component status(AccountSummary account) {
        Span status;
        if (!account.active()) {
            status = new Span(getTranslation("accounts.status.inactive"));
            status.addClassName("badge-muted");
        } else if (account.lockedAt(clock.instant()) && account.lockedUntil() != null) {
            status = new Span(
                    getTranslation("accounts.status.locked", Formats.time(account.lockedUntil(), getLocale(), i18n)));
            status.addClassName("badge-warning");
        } else if (!activated.getOrDefault(account.id(), true)) {
            // Created, but its owner has neither chosen a password by the invitation nor logged in (issue 22).
            status = new Span(getTranslation("accounts.status.notActivated"));
            status.addClassName("badge-warning");
        } else {
            status = new Span(getTranslation("accounts.status.active"));
            status.addClassName("badge-ok");
        }
        status.addClassName("status");
        return status;
    }

    private Component actions(AccountSummary account) {
        HorizontalLayout row = new HorizontalLayout();
        row.setSpacing(false);
        row.addClassName("row-actions");
        if (account.active() && !activated.getOrDefault(account.id(), true)) {
            row.add(action("accounts.invite", account, () -> {
                try {
                    invitations.resend(account.id());
                    notifyDone(getTranslation("accounts.invited", account.email()));
                } catch (LinkRefusedException ex) {
                    notifyError(getTranslation(ex.messageKey()));
                } catch (UnknownAccountException ex) {
                    notifyError(getTranslation("runAccounts.gone"));
                }
            }));
        }
        row.add(action("accounts.resetPassword", account, () -> confirmReset(account)));
        row.add(action(
                "accounts.personalData",
                account,
                () -> getUI().ifPresent(ui ->
                        ui.navigate(PrivacyPaths.personData(account.id().value())))));
        if (account.lockedAt(clock.instant())) {
            row.add(action("accounts.unlock", account, () -> {
                accounts.unlock(account.id());
                notifyDone(getTranslation("accounts.unlocked", account.displayName()));
            }));
        }
        if (account.active()) {
            row.add(action("accounts.deactivate", account, () -> confirmDeactivate(account)));
        } else {
            row.add(action("accounts.reactivate", account, () -> {
                accounts.reactivate(account.id());
                notifyDone(getTranslation("accounts.reactivated", account.displayName()));
            }));
        }
        return row;
    }

    private Button action(String key, AccountSummary account, Runnable run) {
        Button button = new Button(getTranslation(key), e -> run.run());
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        button.setAriaLabel(getTranslation(key) + ": " + account.displayName());
        button.getElement().setAttribute("data-action", key.substring(key.indexOf('.') + 1));
        button.getElement().setAttribute("data-username", account.username());
        return button;
    }

    private void confirmDeactivate(AccountSummary account) {
        ConfirmDialog dialog = new ConfirmDialog(
                getTranslation("accounts.deactivate.title"),
                getTranslation("accounts.deactivate.text", account.displayName()),
                getTranslation("accounts.deactivate"),
                e -> {
                    try {
                        accounts.deactivate(account.id());
                        notifyDone(getTranslation("accounts.deactivated", account.displayName()));
                    } catch (AccountValidationException ex) {
                        notifyError(getTranslation(
                                ex.fieldErrors().values().iterator().next()));
                    }
                });
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("common.cancel"));
        dialog.open();
    }

    private void confirmReset(AccountSummary account) {
        ConfirmDialog dialog = new ConfirmDialog(
                getTranslation("accounts.resetPassword.title"),
                getTranslation("accounts.resetPassword.text", account.displayName()),
                getTranslation("accounts.resetPassword"),
                e -> {
                    String password = accounts.resetPassword(account.id());
                    refresh();
                    showPassword(account.displayName(), account.username(), password);
                });
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("common.cancel"));
        dialog.open();
    }

    private void openCreate() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("accounts.create"));
        AccountForm form = new AccountForm(teams.teams());
        dialog.add(form);
        Button save = new Button(getTranslation("common.save"), e -> {
            try {
                CreatedAccount created = accounts.create(form.value());
                dialog.close();
                refresh();
                showPassword(created.account().displayName(), created.account().username(), created.initialPassword());
            } catch (AccountValidationException ex) {
                form.showErrors(ex.fieldErrors());
            }
        });
        save.setId("account-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("common.cancel"), e -> dialog.close());
        dialog.getFooter().add(cancel, save);
        dialog.open();
        form.displayName.focus();
    }

    private void showPassword(String name, String username, String password) {
        PasswordDialog.show(name, username, password);
    }

    private void notifyDone(String message) {
        refresh();
        Notification.show(message, 4000, Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    private void notifyError(String message) {
        Notification.show(message, 6000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("accounts.title");
    }
}
