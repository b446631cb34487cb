package dk.attestkursus.transfer;

/** How a planned change went by a follow-up. */
public enum CheckInOutcome {
    TRIED,
    NOT_YET
}
