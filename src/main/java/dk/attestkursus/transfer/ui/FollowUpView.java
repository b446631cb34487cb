package dk.attestkursus.transfer.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import dk.attestkursus.base.AppI18NProvider;
import dk.attestkursus.base.Formats;
import dk.attestkursus.base.ui.Cards;
import dk.attestkursus.base.ui.MainLayout;
import dk.attestkursus.base.ui.StartPages;
import dk.attestkursus.content.CourseContent;
import dk.attestkursus.content.Writing;
import dk.attestkursus.requests.RequestPaths;
import dk.attestkursus.security.AppRoles;
import dk.attestkursus.transfer.ActionPlan;
import dk.attestkursus.transfer.ActionPlanItemId;
import dk.attestkursus.transfer.ActionPlanService;
import dk.attestkursus.transfer.CheckInOutcome;
import dk.attestkursus.transfer.Checkpoint;
import dk.attestkursus.transfer.TransferPaths;
import dk.attestkursus.transfer.TransferRefusedException;
import dk.attestkursus.transfer.TransferValidationException;
import jakarta.annotation.security.RolesAllowed;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A follow-up (+2 or +6 weeks): for each action, tried it or not yet and what got in the way; then the
 * self-assessment again and, at the second, a follow-up request from a real case of one's own.
 */
@Route(value = TransferPaths.FOLLOW_UP, layout = MainLayout.class)
@RolesAllowed(AppRoles.PARTICIPANT)
class FollowUpView extends Div implements HasDynamicTitle, BeforeEnterObserver {

    private final ActionPlanService service;
    private final CourseContent content;
    private final AppI18NProvider i18n;
    private final Map<ActionPlanItemId, RadioButtonGroup<CheckInOutcome>> outcomes = new LinkedHashMap<>();
    private final Map<ActionPlanItemId, TextArea> obstacles = new LinkedHashMap<>();
    private final Paragraph status = new Paragraph();
    private Checkpoint checkpoint = Checkpoint.FIRST;

    FollowUpView(ActionPlanService service, CourseContent content, AppI18NProvider i18n) {
        this.service = service;
        this.content = content;
        this.i18n = i18n;
        addClassName("page");
        status.setId("check-in-status");
        status.getElement().setAttribute("role", "status");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        checkpoint = event.getRouteParameters()
                .getInteger("checkpoint")
                .flatMap(Checkpoint::of)
                .orElseThrow(NotFoundException::new);
        removeAll();
        outcomes.clear();
        obstacles.clear();
        add(new H1(getTranslation("transfer.followUp.title", checkpoint.number())));
        ActionPlan plan;
        try {
            plan = service.myPlan();
        } catch (TransferRefusedException e) {
            add(
                    Cards.emptyState(getTranslation(e.messageKey())),
                    new Anchor(StartPages.PARTICIPANT, getTranslation("transfer.toStart")));
            return;
        }
        if (!plan.isOpen(checkpoint)) {
            add(
                    Cards.emptyState(getTranslation(
                            "transfer.followUp.opens", Formats.date(plan.opens().get(checkpoint), getLocale(), i18n))),
                    new Anchor(TransferPaths.ACTION_PLAN, getTranslation("transfer.plan.title")));
            return;
        }
        Paragraph intro = new Paragraph(getTranslation("transfer.followUp.intro"));
        intro.addClassName("lead");
        add(intro);
        if (plan.actions().isEmpty()) {
            add(
                    Cards.emptyState(getTranslation("transfer.error.noPlan")),
                    new Anchor(TransferPaths.ACTION_PLAN, getTranslation("transfer.followUp.writePlan")));
        } else {
            for (ActionPlan.Action action : plan.actions()) {
                add(card(action));
            }
            Button save = new Button(getTranslation("transfer.followUp.save"), e -> save());
            save.setId("check-in-save");
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(save, status);
        }
        Div next = new Div();
        next.setId("follow-up-next");
        Anchor self = new Anchor(
                TransferPaths.selfAssessment(checkpoint.phase()), getTranslation("transfer.followUp.selfAssessment"));
        self.addClassName("secondary-link");
        self.setId("follow-up-self-assessment");
        next.add(self);
        if (checkpoint == Checkpoint.SECOND) {
            content.course().writing().ownCase(Writing.OwnCase.AFTER).ifPresent(ex -> {
                Anchor request =
                        new Anchor(RequestPaths.exercise(ex.id()), getTranslation("transfer.followUp.request"));
                request.addClassName("secondary-link");
                request.setId("follow-up-request");
                next.add(request);
            });
        }
        add(new H2(getTranslation("transfer.followUp.next")), next);
    }

    private Div card(ActionPlan.Action action) {
        ActionPlan.CheckIn earlier = action.checkIns().get(checkpoint);
        RadioButtonGroup<CheckInOutcome> outcome = new RadioButtonGroup<>(getTranslation("transfer.followUp.outcome"));
        outcome.setItems(CheckInOutcome.values());
        outcome.setItemLabelGenerator(
                o -> getTranslation("transfer.outcome." + o.name().toLowerCase(Locale.ROOT)));
        outcome.setId("check-in-outcome-" + (action.position() - 1));
        outcome.setValue(earlier == null ? null : earlier.outcome());
        TextArea obstacle = new TextArea(getTranslation("transfer.followUp.obstacle"));
        obstacle.setId("check-in-obstacle-" + (action.position() - 1));
        obstacle.setMaxLength(500);
        obstacle.setWidthFull();
        obstacle.setHelperText(getTranslation("transfer.noCitizenData"));
        obstacle.setValue(earlier == null || earlier.obstacle() == null ? "" : earlier.obstacle());
        outcomes.put(action.id(), outcome);
        obstacles.put(action.id(), obstacle);
        Paragraph when = new Paragraph(getTranslation("transfer.followUp.when", action.when()));
        when.addClassName("meta");
        Div card = new Div(new H2(action.change()), when, outcome, obstacle);
        card.addClassNames("card", "check-in-card");
        return card;
    }

    private void save() {
        outcomes.values().forEach(o -> o.setInvalid(false));
        obstacles.values().forEach(o -> o.setInvalid(false));
        Map<ActionPlanItemId, ActionPlan.CheckInInput> answers = new LinkedHashMap<>();
        outcomes.forEach((id, o) -> answers.put(
                id, new ActionPlan.CheckInInput(o.getValue(), obstacles.get(id).getValue())));
        try {
            service.checkIn(checkpoint, answers);
            status.setText(getTranslation("transfer.followUp.saved"));
            status.setClassName("success-box");
        } catch (TransferValidationException e) {
            ActionPlanItemId[] ids = outcomes.keySet().toArray(ActionPlanItemId[]::new);
            e.errors().forEach((key, message) -> {
                String[] parts = key.split("\\.");
                if (parts.length == 2 && Character.isDigit(parts[0].charAt(0))) {
                    ActionPlanItemId id = ids[Integer.parseInt(parts[0])];
                    if (parts[1].equals("outcome")) {
                        outcomes.get(id).setErrorMessage(getTranslation(message));
                        outcomes.get(id).setInvalid(true);
                    } else {
                        obstacles.get(id).setErrorMessage(getTranslation(message));
                        obstacles.get(id).setInvalid(true);
                    }
                }
            });
            status.setText(getTranslation("transfer.followUp.fix"));
            status.setClassName("error-box");
        } catch (TransferRefusedException e) {
            status.setText(getTranslation(e.messageKey()));
            status.setClassName("error-box");
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("transfer.followUp.title", checkpoint.number());
    }
}
