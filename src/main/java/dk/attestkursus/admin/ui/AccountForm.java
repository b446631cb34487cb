package dk.attestkursus.admin.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import dk.attestkursus.security.InstructorKind;
import dk.attestkursus.security.NewAccount;
import dk.attestkursus.security.Role;
import dk.attestkursus.security.TeamSummary;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The fields of a new account. Shows the instructor kind only for instructors and the team only for
 * caseworkers; shows the service's field errors beside the fields and keeps what was typed.
 */
class AccountForm extends FormLayout {

    final TextField displayName = new TextField();
    final TextField username = new TextField();
    final EmailField email = new EmailField();
    final Select<Role> role = new Select<>();
    final Select<InstructorKind> kind = new Select<>();
    final ComboBox<TeamSummary> team = new ComboBox<>();

    AccountForm(List<TeamSummary> teams) {
        displayName.setLabel(getTranslation("accounts.field.name"));
        displayName.setId("account-name");
        displayName.setRequiredIndicatorVisible(true);
        displayName.setMaxLength(200);
        username.setLabel(getTranslation("accounts.field.username"));
        username.setId("account-username");
        username.setRequiredIndicatorVisible(true);
        username.setHelperText(getTranslation("accounts.field.usernameHelp"));
        email.setLabel(getTranslation("accounts.field.email"));
        email.setId("account-email");
        email.setRequiredIndicatorVisible(true);
        role.setLabel(getTranslation("accounts.field.role"));
        role.setId("account-role");
        role.setItems(Arrays.stream(Role.values()).filter(r -> !r.isPlatform()).toList());
        role.setItemLabelGenerator(r -> getTranslation(r.labelKey()));
        role.setRequiredIndicatorVisible(true);
        role.setValue(Role.PARTICIPANT);
        kind.setLabel(getTranslation("accounts.field.kind"));
        kind.setId("account-kind");
        kind.setItems(InstructorKind.values());
        kind.setItemLabelGenerator(k -> getTranslation(k.labelKey()));
        kind.setRequiredIndicatorVisible(true);
        team.setLabel(getTranslation("accounts.field.team"));
        team.setId("account-team");
        team.setItems(teams);
        team.setItemLabelGenerator(TeamSummary::name);
        team.setClearButtonVisible(true);
        team.setHelperText(getTranslation(teams.isEmpty() ? "accounts.field.teamNone" : "accounts.field.teamHelp"));
        role.addValueChangeListener(e -> showRoleFields());
        showRoleFields();
        add(displayName, username, email, role, kind, team);
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("500px", 2));
    }

    private void showRoleFields() {
        kind.setVisible(role.getValue() == Role.INSTRUCTOR);
        team.setVisible(role.getValue() == Role.PARTICIPANT);
    }

    NewAccount value() {
        Role chosen = role.getValue();
        return new NewAccount(
                displayName.getValue(),
                username.getValue(),
                email.getValue(),
                chosen,
                chosen == Role.INSTRUCTOR ? kind.getValue() : null,
                chosen == Role.PARTICIPANT && team.getValue() != null
                        ? team.getValue().id()
                        : null);
    }

    void clearErrors() {
        fields().values().forEach(f -> f.setInvalid(false));
    }

    /** Puts each error beside its field. */
    void showErrors(Map<String, String> errors) {
        clearErrors();
        errors.forEach((field, key) -> {
            HasValidation target = fields().get(field);
            if (target != null) {
                target.setErrorMessage(getTranslation(key));
                target.setInvalid(true);
            }
        });
    }

    private Map<String, HasValidation> fields() {
        return Map.of(
                "displayName",
                displayName,
                "username",
                username,
                "email",
                email,
                "role",
                role,
                "instructorKind",
                kind,
                "teamId",
                team);
    }
}
