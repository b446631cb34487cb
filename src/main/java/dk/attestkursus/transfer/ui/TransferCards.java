package dk.attestkursus.transfer.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import dk.attestkursus.base.ui.Cards;
import dk.attestkursus.base.ui.StartPageCard;
import dk.attestkursus.courserun.CourseRunService;
import dk.attestkursus.courserun.CourseRunSummary;
import dk.attestkursus.security.Role;
import dk.attestkursus.transfer.ActionPlan;
import dk.attestkursus.transfer.ActionPlanService;
import dk.attestkursus.transfer.Checkpoint;
import dk.attestkursus.transfer.PrepService;
import dk.attestkursus.transfer.PrepStatus;
import dk.attestkursus.transfer.TransferPaths;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * The caseworker's next transfer step on the start page: the preparation before the session, the
 * action plan from the session on, and each follow-up once it is open and not yet answered.
 */
@org.springframework.stereotype.Component
class TransferCards implements StartPageCard {

    private final CourseRunService runs;
    private final PrepService prep;
    private final ActionPlanService plans;
    private final Clock clock;

    TransferCards(CourseRunService runs, PrepService prep, ActionPlanService plans, Clock clock) {
        this.runs = runs;
        this.prep = prep;
        this.plans = plans;
        this.clock = clock;
    }

    @Override
    public Optional<Component> card(Role role) {
        if (role != Role.PARTICIPANT) {
            return Optional.empty();
        }
        Optional<CourseRunSummary> run = runs.myCurrentRun();
        if (run.isEmpty()) {
            return Optional.empty();
        }
        UI ui = UI.getCurrent();
        Instant now = clock.instant();
        if (now.isBefore(run.get().startsAt())) {
            PrepStatus status = prep.mine();
            return Optional.of(card(
                    ui,
                    "transfer.card.prep",
                    ui.getTranslation(
                            status.done() ? "transfer.prep.allDone" : "transfer.prep.intro", status.doneCount()),
                    TransferPaths.PREP,
                    "transfer.card.prepOpen",
                    "prep-todo"));
        }
        ActionPlan plan = plans.myPlan();
        if (!plan.editable()) {
            return Optional.empty();
        }
        if (plan.actions().isEmpty()) {
            return Optional.of(card(
                    ui,
                    "transfer.plan.title",
                    ui.getTranslation("transfer.card.planEmpty"),
                    TransferPaths.ACTION_PLAN,
                    "transfer.card.planOpen",
                    "action-plan-todo"));
        }
        for (Checkpoint c : new Checkpoint[] {Checkpoint.SECOND, Checkpoint.FIRST}) {
            boolean answered =
                    plan.actions().stream().allMatch(a -> a.checkIns().containsKey(c));
            if (plan.isOpen(c) && !answered) {
                return Optional.of(card(
                        ui,
                        "transfer.card.followUp",
                        ui.getTranslation("transfer.card.followUpText", c.number()),
                        TransferPaths.followUp(c),
                        "transfer.card.followUpOpen",
                        "follow-up-todo"));
            }
        }
        return Optional.of(card(
                ui,
                "transfer.plan.title",
                ui.getTranslation("transfer.card.planDone", plan.actions().size()),
                TransferPaths.ACTION_PLAN,
                "transfer.card.planSee",
                "action-plan-todo"));
    }

    private static Div card(UI ui, String titleKey, String text, String path, String linkKey, String id) {
        Anchor open = new Anchor(path, ui.getTranslation(linkKey));
        open.setId(id);
        open.addClassName("primary-link");
        Div card = Cards.card(ui.getTranslation(titleKey), new Paragraph(text), open);
        card.addClassName("todo");
        return card;
    }
}
