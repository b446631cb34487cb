package dk.attestkursus.requests.domain;

/** A criterion's scores in one municipality: sum, number of scores, and how many people they came from. */
public record MunicipalCriterionScores(long municipalityId, String criterion, long sum, long count, long people) {}
