/** Request drafts, submitted versions, reviews and rubric scores as stored; internal to {@code requests}. */
@NullMarked
package dk.attestkursus.requests.domain;

import org.jspecify.annotations.NullMarked;
