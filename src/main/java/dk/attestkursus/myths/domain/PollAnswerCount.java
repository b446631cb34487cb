package dk.attestkursus.myths.domain;

import dk.attestkursus.myths.MythAnswer;

/** How many gave an answer in a poll. */
public record PollAnswerCount(long pollId, MythAnswer answer, long count) {}
