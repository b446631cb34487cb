package dk.attestkursus.requests.domain;

/** One account's scores of a rubric criterion in an exercise summed: their sum and how many there are. */
public record AccountCriterionScores(long accountId, String exerciseId, String criterion, long sum, long count) {}
