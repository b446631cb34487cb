package dk.attestkursus.transfer.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import dk.attestkursus.base.AppI18NProvider;
import dk.attestkursus.base.Formats;
import dk.attestkursus.base.ui.Cards;
import dk.attestkursus.base.ui.MainLayout;
import dk.attestkursus.base.ui.StartPages;
import dk.attestkursus.security.AppRoles;
import dk.attestkursus.transfer.ActionPlan;
import dk.attestkursus.transfer.ActionPlanService;
import dk.attestkursus.transfer.Checkpoint;
import dk.attestkursus.transfer.TransferPaths;
import dk.attestkursus.transfer.TransferRefusedException;
import dk.attestkursus.transfer.TransferValidationException;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The caseworker's action plan, written in the session: up to three changes to how they write
 * requests, each with when they will try it. Empty slots are left out; at least one is needed.
 */
@Route(value = TransferPaths.ACTION_PLAN, layout = MainLayout.class)
@Menu(title = "nav.actionPlan", order = 5.5, icon = "vaadin:list-ul")
@RolesAllowed(AppRoles.PARTICIPANT)
class ActionPlanView extends Div implements HasDynamicTitle, BeforeEnterObserver {

    private final ActionPlanService service;
    private final AppI18NProvider i18n;
    private final List<TextArea> changes = new ArrayList<>();
    private final List<TextField> whens = new ArrayList<>();
    private final Paragraph status = new Paragraph();
    private final Div followUps = new Div();

    ActionPlanView(ActionPlanService service, AppI18NProvider i18n) {
        this.service = service;
        this.i18n = i18n;
        addClassName("page");
        status.setId("action-plan-status");
        status.getElement().setAttribute("role", "status");
        followUps.setId("action-plan-follow-ups");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        changes.clear();
        whens.clear();
        add(new H1(getTranslation("transfer.plan.title")));
        ActionPlan plan;
        try {
            plan = service.myPlan();
        } catch (TransferRefusedException e) {
            add(
                    Cards.emptyState(getTranslation(e.messageKey())),
                    new Anchor(StartPages.PARTICIPANT, getTranslation("transfer.toStart")));
            return;
        }
        Paragraph intro = new Paragraph(getTranslation("transfer.plan.intro"));
        intro.setId("action-plan-intro");
        intro.addClassName("lead");
        add(intro);
        if (!plan.editable()) {
            status.setText(getTranslation(
                    "transfer.plan.notYet",
                    plan.editableFrom() == null ? "" : Formats.dateTime(plan.editableFrom(), getLocale(), i18n)));
            status.setClassName("info-box");
            add(status);
            return;
        }
        for (int i = 0; i < ActionPlan.MAX_ACTIONS; i++) {
            ActionPlan.Action existing =
                    i < plan.actions().size() ? plan.actions().get(i) : null;
            TextArea change = new TextArea(getTranslation("transfer.plan.change", i + 1));
            change.setId("action-change-" + i);
            change.setMaxLength(300);
            change.setWidthFull();
            change.setHelperText(getTranslation(i == 0 ? "transfer.plan.changeHelp" : "transfer.plan.optional"));
            change.setValue(existing == null ? "" : existing.change());
            TextField when = new TextField(getTranslation("transfer.plan.when", i + 1));
            when.setId("action-when-" + i);
            when.setMaxLength(100);
            when.setWidthFull();
            when.setPlaceholder(getTranslation("transfer.plan.whenExample"));
            when.setValue(existing == null ? "" : existing.when());
            changes.add(change);
            whens.add(when);
            Div slot = new Div(new H2(getTranslation("transfer.plan.action", i + 1)), change, when);
            slot.addClassNames("card", "action-slot");
            add(slot);
        }
        Button save = new Button(getTranslation("transfer.plan.save"), e -> save());
        save.setId("action-plan-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(save, status, followUps);
        showFollowUps(plan);
    }

    private void save() {
        changes.forEach(c -> c.setInvalid(false));
        whens.forEach(w -> w.setInvalid(false));
        List<ActionPlan.ActionInput> input = new ArrayList<>();
        for (int i = 0; i < changes.size(); i++) {
            input.add(new ActionPlan.ActionInput(
                    changes.get(i).getValue(), whens.get(i).getValue()));
        }
        try {
            ActionPlan plan = service.save(input);
            status.setText(getTranslation("transfer.plan.saved", plan.actions().size()));
            status.setClassName("success-box");
            showFollowUps(plan);
        } catch (TransferValidationException e) {
            // Field keys count the filled-in slots; map them back to the slots on screen.
            List<Integer> filled = new ArrayList<>();
            for (int i = 0; i < changes.size(); i++) {
                if (!(changes.get(i).isEmpty() && whens.get(i).isEmpty())) {
                    filled.add(i);
                }
            }
            for (Map.Entry<String, String> error : e.errors().entrySet()) {
                String[] parts = error.getKey().split("\\.");
                if (parts.length == 2 && Character.isDigit(parts[0].charAt(0))) {
                    int slot = filled.get(Integer.parseInt(parts[0]));
                    var field = parts[1].equals("change") ? changes.get(slot) : whens.get(slot);
                    if (field instanceof TextArea area) {
                        area.setErrorMessage(getTranslation(error.getValue()));
                        area.setInvalid(true);
                    } else if (field instanceof TextField text) {
                        text.setErrorMessage(getTranslation(error.getValue()));
                        text.setInvalid(true);
                    }
                }
            }
            status.setText(getTranslation(
                    e.errors().containsKey("actions") ? e.errors().get("actions") : "transfer.plan.fix"));
            status.setClassName("error-box");
            changes.stream()
                    .filter(TextArea::isInvalid)
                    .findFirst()
                    .ifPresentOrElse(
                            TextArea::focus,
                            () -> whens.stream()
                                    .filter(TextField::isInvalid)
                                    .findFirst()
                                    .ifPresentOrElse(TextField::focus, changes.getFirst()::focus));
        } catch (TransferRefusedException e) {
            status.setText(getTranslation(e.messageKey()));
            status.setClassName("error-box");
        }
    }

    private void showFollowUps(ActionPlan plan) {
        followUps.removeAll();
        if (plan.actions().isEmpty()) {
            return;
        }
        for (Checkpoint c : Checkpoint.values()) {
            if (plan.isOpen(c)) {
                Anchor link =
                        new Anchor(TransferPaths.followUp(c), getTranslation("transfer.plan.checkIn", c.number()));
                link.addClassName("secondary-link");
                link.setId("action-plan-check-in-" + c.number());
                followUps.add(link);
            } else {
                followUps.add(new Paragraph(getTranslation(
                        "transfer.plan.checkInLater",
                        c.number(),
                        Formats.date(plan.opens().get(c), getLocale(), i18n))));
            }
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("transfer.plan.title");
    }
}
