/** Accounts as stored; internal to {@code security}. */
@NullMarked
package dk.attestkursus.security.domain;

import org.jspecify.annotations.NullMarked;
