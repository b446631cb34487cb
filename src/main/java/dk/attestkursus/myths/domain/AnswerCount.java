package dk.attestkursus.myths.domain;

import dk.attestkursus.myths.MythAnswer;

/** How many gave an answer (in one poll). */
public record AnswerCount(MythAnswer answer, long count) {}
