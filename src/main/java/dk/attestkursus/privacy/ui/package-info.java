/** The privacy module's pages (issue 25); package-private views. */
@NullMarked
package dk.attestkursus.privacy.ui;

import org.jspecify.annotations.NullMarked;
