package dk.attestkursus.learning.domain;

/** How many accounts chose a form in a case. */
public record ChoiceCount(String caseId, String choice, long count) {}
