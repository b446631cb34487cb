/**
 * The privacy pages: "Mine data", a person's data for their administrator, the privacy notice, the
 * accessibility statement and the record of processing; views are package-private.
 */
@NullMarked
package dk.attestkursus.privacy.ui;

import org.jspecify.annotations.NullMarked;
