/** The practice's pages: answering from a mail's link, unsubscribing, and the start page's card. */
@NullMarked
package dk.attestkursus.practice.ui;

import org.jspecify.annotations.NullMarked;
