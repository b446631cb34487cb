package dk.attestkursus.myths;

import java.util.Objects;

/**
 * How a run's participants answered one myth (before the session or in a live poll), as much as
 * its instructors may see (decision 016, after the leaders' group rule of decision 011): a run with
 * fewer than {@value #MIN_GROUP} participants shows nothing about the answers, not even how many
 * answered; a larger run shows how many answered, and the split into myth, fact and don't know only
 * once at least {@value #MIN_GROUP} have answered. So no figure ever stands for fewer than five people.
 *
 * @param visibility what may be shown
 * @param people     the run's participants; 0 in a participant's snapshot
 * @param answered   how many answered; 0 unless {@link #answeredShown()}
 * @param counts     the split; {@link PollCounts#NONE} unless {@link #shown()}
 */
public record AnswerCounts(Visibility visibility, int people, int answered, PollCounts counts) {

    /** The smallest group whose answers are shown: the same five as the leaders' results (decision 011). */
    public static final int MIN_GROUP = 5;

    /** What a screen may show. */
    public enum Visibility {
        /** How many answered and the split. */
        SHOWN,
        /** How many answered, not yet the split: fewer than {@value AnswerCounts#MIN_GROUP} answers. */
        TOO_FEW_ANSWERS,
        /** Nothing about the answers: the run has fewer than {@value AnswerCounts#MIN_GROUP} participants. */
        TOO_FEW_PEOPLE,
        /** A participant's snapshot: the votes are for the instructors only. */
        NOT_YOURS
    }

    /** What a participant's snapshot carries: nothing. */
    public static final AnswerCounts NOT_FOR_PARTICIPANTS =
            new AnswerCounts(Visibility.NOT_YOURS, 0, 0, PollCounts.NONE);

    public AnswerCounts {
        Objects.requireNonNull(visibility, "visibility");
        Objects.requireNonNull(counts, "counts");
        if (people < 0 || answered < 0) {
            throw new IllegalArgumentException("people and answered cannot be negative");
        }
    }

    /** The group rule applied to the answers of a run with {@code people} participants. */
    public static AnswerCounts of(int people, PollCounts answers) {
        if (people < MIN_GROUP) {
            return new AnswerCounts(Visibility.TOO_FEW_PEOPLE, people, 0, PollCounts.NONE);
        }
        if (answers.total() < MIN_GROUP) {
            return new AnswerCounts(Visibility.TOO_FEW_ANSWERS, people, answers.total(), PollCounts.NONE);
        }
        return new AnswerCounts(Visibility.SHOWN, people, answers.total(), answers);
    }

    /** Whether the split into myth, fact and don't know may be shown. */
    public boolean shown() {
        return visibility == Visibility.SHOWN;
    }

    /** Whether the number who answered may be shown. */
    public boolean answeredShown() {
        return visibility == Visibility.SHOWN || visibility == Visibility.TOO_FEW_ANSWERS;
    }
}
