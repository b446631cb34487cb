package dk.attestkursus.runmails;

import dk.attestkursus.security.AccountId;
import dk.attestkursus.transfer.Checkpoint;
import dk.attestkursus.transfer.PrepStatus;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Who of a run's participants can be reminded now, for its instructors (issue 27): before the session
 * those who have not prepared (and what they lack, {@code daysLeft} until the session's day); after it,
 * once a follow-up is due, those who have not answered it ({@code followUp}, open since
 * {@code followUpOpens}). {@code last}: the last reminder of the stage's kind; {@code nextAllowed}: when
 * the next may go, while that is still ahead.
 */
public record NudgeOverview(
        Stage stage,
        Instant sessionStart,
        long daysLeft,
        @Nullable Checkpoint followUp,
        @Nullable Instant followUpOpens,
        List<Person> people,
        @Nullable SentRound last,
        @Nullable Instant nextAllowed) {

    public NudgeOverview {
        people = List.copyOf(people);
    }

    /** Where the run is, as far as reminders go. */
    public enum Stage {
        /** The session is ahead: the preparation. */
        PREPARATION,
        /** The session has begun, and no follow-up is open yet ({@code followUpOpens}: when the first opens). */
        WAITING,
        /** A follow-up is open (the second takes over from the first). */
        FOLLOW_UP,
        /** The follow-ups are over; nothing more to remind of. */
        OVER,
        /** The run is cancelled. */
        CANCELLED
    }

    /** A participant who lacks something: by name, and for the preparation which tasks. */
    public record Person(AccountId id, String name, List<PrepStatus.Task> missing) {

        public Person {
            missing = List.copyOf(missing);
        }
    }

    /** A round of reminders that went: when, by whom (null: a name this municipality does not know), to how many. */
    public record SentRound(Instant at, @Nullable String by, int recipients) {}

    /** The reminder this stage can send, if any. */
    public @Nullable NudgeKind kind() {
        return switch (stage) {
            case PREPARATION -> NudgeKind.PREPARATION;
            case FOLLOW_UP -> NudgeKind.FOLLOW_UP;
            default -> null;
        };
    }

    /** Whether a reminder can be sent now: there is one to send, someone lacks it, and the last is old enough. */
    public boolean canSend() {
        return kind() != null && !people.isEmpty() && nextAllowed == null;
    }
}
