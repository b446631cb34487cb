/** A run's session state, its copy of the runbook's blocks and the agreed actions as stored; internal to {@code session}. */
@NullMarked
package dk.attestkursus.session.domain;

import org.jspecify.annotations.NullMarked;
