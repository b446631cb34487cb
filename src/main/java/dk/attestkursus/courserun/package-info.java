@NullMarked
package dk.attestkursus.courserun;

import org.jspecify.annotations.NullMarked;
