package dk.attestkursus.requests;

import org.jspecify.annotations.Nullable;

/**
 * One rubric criterion of the logged-in caseworker's own-case requests, as the instructors scored the first
 * version written before and after the course (0-2), once returned; null where none is scored yet. Their
 * own only.
 */
public record OwnCaseScore(
        String criterion,
        String title,
        @Nullable Integer before,
        @Nullable Integer after) {}
