/** The privacy pages: "Mine data", a person's data for their administrator. */
@NullMarked
package dk.attestkursus.privacy.ui;

import org.jspecify.annotations.NullMarked;
