package dk.attestkursus.myths;

/** A live poll's life: open for votes, revealed (the answer is shown, no more votes), closed. In this order only. */
public enum PollState {
    OPEN,
    REVEALED,
    CLOSED
}
