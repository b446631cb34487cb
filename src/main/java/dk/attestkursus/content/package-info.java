@NullMarked
package dk.attestkursus.content;

import org.jspecify.annotations.NullMarked;
