package dk.attestkursus.transfer;

import java.util.Optional;

/** The two follow-ups after the session (default +2 and +6 weeks), where actions are checked in. */
public enum Checkpoint {
    FIRST(1, Phase.FOLLOW_UP_1),
    SECOND(2, Phase.FOLLOW_UP_2);

    private final int number;
    private final Phase phase;

    Checkpoint(int number, Phase phase) {
        this.number = number;
        this.phase = phase;
    }

    /** 1 or 2, as in the address {@code kursus/opfoelgning/1}. */
    public int number() {
        return number;
    }

    /** The self-assessment answered at this follow-up. */
    public Phase phase() {
        return phase;
    }

    public static Optional<Checkpoint> of(int number) {
        return number == 1 ? Optional.of(FIRST) : number == 2 ? Optional.of(SECOND) : Optional.empty();
    }
}
