/** The certificate pages: the caseworker's own, the public verification and a run's certificates. */
@NullMarked
package dk.attestkursus.certificates.ui;

import org.jspecify.annotations.NullMarked;
