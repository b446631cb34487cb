/** Preparation, the self-assessment, the action plan and follow-ups for caseworkers; the run's mail plan and self-assessment overview for instructors. */
@NullMarked
package dk.attestkursus.transfer.ui;

import org.jspecify.annotations.NullMarked;
