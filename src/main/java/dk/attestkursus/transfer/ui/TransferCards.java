package dk.attestkursus.transfer.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import dk.attestkursus.base.ui.Cards;
import dk.attestkursus.base.ui.StartPageCard;
import dk.attestkursus.kernel.CoursePhase;
import dk.attestkursus.security.Role;
import dk.attestkursus.transfer.ActionPlan;
import dk.attestkursus.transfer.ActionPlanService;
import dk.attestkursus.transfer.Checkpoint;
import dk.attestkursus.transfer.Phase;
import dk.attestkursus.transfer.PrepService;
import dk.attestkursus.transfer.PrepStatus;
import dk.attestkursus.transfer.TransferPaths;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.core.annotation.Order;

/**
 * The caseworker's transfer steps on the start page, by where they are in the course: the preparation
 * before the session (the first thing to do while it is open and not done); the action plan from the
 * session on (first after the session while it is empty); the follow-up that is due (first); and,
 * after the session, what they answered before it, to look back at.
 */
@org.springframework.stereotype.Component
@Order(10)
class TransferCards implements StartPageCard {

    private final PrepService prep;
    private final ActionPlanService plans;

    TransferCards(PrepService prep, ActionPlanService plans) {
        this.prep = prep;
        this.plans = plans;
    }

    /** Only the caseworker's page, which asks by phase. */
    @Override
    public Optional<Component> card(Role role) {
        return Optional.empty();
    }

    @Override
    public List<Ranked> cards(CoursePhase phase) {
        UI ui = UI.getCurrent();
        List<Ranked> cards = new ArrayList<>();
        switch (phase) {
            case NOT_ENROLLED -> {}
            case ENROLLED, PREPARING, SESSION_TODAY -> {
                PrepStatus status = prep.mine();
                Div card = card(
                        ui,
                        "prep-card",
                        "transfer.card.prep",
                        ui.getTranslation(
                                status.done() ? "transfer.prep.allDone" : "transfer.prep.intro", status.doneCount()),
                        TransferPaths.PREP,
                        "transfer.card.prepOpen",
                        "prep-todo");
                cards.add(
                        status.done()
                                ? Ranked.later(card)
                                : phase == CoursePhase.PREPARING ? Ranked.now(card) : Ranked.todo(card));
            }
            case SESSION_LIVE -> plan(ui, plans.myPlan(), false).ifPresent(cards::add);
            case AFTER_SESSION -> {
                plan(ui, plans.myPlan(), true).ifPresent(cards::add);
                cards.add(Ranked.later(answeredBefore(ui)));
            }
            case DONE -> {
                // Over: a plan never written is no task any more; a written one is there to look back at.
                plan(ui, plans.myPlan(), false)
                        .filter(p -> p.relevance() == Relevance.LATER)
                        .ifPresent(cards::add);
                cards.add(Ranked.later(answeredBefore(ui)));
            }
            case FOLLOW_UP_1_DUE, FOLLOW_UP_2_DUE -> {
                Checkpoint due = phase == CoursePhase.FOLLOW_UP_1_DUE ? Checkpoint.FIRST : Checkpoint.SECOND;
                ActionPlan plan = plans.myPlan();
                if (plan.actions().isEmpty()) {
                    // A follow-up asks how the plan went: without one, writing it is the first step.
                    cards.add(Ranked.now(card(
                            ui,
                            "action-plan-card",
                            "transfer.plan.title",
                            ui.getTranslation("transfer.card.planFirst", due.number()),
                            TransferPaths.ACTION_PLAN,
                            "transfer.card.planOpen",
                            "action-plan-todo")));
                } else {
                    cards.add(Ranked.now(card(
                            ui,
                            "follow-up-card",
                            "transfer.card.followUp",
                            ui.getTranslation("transfer.card.followUpText", due.number()),
                            TransferPaths.followUp(due),
                            "transfer.card.followUpOpen",
                            "follow-up-todo")));
                    plan(ui, plan, false).ifPresent(cards::add);
                }
                cards.add(Ranked.later(answeredBefore(ui)));
            }
        }
        return cards;
    }

    /**
     * The action plan: to write while empty (the first thing when {@code firstIfEmpty}), else to look
     * at. Nothing before the plans open.
     */
    private static Optional<Ranked> plan(UI ui, ActionPlan plan, boolean firstIfEmpty) {
        if (!plan.editable()) {
            return Optional.empty();
        }
        if (plan.actions().isEmpty()) {
            Div card = card(
                    ui,
                    "action-plan-card",
                    "transfer.plan.title",
                    ui.getTranslation("transfer.card.planEmpty"),
                    TransferPaths.ACTION_PLAN,
                    "transfer.card.planOpen",
                    "action-plan-todo");
            return Optional.of(firstIfEmpty ? Ranked.now(card) : Ranked.todo(card));
        }
        return Optional.of(Ranked.later(card(
                ui,
                "action-plan-card",
                "transfer.plan.title",
                ui.getTranslation("transfer.card.planDone", plan.actions().size()),
                TransferPaths.ACTION_PLAN,
                "transfer.card.planSee",
                "action-plan-todo")));
    }

    /** After the session the preparation is no task any more: only a way to see what one answered. */
    private static Div answeredBefore(UI ui) {
        Anchor self = new Anchor(
                TransferPaths.selfAssessment(Phase.BEFORE), ui.getTranslation("transfer.card.beforeSelfAssessment"));
        self.setId("before-self-assessment-link");
        self.addClassName("secondary-link");
        Anchor tasks = new Anchor(TransferPaths.PREP, ui.getTranslation("transfer.card.beforePrep"));
        tasks.setId("before-prep-link");
        tasks.addClassName("secondary-link");
        Div card = Cards.card(
                ui.getTranslation("transfer.card.before"),
                new Paragraph(ui.getTranslation("transfer.card.beforeText")),
                self,
                tasks);
        card.setId("answered-before-card");
        card.addClassName("look-back");
        return card;
    }

    private static Div card(
            UI ui, String cardId, String titleKey, String text, String path, String linkKey, String linkId) {
        Anchor open = new Anchor(path, ui.getTranslation(linkKey));
        open.setId(linkId);
        open.addClassName("primary-link");
        Div card = Cards.card(ui.getTranslation(titleKey), new Paragraph(text), open);
        card.setId(cardId);
        card.addClassName("todo");
        return card;
    }
}
