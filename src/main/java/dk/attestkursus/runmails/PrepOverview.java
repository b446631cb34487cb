package dk.attestkursus.runmails;

/** How far a run's participants are with the preparation: how many have done each task, and all three. */
public record PrepOverview(int participants, int selfAssessment, int mythGuesses, int baselineRequest, int allDone) {}
