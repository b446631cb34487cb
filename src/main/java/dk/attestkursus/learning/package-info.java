@NullMarked
package dk.attestkursus.learning;

import org.jspecify.annotations.NullMarked;
