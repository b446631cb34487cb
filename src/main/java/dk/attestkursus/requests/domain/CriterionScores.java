package dk.attestkursus.requests.domain;

/** A rubric criterion's scores summed: their sum and how many there are. */
public record CriterionScores(String criterion, long sum, long count) {}
