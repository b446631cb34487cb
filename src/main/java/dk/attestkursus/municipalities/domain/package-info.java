/** The municipality table, the platform's own: it carries no municipality of its own. */
@NullMarked
package dk.attestkursus.municipalities.domain;

import org.jspecify.annotations.NullMarked;
