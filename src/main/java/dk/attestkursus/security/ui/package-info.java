/** The login page. */
@NullMarked
package dk.attestkursus.security.ui;

import org.jspecify.annotations.NullMarked;
