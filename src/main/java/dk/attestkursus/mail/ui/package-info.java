/** The administrators' mail log and the to-do items for mails that wait or failed. */
@NullMarked
package dk.attestkursus.mail.ui;

import org.jspecify.annotations.NullMarked;
