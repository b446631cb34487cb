package dk.attestkursus.transfer;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A caseworker's action plan: 1-3 changes to how they write requests, each with when they will try
 * it, and how each went at the follow-ups. {@code editable}: the session has begun (plans are written
 * there). {@code opens}: when each follow-up's check-in opens.
 */
public record ActionPlan(
        String runName,
        List<Action> actions,
        boolean editable,
        @Nullable Instant editableFrom,
        Map<Checkpoint, Instant> opens,
        Instant now) {

    public static final int MAX_ACTIONS = 3;

    public ActionPlan {
        actions = List.copyOf(actions);
        opens = Map.copyOf(opens);
    }

    public boolean isOpen(Checkpoint checkpoint) {
        return !now.isBefore(opens.get(checkpoint));
    }

    /** One planned change and its check-ins. */
    public record Action(
            ActionPlanItemId id, int position, String change, String when, Map<Checkpoint, CheckIn> checkIns) {

        public Action {
            checkIns = Map.copyOf(checkIns);
        }
    }

    /** How an action went by a follow-up. */
    public record CheckIn(CheckInOutcome outcome, @Nullable String obstacle, Instant answeredAt) {}

    /** What the caseworker typed for one action. */
    public record ActionInput(String change, String when) {}

    /** What the caseworker answered for one action at a follow-up. */
    public record CheckInInput(
            @Nullable CheckInOutcome outcome, @Nullable String obstacle) {}
}
