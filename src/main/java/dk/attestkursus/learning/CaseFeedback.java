package dk.attestkursus.learning;

/** How a choice in a "which form?" case compares with the experts' answer. */
public record CaseFeedback(String caseId, String choice, int confidence, Verdict verdict) {

    public enum Verdict {
        /** The experts' answer. */
        BEST,
        /** Not the best, but it can be defended. */
        DEFENSIBLE,
        /** Neither. */
        OTHER
    }
}
