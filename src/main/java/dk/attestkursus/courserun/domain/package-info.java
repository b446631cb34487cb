/** Course runs, enrolments and the enrolment history as stored; internal to {@code courserun}. */
@NullMarked
package dk.attestkursus.courserun.domain;

import org.jspecify.annotations.NullMarked;
