/** Self-assessments, action plans with check-ins and the run's mail plan as stored; internal to {@code transfer}. */
@NullMarked
package dk.attestkursus.transfer.domain;

import org.jspecify.annotations.NullMarked;
