/** Myth guesses, live polls and their votes as stored; internal to {@code myths}. */
@NullMarked
package dk.attestkursus.myths.domain;

import org.jspecify.annotations.NullMarked;
