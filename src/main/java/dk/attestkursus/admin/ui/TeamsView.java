package dk.attestkursus.admin.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import dk.attestkursus.admin.AdminPaths;
import dk.attestkursus.base.ui.Cards;
import dk.attestkursus.base.ui.MainLayout;
import dk.attestkursus.security.AccountId;
import dk.attestkursus.security.AccountService;
import dk.attestkursus.security.AccountSummary;
import dk.attestkursus.security.AccountValidationException;
import dk.attestkursus.security.AppRoles;
import dk.attestkursus.security.Role;
import dk.attestkursus.security.TeamId;
import dk.attestkursus.security.TeamRefusedException;
import dk.attestkursus.security.TeamService;
import dk.attestkursus.security.TeamSummary;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A municipal administrator's teams (issue 21): the municipality's named teams with their leaders and
 * how many caseworkers each has; a new team, a team renamed or given other leaders, who belongs to it
 * (a person chosen from another team moves here), and deleting a team that has nobody left.
 */
@Route(value = AdminPaths.TEAMS, layout = MainLayout.class)
@RolesAllowed(AppRoles.ADMIN)
@Menu(title = "nav.teams", order = 2.2, icon = "vaadin:group")
class TeamsView extends Div implements HasDynamicTitle {

    private final TeamService teams;
    private final AccountService accounts;
    private final Grid<TeamSummary> grid = new Grid<>();
    private final Paragraph empty = Cards.emptyState("");

    final TextField name = new TextField();
    final MultiSelectComboBox<AccountSummary> leaders = new MultiSelectComboBox<>();

    TeamsView(TeamService teams, AccountService accounts) {
        this.teams = teams;
        this.accounts = accounts;
        addClassName("page");
        add(new H1(getTranslation("teams.title")));
        add(new Paragraph(getTranslation("teams.intro")));
        grid.setId("teams");
        grid.setAriaLabel(getTranslation("teams.list"));
        // One column, so a phone shows the whole row: the team, its leaders and size, and the actions (which
        // wrap under the name on a narrow screen and stand beside it on a wide one).
        grid.addComponentColumn(this::row).setHeader(getTranslation("accounts.field.team"));
        grid.setAllRowsVisible(true);
        empty.setText(getTranslation("teams.none"));
        empty.setId("teams-empty");
        add(Cards.card(getTranslation("teams.list"), grid, empty));
        add(createCard());
        refresh();
    }

    private Div createCard() {
        nameField(name, "team-name");
        leaderField(leaders, "team-leaders");
        FormLayout form = new FormLayout(name, leaders);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("600px", 2));
        Button create = new Button(getTranslation("teams.create"), e -> create());
        create.setId("team-create");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        return Cards.card(getTranslation("teams.new"), form, create);
    }

    private void nameField(TextField field, String id) {
        field.setLabel(getTranslation("teams.field.name"));
        field.setId(id);
        field.setRequiredIndicatorVisible(true);
        field.setMaxLength(TeamService.MAX_NAME);
        field.setHelperText(getTranslation("teams.field.nameHelp"));
    }

    private void leaderField(MultiSelectComboBox<AccountSummary> field, String id) {
        List<AccountSummary> all = accounts.leaders();
        field.setLabel(getTranslation("teams.field.leaders"));
        field.setId(id);
        field.setItems(all);
        field.setItemLabelGenerator(AccountSummary::displayName);
        field.setHelperText(getTranslation(all.isEmpty() ? "teams.field.noLeaders" : "teams.field.leadersHelp"));
        field.setWidthFull();
    }

    private void create() {
        name.setInvalid(false);
        leaders.setInvalid(false);
        try {
            teams.create(name.getValue(), ids(leaders.getValue()));
            notifyDone(getTranslation("teams.created", name.getValue().strip()));
            name.clear();
            leaders.clear();
        } catch (AccountValidationException ex) {
            showErrors(ex.fieldErrors(), Map.of("name", name, "leaders", leaders));
        }
    }

    private Div row(TeamSummary team) {
        Div row = new Div(describe(team), actions(team));
        row.addClassNames(
                LumoUtility.Display.FLEX,
                LumoUtility.FlexWrap.WRAP,
                LumoUtility.JustifyContent.BETWEEN,
                LumoUtility.AlignItems.CENTER,
                LumoUtility.Gap.Column.MEDIUM);
        row.getStyle().set("white-space", "normal");
        return row;
    }

    private Div describe(TeamSummary team) {
        Span title = new Span(team.name());
        title.addClassName("team-row-name");
        Span detail = new Span(getTranslation(
                team.leaders().isEmpty() ? "teams.row.noLeader" : "teams.row", team.leaderNames(), team.members()));
        detail.addClassName("secondary-text");
        Div cell = new Div(title, new Div(detail));
        cell.getStyle().set("white-space", "normal");
        return cell;
    }

    private Div actions(TeamSummary team) {
        Button edit = new Button(getTranslation("teams.edit"), e -> openEdit(team));
        edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        edit.getElement().setAttribute("aria-label", getTranslation("teams.editOne", team.name()));
        Button members = new Button(getTranslation("teams.members"), e -> openMembers(team));
        members.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        members.getElement().setAttribute("aria-label", getTranslation("teams.membersOne", team.name()));
        Button delete = new Button(getTranslation("teams.delete"), e -> confirmDelete(team));
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        delete.getElement().setAttribute("aria-label", getTranslation("teams.deleteOne", team.name()));
        Div actions = new Div(edit, members, delete);
        actions.getStyle().set("white-space", "normal");
        return actions;
    }

    private void openEdit(TeamSummary team) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("teams.editOne", team.name()));
        TextField newName = new TextField();
        nameField(newName, "team-edit-name");
        newName.setValue(team.name());
        MultiSelectComboBox<AccountSummary> newLeaders = new MultiSelectComboBox<>();
        leaderField(newLeaders, "team-edit-leaders");
        Set<AccountId> current =
                team.leaders().stream().map(TeamSummary.Leader::id).collect(Collectors.toSet());
        newLeaders.setValue(accounts.leaders().stream()
                .filter(a -> current.contains(a.id()))
                .collect(Collectors.toSet()));
        FormLayout form = new FormLayout(newName, newLeaders);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        dialog.add(form);
        Button save = new Button(getTranslation("common.save"), e -> {
            newName.setInvalid(false);
            newLeaders.setInvalid(false);
            try {
                teams.update(team.id(), newName.getValue(), ids(newLeaders.getValue()));
                dialog.close();
                notifyDone(getTranslation("teams.saved", newName.getValue().strip()));
            } catch (AccountValidationException ex) {
                showErrors(ex.fieldErrors(), Map.of("name", newName, "leaders", newLeaders));
            } catch (TeamRefusedException ex) {
                dialog.close();
                notifyError(getTranslation(ex.messageKey()));
            }
        });
        save.setId("team-edit-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("common.cancel"), e -> dialog.close()), save);
        dialog.setWidth("min(36rem, 100vw)");
        dialog.open();
        newName.focus();
    }

    private void openMembers(TeamSummary team) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("teams.membersOne", team.name()));
        List<AccountSummary> caseworkers = accounts.listAccounts().stream()
                .filter(a -> a.role() == Role.PARTICIPANT && a.active())
                .toList();
        Map<TeamId, String> teamNames =
                teams.teams().stream().collect(Collectors.toMap(TeamSummary::id, TeamSummary::name));
        MultiSelectComboBox<AccountSummary> members = new MultiSelectComboBox<>();
        members.setLabel(getTranslation("teams.field.members"));
        members.setId("team-members");
        members.setItems(caseworkers);
        // The team a person is in now, so moving someone from another team is a visible choice.
        members.setItemLabelGenerator(a -> a.team()
                .filter(t -> !t.equals(team.id()))
                .map(t -> getTranslation("teams.member.elsewhere", a.displayName(), teamNames.get(t)))
                .orElse(a.displayName()));
        members.setValue(caseworkers.stream()
                .filter(a -> a.team().filter(team.id()::equals).isPresent())
                .collect(Collectors.toSet()));
        members.setHelperText(getTranslation("teams.field.membersHelp"));
        members.setWidthFull();
        dialog.add(members);
        Button save = new Button(getTranslation("common.save"), e -> {
            try {
                teams.setMembers(team.id(), ids(members.getValue()));
                dialog.close();
                notifyDone(getTranslation(
                        "teams.membersSaved", team.name(), members.getValue().size()));
            } catch (AccountValidationException ex) {
                members.setErrorMessage(getTranslation(ex.fieldErrors().getOrDefault("members", ex.messageKey())));
                members.setInvalid(true);
            } catch (TeamRefusedException ex) {
                dialog.close();
                notifyError(getTranslation(ex.messageKey()));
            }
        });
        save.setId("team-members-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("common.cancel"), e -> dialog.close()), save);
        dialog.setWidth("min(40rem, 100vw)");
        dialog.open();
        members.focus();
    }

    private void confirmDelete(TeamSummary team) {
        ConfirmDialog dialog = new ConfirmDialog(
                getTranslation("teams.delete.title", team.name()),
                getTranslation("teams.delete.text"),
                getTranslation("teams.delete"),
                e -> delete(team),
                getTranslation("common.cancel"),
                e -> {});
        dialog.setConfirmButtonTheme("error primary");
        dialog.open();
    }

    private void delete(TeamSummary team) {
        try {
            teams.delete(team.id());
            notifyDone(getTranslation("teams.deleted", team.name()));
        } catch (TeamRefusedException ex) {
            refresh();
            notifyError(
                    ex.reason() == TeamRefusedException.Reason.HAS_MEMBERS
                            ? getTranslation("teams.notEmpty", team.name(), team.members())
                            : getTranslation(ex.messageKey()));
        }
    }

    private static Set<AccountId> ids(Set<AccountSummary> people) {
        return people.stream().map(AccountSummary::id).collect(Collectors.toSet());
    }

    private void showErrors(Map<String, String> errors, Map<String, HasValidation> fields) {
        errors.forEach((field, key) -> {
            HasValidation target = fields.get(field);
            if (target != null) {
                target.setErrorMessage(getTranslation(key));
                target.setInvalid(true);
            }
        });
    }

    private void notifyDone(String message) {
        refresh();
        Notification.show(message, 4000, Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    private void notifyError(String message) {
        Notification.show(message, 8000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    private void refresh() {
        List<TeamSummary> all = teams.teams();
        grid.setItems(all);
        grid.setVisible(!all.isEmpty());
        empty.setVisible(all.isEmpty());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("teams.title");
    }
}
