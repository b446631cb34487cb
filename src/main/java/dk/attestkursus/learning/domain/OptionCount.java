package dk.attestkursus.learning.domain;

/** How many accounts last chose an option of a question. */
public record OptionCount(String questionId, int optionIndex, long count) {}
