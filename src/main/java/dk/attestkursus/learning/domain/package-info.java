/** Lessons read, knowledge-check answers and case answers as stored; internal to {@code learning}. */
@NullMarked
package dk.attestkursus.learning.domain;

import org.jspecify.annotations.NullMarked;
