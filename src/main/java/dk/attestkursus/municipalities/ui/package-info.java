/** The platform administrator's municipality screens; views are package-private. */
@NullMarked
package dk.attestkursus.municipalities.ui;

import org.jspecify.annotations.NullMarked;
