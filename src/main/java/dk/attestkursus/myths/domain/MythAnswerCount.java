package dk.attestkursus.myths.domain;

import dk.attestkursus.myths.MythAnswer;

/** How many guessed an answer to a myth. */
public record MythAnswerCount(String mythId, MythAnswer answer, long count) {}
