/** The issued certificates as stored. */
@NullMarked
package dk.attestkursus.certificates.domain;

import org.jspecify.annotations.NullMarked;
