/** The caseworker's course: start page, modules, lessons, knowledge checks, "which form?" cases, the LÆ form guide and the instructors' learning overview. */
@NullMarked
package dk.attestkursus.learning.ui;

import org.jspecify.annotations.NullMarked;
